using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ComplianceGen.Generator.Tests.Infrastructure;
using ComplianceGen.Runtime;
using Microsoft.CodeAnalysis;

namespace ComplianceGen.Generator.Tests;

/// <summary>
/// What a requirement compares is computed once, ahead of it, and a failing requirement's finding
/// prints those values rather than computing them again; a chain of 且/或 stops once it is decided.
/// </summary>
public class ComputedValuesTests
{
    private const string SumRule = """
        rule V-1 "sum"
          severity error
          cite "c"
          when 收入.总额 is stated and count(x in 收入.来源 where x.金额 is stated) > 1
          require sum(收入.来源.金额) = 收入.总额 within rounding
          message "总额{收入.总额}，各项之和{sum(收入.来源.金额)}"
          example pass "a"
          example fail "b"
        """;

    [Fact]
    public void A_compared_sum_is_computed_once_for_the_requirement_its_message_and_its_detail()
    {
        var run = GeneratorHarness.Run(("rules/v.rules", SumRule));
        Assert.Empty(run.Diagnostics);
        string code = run.Result.GeneratedTrees.Single(t => t.FilePath.Contains("v.rules")).ToString();
        // One call of the sum's helper in the whole rule: the local that the check hands on to the finding.
        var calls = Regex.Matches(code, @"Sum1\(report\.Income\.Sources\)").Count;
        Assert.Equal(1, calls);
        Assert.Contains("var left = Sum1(", code);
        Assert.Contains(", left, right, Tolerance.Rounding);", code);

        var report = Reports.Budget();
        report.Income.Total = Reports.Wan(62.7m, 30);
        report.Income.Sources.Add(new BreakdownLine { Amount = Reports.Wan(60.7m, 31) });
        report.Income.Sources.Add(new BreakdownLine { Amount = Reports.Wan(3m, 32) });
        var findings = new List<Finding>();
        Assert.Equal(RuleStatus.Fail, run.LoadRules().Single().Validate(report, ValidationContext.WithoutCatalog, findings).Status);
        var finding = Assert.Single(findings);
        Assert.Equal("总额62.7万元，各项之和63.7万元", finding.Message);
        Assert.Equal("左边 63.7万元，右边 62.7万元，差额 1万元，允许误差 0.015万元（按印刷精度舍入）", finding.Detail);
    }

    [Fact]
    public void Rule_variables_named_like_the_generated_locals_still_compile()
    {
        const string rule = """
            rule V-2 "names"
              severity error
              cite "c"
              for each left in 收入.来源 where left.金额 is stated and left.占比 is stated
              require left.占比 = left.金额 ÷ 收入.总额 within rounding or left.占比 = left.金额 ÷ 收入.总额 within 0.1 points
              require sum(value1 in 收入.来源 where value1.金额 is stated, value1.金额) > 0元
              message "{left.名称}"
              example pass "a"
              example fail "b"

            rule V-3 "more names"
              severity error
              cite "c"
              for each sum in 支出.构成
              require sum.金额 + sum.金额 = 支出.总额 within rounding
              example pass "a"
              example fail "b"

            rule V-4 "the finding's and helpers' own locals"
              severity error
              cite "c"
              for each evidence in 收入.来源 where count(holds in 收入.来源 where holds.金额 is stated) > 1
              require evidence.金额 <= sum(count in 收入.来源, count.金额) within rounding
              message "{evidence.名称}"
              example pass "a"
              example fail "b"
            """;
        var run = GeneratorHarness.Run(("rules/names.rules", rule));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal(3, run.LoadRules().Count);
    }

    [Fact]
    public void A_chain_of_and_stops_at_a_false_part_and_an_unknown_part_still_decides_nothing()
    {
        // when 收入.总额 is stated and count(…) > 1: three-valued as before, whether or not the count is computed.
        var validator = GeneratorHarness.Run(("rules/v.rules", SumRule)).LoadRules().Single();
        var findings = new List<Finding>();
        var none = Reports.Budget();
        Assert.Equal("不满足适用条件：收入.总额 is stated and count(x in 收入.来源 where x.金额 is stated) > 1",
            validator.Validate(none, ValidationContext.WithoutCatalog, findings).Reason);
        var one = Reports.Budget();
        one.Income.Total = Reports.Wan(1m, 1);
        one.Income.Sources.Add(new BreakdownLine { Amount = Reports.Wan(1m, 2) });
        Assert.Equal(RuleStatus.NotApplicable, validator.Validate(one, ValidationContext.WithoutCatalog, findings).Status);
        Assert.Empty(findings);
    }
}
