using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ComplianceGen.Generator.Tests.Infrastructure;
using ComplianceGen.Runtime;
using Microsoft.CodeAnalysis;

namespace ComplianceGen.Generator.Tests;

/// <summary>
/// What a requirement compares is computed once, ahead of it, and a failing requirement's finding
/// prints those values rather than computing them again, unless they were compared as figures (stated
/// amounts or shares added and subtracted), which a message does not print; a chain of 且/或 stops once it is decided.
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
    public void A_compared_sum_is_computed_once_for_the_requirement_and_its_message_and_again_only_when_the_detail_is_read()
    {
        var run = Generate(SumRule, out string code);
        // One call of the sum's helper in the check: the local that the check hands on to the finding's message.
        Assert.Single(Regex.Matches(Checked(code), @"Sum1\(report\.Income\.Sources\)"));
        Assert.Contains("var left = Sum1(", code);
        Assert.Matches(@"private Finding Fail\(DisclosureReport report, ValidationContext context, Quantity\? left, Quantity\? right\) =>", code);
        // The finding keeps no copy of the sides: its detail computes them again when it is read.
        Assert.Contains("=>\n                Compare.Explain(Sum1(report.Income.Sources), Values.Of(report.Income.Total), Tolerance.Rounding);", code.ReplaceLineEndings("\n"));

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
    public void Stated_amounts_added_and_subtracted_are_compared_as_figures_and_a_failing_finding_prints_them_as_quantities()
    {
        var run = Generate("""
            rule V-30 "basic and project"
              severity error
              cite "c"
              when 支出.结转下年 is not stated or 支出.结转下年 = 0万元
              require 支出.基本支出 + 支出.项目支出 - 支出.结转下年 = 支出.总额 within rounding
              message "总额{支出.总额}，基本支出与项目支出之和{支出.基本支出 + 支出.项目支出}"
              example pass "a"
              example fail "b"

            rule V-31 "a share computed stays a quantity"
              severity warning
              cite "c"
              require 支出.基本支出 ÷ 支出.总额 <= 100% within rounding
              example pass "a"
              example fail "b"
            """, out string code);
        string first = code.Substring(0, code.IndexOf("class Rule_V_31", System.StringComparison.Ordinal));
        // The check and the condition read the figures (value and rounding) only, the literal already in 元; no quantity is built.
        Assert.Contains("var left = (Figure.Of(report.Expenditure.Basic) + Figure.Of(report.Expenditure.Project) - Figure.Of(report.Expenditure.CarriedForward));", first);
        Assert.Contains("Compare.Holds(Figure.Of(report.Expenditure.CarriedForward), ComparisonOperator.Equal, Figure.Literal(0m), Tolerance.Exact)", first);
        Assert.DoesNotContain("Values.Of", Regex.Replace(Checked(first), @"private Finding Fail\(.*", "", RegexOptions.Singleline));
        // The finding, made only on failure, prints quantities (with their unit), and its detail computes them again.
        Assert.Contains("private Finding Fail(DisclosureReport report, ValidationContext context) =>", first);
        Assert.Contains("MessageFormat.Of((Values.Of(report.Expenditure.Basic) + Values.Of(report.Expenditure.Project)))", first);
        // A quotient is no sum of stated figures: it stays a quantity.
        Assert.Contains("var left = (Values.Of(report.Expenditure.Basic) / Values.Of(report.Expenditure.Total));", code);

        var rule = run.LoadRules().First(r => r.Descriptor.Id == "V-30");
        var report = Reports.Budget();
        report.Expenditure.Total = Reports.Wan(62.7m, 30);
        report.Expenditure.Basic = Reports.Wan(61.2m, 31);
        report.Expenditure.Project = Reports.Wan(2.5m, 32);
        report.Expenditure.CarriedForward = Reports.Wan(0m, 33);
        var findings = new List<Finding>();
        Assert.Equal(RuleStatus.Fail, rule.Validate(report, ValidationContext.WithoutCatalog, findings).Status);
        var finding = Assert.Single(findings);
        Assert.Equal("总额62.7万元，基本支出与项目支出之和63.7万元", finding.Message);
        Assert.Equal("左边 63.7万元，右边 62.7万元，差额 1万元，允许误差 0.02万元（按印刷精度舍入）", finding.Detail);

        // Within the half-units of the printed figures it holds; a figure not stated leaves it undecided.
        report.Expenditure.Project = Reports.Wan(1.51m, 32);
        Assert.Equal(RuleStatus.Pass, rule.Validate(report, ValidationContext.WithoutCatalog, findings).Status);
        report.Expenditure.Basic = null;
        Assert.Equal(RuleStatus.NotApplicable, rule.Validate(report, ValidationContext.WithoutCatalog, findings).Status);
        // A carried-forward amount that is not zero makes the rule not applicable (its condition, on figures).
        report.Expenditure.Basic = Reports.Wan(61.2m, 31);
        report.Expenditure.CarriedForward = Reports.Wan(0.01m, 33);
        Assert.Equal(RuleStatus.NotApplicable, rule.Validate(report, ValidationContext.WithoutCatalog, findings).Status);
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

    [Theory]
    [InlineData("or", true, true, RuleStatus.Pass)]
    [InlineData("or", true, false, RuleStatus.Pass)]
    [InlineData("or", true, null, RuleStatus.Pass)]
    [InlineData("or", false, true, RuleStatus.Pass)]
    [InlineData("or", false, false, RuleStatus.Fail)]
    [InlineData("or", false, null, RuleStatus.NotApplicable)]
    [InlineData("or", null, true, RuleStatus.Pass)]
    [InlineData("or", null, false, RuleStatus.NotApplicable)]
    [InlineData("or", null, null, RuleStatus.NotApplicable)]
    [InlineData("and", true, true, RuleStatus.Pass)]
    [InlineData("and", true, false, RuleStatus.Fail)]
    [InlineData("and", true, null, RuleStatus.NotApplicable)]
    [InlineData("and", false, true, RuleStatus.Fail)]
    [InlineData("and", false, false, RuleStatus.Fail)]
    [InlineData("and", false, null, RuleStatus.Fail)]
    [InlineData("and", null, true, RuleStatus.NotApplicable)]
    [InlineData("and", null, false, RuleStatus.Fail)]
    [InlineData("and", null, null, RuleStatus.NotApplicable)]
    public void A_requirement_of_or_or_and_computes_its_second_part_only_when_the_first_does_not_decide_and_stays_three_valued(
        string op, bool? first, bool? second, RuleStatus expected)
    {
        string rule = $$"""
            rule V-9 "logic"
              severity error
              cite "c"
              require 收入.总额 = 1万元 within rounding {{op}} 支出.总额 = 1万元 within rounding
              message "m"
            """;
        var run = GeneratorHarness.Run(("rules/v.rules", rule));
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        string code = run.Result.GeneratedTrees.Single(t => t.FilePath.Contains("v.rules")).ToString();
        Assert.Contains(op == "or" ? "if (holds != true) holds |= " : "if (holds != false) holds &= ", code);

        static Amount? Figure(bool? holds, int line) => holds is null ? null : Reports.Wan(holds.Value ? 1m : 2m, line);
        var report = Reports.Budget();
        report.Income.Total = Figure(first, 1);
        report.Expenditure.Total = Figure(second, 2);
        var findings = new List<Finding>();
        Assert.Equal(expected, run.LoadRules().Single().Validate(report, ValidationContext.WithoutCatalog, findings).Status);
        Assert.Equal(expected == RuleStatus.Fail ? 1 : 0, findings.Count);
    }

    private static ClassificationLine Line(string code, decimal? amount, int table = 1) => new()
    {
        Code = new CodeFact(code, Reports.At(20, code)),
        Name = new TextFact("科目" + code, Reports.At(20, code)),
        Amount = amount is null ? null : Amount.Of(amount.Value, AmountUnit.Yuan, Reports.At(20, amount + "元")),
        Level = ClassificationLevels.FromCode(code),
        TableNumber = new CountFact(table, Reports.At(20, "表" + table)),
    };

    [Fact]
    public void Whether_some_child_states_an_amount_is_read_from_the_sum_of_the_children_in_one_walk()
    {
        var run = Generate("""
            rule V-9 "children"
              severity error
              cite "c"
              for each p in 功能分类.科目 where p.表号 is stated and p.金额 is stated and count(c in p.下级 where c.金额 is stated) > 0
              require p.金额 = sum(p.下级.金额) within rounding
              example pass "a"
              example fail "b"
            """, out string code);
        // No existence test of its own: the children are walked once, for the sum, and a parent none of whose children states an amount is skipped.
        Assert.DoesNotContain("Any1", code);
        Assert.Contains("if (right is null) continue;", code);
        var rule = run.LoadRules().Single();

        var report = Reports.Budget();
        foreach (var line in new[] { Line("206", 900m), Line("20601", 600m), Line("20607", 300m), Line("208", 50m), Line("20801", null) })
            report.FunctionalClassification.Add(line);
        var findings = new List<Finding>();
        var outcome = rule.Validate(report, ValidationContext.WithoutCatalog, findings);
        // 206 is checked and holds; 208's only child states no amount, so 208 is not an item at all (not undecided, not failed).
        Assert.Equal((RuleStatus.Pass, 1, 0, 0), (outcome.Status, outcome.Passed, outcome.Failed, outcome.Undecided));
        report.FunctionalClassification.Lines[4].Amount = Amount.Of(40m, AmountUnit.Yuan, Reports.At(20, "40元"));
        outcome = rule.Validate(report, ValidationContext.WithoutCatalog, findings);
        Assert.Equal((RuleStatus.Fail, 1, 1), (outcome.Status, outcome.Passed, outcome.Failed));
    }

    [Fact]
    public void A_condition_part_decided_on_its_own_comes_before_the_sum_the_condition_shares_with_the_requirement()
    {
        var run = Generate("""
            rule V-10 "shares"
              severity warning
              cite "c"
              when count(x in 收入.来源 where x.占比 is stated) > 1 and sum(收入.来源.占比) > 0%
              require sum(收入.来源.占比) = 100% within rounding
              example pass "a"
              example fail "b"
            """, out string code);
        // The count is the rule's Condition method; the sum is computed once, in Check, only when the count allows.
        Assert.Matches(@"override bool\? Condition\([^)]*\) =>\s*Count1\(report\.Income\.Sources\) > 1;", code);
        Assert.Single(Regex.Matches(Checked(code), @"Sum1\(report\.Income\.Sources\)"));
        var rule = run.LoadRules().Single();

        DisclosureReport Shares(params decimal[] shares)
        {
            var report = Reports.Budget();
            foreach (var share in shares) report.Income.Sources.Add(new BreakdownLine { Share = Reports.Percent(share, 31) });
            return report;
        }
        var findings = new List<Finding>();
        Assert.Equal("不满足适用条件：count(x in 收入.来源 where x.占比 is stated) > 1 and sum(收入.来源.占比) > 0%",
            rule.Validate(Shares(100m), ValidationContext.WithoutCatalog, findings).Reason);
        Assert.Equal("不满足适用条件：count(x in 收入.来源 where x.占比 is stated) > 1 and sum(收入.来源.占比) > 0%",
            rule.Validate(Shares(0m, 0m), ValidationContext.WithoutCatalog, findings).Reason);
        Assert.Equal(RuleStatus.Pass, rule.Validate(Shares(60m, 40m), ValidationContext.WithoutCatalog, findings).Status);
        Assert.Equal(RuleStatus.Fail, rule.Validate(Shares(60m, 30m), ValidationContext.WithoutCatalog, findings).Status);
    }

    [Fact]
    public void What_a_for_each_computes_from_the_report_alone_is_computed_once_before_the_loop()
    {
        var run = Generate("""
            rule V-11 "shares of the total"
              severity warning
              cite "c"
              for each x in 收入.来源 where x.占比 is stated and x.金额 is stated
              require x.占比 = x.金额 ÷ 收入.总额 within rounding or 0.1 points
              message "{x.名称}占比{x.占比}，按{x.金额}÷{收入.总额}应为{x.金额 ÷ 收入.总额}"
              example pass "a"
              example fail "b"
            """, out string code);
        int hoisted = code.IndexOf("var incomeTotal = Values.Of(report.Income.Total);", System.StringComparison.Ordinal);
        Assert.True(hoisted > 0 && hoisted < code.IndexOf("for (int i = 0;", System.StringComparison.Ordinal), code);
        Assert.Contains("/ incomeTotal)", code);

        var report = Reports.Budget();
        report.Income.Total = Reports.Wan(100m, 30);
        report.Income.Sources.Add(new BreakdownLine { Name = new TextFact("甲", Reports.At(31, "甲")), Amount = Reports.Wan(60m, 31), Share = Reports.Percent(60m, 31) });
        report.Income.Sources.Add(new BreakdownLine { Name = new TextFact("乙", Reports.At(32, "乙")), Amount = Reports.Wan(40m, 32), Share = Reports.Percent(45m, 32) });
        var findings = new List<Finding>();
        var outcome = run.LoadRules().Single().Validate(report, ValidationContext.WithoutCatalog, findings);
        Assert.Equal((RuleStatus.Fail, 1, 1), (outcome.Status, outcome.Passed, outcome.Failed));
        Assert.Equal("乙占比45%，按40万元÷100万元应为40%", Assert.Single(findings).Message);
    }

    [Fact]
    public void Each_finding_writes_the_detail_of_its_own_requirement_when_read_computing_lets_and_items_again()
    {
        var run = Generate("""
            rule V-20 "three requirements"
              severity error
              cite "c"
              for each x in 支出.构成 where x.金额 is stated
              let 两倍 = x.金额 + x.金额
              require 两倍 = 支出.总额 within 1万元
              require count(y in 支出.构成 where y.金额 is stated) > 5
              require x.金额 = 收入.总额 within rounding
              message "{x.名称}"
              example pass "a"
              example fail "b"
            """, out string code);
        // Requirement 2 compares a count with a number: nothing to explain beyond the message.
        Assert.Contains("return requirement switch { 1 => Compare.Explain((Values.Of(item.Amount) + Values.Of(item.Amount)), ", code);
        Assert.Contains("3 => Compare.Explain(Values.Of(item.Amount), Values.Of(report.Income.Total), Tolerance.Rounding), _ => null };", code);

        var report = Reports.Budget();
        report.Expenditure.Total = Reports.Wan(10m, 30);
        report.Income.Total = Reports.Wan(4m, 31);
        report.Expenditure.Parts.Add(new BreakdownLine { Name = new TextFact("基本支出"), Amount = Reports.Wan(3m, 32) });
        var findings = new List<Finding>();
        var outcome = run.LoadRules().Single().Validate(report, ValidationContext.WithoutCatalog, findings);
        Assert.Equal(RuleStatus.Fail, outcome.Status);
        Assert.Equal(3, findings.Count);
        Assert.Equal("左边 6万元，右边 10万元，差额 -4万元，允许误差 1万元", findings[0].Detail);
        Assert.Null(findings[1].Detail);
        Assert.Equal("左边 3万元，右边 4万元，差额 -1万元，允许误差 0.01万元（按印刷精度舍入）", findings[2].Detail);
    }

    /// <summary>The rules of <paramref name="rules"/> (as rules/v.rules) generated without a diagnostic, and the code generated for them.</summary>
    private static GeneratorOutput Generate(string rules, out string code)
    {
        var run = GeneratorHarness.Run(("rules/v.rules", rules));
        Assert.Empty(run.Diagnostics);
        code = run.Result.GeneratedTrees.Single(t => t.FilePath.Contains("v.rules")).ToString();
        return run;
    }

    /// <summary>
    /// The generated code a report's check runs (condition, check, the methods building findings): the code
    /// up to the methods that collect a finding's evidence and write its detail when they are read.
    /// </summary>
    private static string Checked(string code)
    {
        int evidence = code.IndexOf("protected override void AddEvidence(", System.StringComparison.Ordinal);
        Assert.True(evidence > 0, "no AddEvidence method in the generated code");
        return code.Substring(0, evidence);
    }
}
