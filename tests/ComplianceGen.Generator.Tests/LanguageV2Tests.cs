using System.Collections.Generic;
using System.Linq;
using ComplianceGen.Generator.Tests.Infrastructure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Generator.Tests;

/// <summary>
/// Language v2 as the guide describes it, run: tolerance sets and kinds, 若…则, 令, 首个已说明, 各不相同,
/// 下级, and for-each rules whose unstated items are counted as undecided.
/// </summary>
public class LanguageV2Tests
{
    private static RuleValidator Compile(string rule)
    {
        var run = GeneratorHarness.Run(("rules/v2.rules", "ruleset v2 \"v2\"\n  cite \"c\"\n\n" + rule + "\n  example pass \"a\"\n  example fail \"b\"\n"));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationErrors);
        return run.LoadRules().Single();
    }

    private static (RuleOutcome Outcome, List<Finding> Findings) Check(RuleValidator rule, DisclosureReport report)
    {
        var findings = new List<Finding>();
        return (rule.Validate(report, ValidationContext.WithoutCatalog, findings), findings);
    }

    private static DisclosureReport Income(decimal total, params (string Name, decimal Amount, decimal? Share)[] sources)
    {
        var report = Reports.Budget();
        report.Income.Total = Amount.Of(total, AmountUnit.WanYuan, Reports.At(10, total + "万元"));
        int line = 11;
        foreach (var (name, amount, share) in sources)
        {
            report.Income.Sources.Add(new BreakdownLine
            {
                Name = new TextFact(name, Reports.At(line, name)),
                Amount = Amount.Of(amount, AmountUnit.WanYuan, Reports.At(line, amount + "万元")),
                Share = share is null ? null : Share.Of(share.Value, Reports.At(line, share + "%")),
            });
            line++;
        }
        return report;
    }

    [Fact]
    public void A_tolerance_set_holds_within_its_largest_part_and_the_detail_names_the_part_that_applied()
    {
        var rule = Compile("""
            rule V-1 "shares"
              severity error
              for each x in 收入.来源 where x.占比 is stated
              require x.占比 = x.金额 ÷ 收入.总额 within rounding or 0.1 points
            """);
        // 78.4% for 78.3 of 100.00: 0.1 points off, within the 0.1 points.
        Assert.Equal(RuleStatus.Pass, Check(rule, Income(100.00m, ("a", 78.30m, 78.4m))).Outcome.Status);
        // 78.5%: 0.2 points off, more than either part allows.
        var (outcome, findings) = Check(rule, Income(100.00m, ("a", 78.30m, 78.5m)));
        Assert.Equal(RuleStatus.Fail, outcome.Status);
        string detail = Assert.Single(findings).Detail!;
        Assert.StartsWith("左边 78.5%，右边 78.3%，差额 0.2%，允许误差 0.1%（取 0.1个百分点；按印刷精度舍入为 0.0", detail);
        // 79% printed whole: rounding allows half a point, more than the 0.1 points, and the detail would say so.
        Assert.Equal(RuleStatus.Pass, Check(rule, Income(100.00m, ("a", 78.70m, 79m))).Outcome.Status);
    }

    [Fact]
    public void An_amount_tolerance_is_in_the_unit_written_and_relative_is_of_the_expected_value()
    {
        var rule = Compile("""
            rule V-2 "amounts"
              severity error
              require 收入.总额 = 支出.总额 within 0.5万元
              require 收入.总额 = 支出.总额 within relative 1%
            """);
        var report = Reports.Budget();
        report.Income.Total = Amount.Of(100.40m, AmountUnit.WanYuan, Reports.At(1, "100.40万元"));
        report.Expenditure.Total = Amount.Of(1_000_000m, AmountUnit.Yuan, Reports.At(2, "1,000,000元"));
        Assert.Equal(RuleStatus.Pass, Check(rule, report).Outcome.Status);
        report.Income.Total = Amount.Of(100.60m, AmountUnit.WanYuan, Reports.At(1, "100.60万元"));
        var (outcome, findings) = Check(rule, report);
        Assert.Equal(RuleStatus.Fail, outcome.Status);
        Assert.Equal("左边 100.6万元，右边 1000000元，差额 0.6万元，允许误差 0.5万元", Assert.Single(findings).Detail);
    }

    [Fact]
    public void If_then_holds_where_its_condition_does_not_and_explains_its_conclusion_where_it_fails()
    {
        var rule = Compile("""
            规则 V-3 "若则"
              级别 错误
              要求 若 支出.基本支出 已说明 则 支出.基本支出 <= 支出.总额 误差 0.5万元
            """);
        var report = Reports.Budget();
        report.Expenditure.Total = Reports.Wan(60m, 1);
        Assert.Equal(RuleStatus.Pass, Check(rule, report).Outcome.Status);
        report.Expenditure.Basic = Reports.Wan(61m, 2);
        var (outcome, findings) = Check(rule, report);
        Assert.Equal(RuleStatus.Fail, outcome.Status);
        Assert.Contains("允许误差 0.5万元", Assert.Single(findings).Detail);
        report.Expenditure.Basic = Reports.Wan(60.4m, 2);
        Assert.Equal(RuleStatus.Pass, Check(rule, report).Outcome.Status);
    }

    [Fact]
    public void Let_names_a_value_once_and_first_stated_says_which_alternative_was_used()
    {
        var rule = Compile("""
            规则 V-4 "令与首个已说明"
              级别 错误
              令 合计数 = 首个已说明(一般公共预算.支出总额, 支出.总额)
              要求 支出.基本支出 <= 合计数
              消息 "基本支出{支出.基本支出}超过支出合计{合计数}"
            """);
        var report = Reports.Budget();
        report.Expenditure.Basic = Reports.Wan(61m, 2);
        report.Expenditure.Total = Reports.Wan(60m, 1);
        var (outcome, findings) = Check(rule, report);
        Assert.Equal(RuleStatus.Fail, outcome.Status);
        var finding = Assert.Single(findings);
        Assert.Equal("基本支出61万元超过支出合计60万元（支出.总额）", finding.Message);
        Assert.EndsWith("；取首个已说明的“支出.总额”", finding.Detail);
        report.GeneralBudget.Total = Reports.Wan(70m, 3);
        Assert.Equal(RuleStatus.Pass, Check(rule, report).Outcome.Status);
        report.GeneralBudget.Total = Reports.Wan(50m, 3);
        (_, findings) = Check(rule, report);
        Assert.Equal("基本支出61万元超过支出合计50万元（一般公共预算.支出总额）", Assert.Single(findings).Message);
    }

    private static TableRow Row(string kind, params (string Column, decimal Amount)[] cells)
    {
        var row = new TableRow { TableKind = new TextFact(kind, Reports.At(30, kind)) };
        foreach (var (column, amount) in cells)
            row.Cells.Add(new TableCell { Column = new TextFact(column, Reports.At(31, column)), Amount = Amount.Of(amount, AmountUnit.WanYuan, Reports.At(32, amount + "万元")) });
        return row;
    }

    [Fact]
    public void First_stated_may_end_in_a_literal_which_is_always_stated()
    {
        // The literal is no nullable value: the generated choice of label must not test it against null (CS0037).
        var rule = Compile("""
            规则 V-7 "首个已说明以常数结尾"
              级别 错误
              令 基本 = 首个已说明(支出.基本支出, 0万元)
              要求 基本 <= 支出.总额
              消息 "基本支出{基本}超过支出合计{支出.总额}"
            """);
        var report = Reports.Budget();
        report.Expenditure.Total = Reports.Wan(-1m, 1);
        var (outcome, findings) = Check(rule, report);
        Assert.Equal(RuleStatus.Fail, outcome.Status);
        Assert.Equal("基本支出0万元（0万元）超过支出合计-1万元", Assert.Single(findings).Message);
        report.Expenditure.Basic = Reports.Wan(-2m, 2);
        Assert.Equal(RuleStatus.Pass, Check(rule, report).Outcome.Status);
    }

    [Theory]
    [InlineData("-1万元")]
    [InlineData("1万元 - 2万元")]
    public void First_stated_may_end_in_any_constant(string constant)
    {
        var rule = Compile($$"""
            规则 V-10 "首个已说明以常量结尾"
              级别 错误
              令 基本 = 首个已说明(支出.基本支出, {{constant}})
              要求 基本 >= 0万元
            """);
        Assert.Equal(RuleStatus.Fail, Check(rule, Reports.Budget()).Outcome.Status);
    }

    [Fact]
    public void Ends_with_tells_a_column_by_its_innermost_header_and_a_sum_of_sums_cites_every_cell()
    {
        var rule = Compile("""
            rule V-8 "ends with"
              severity warning
              for each r in 报表行 where r.表类型 = "“三公”经费支出表" and count(c in r.单元格 where c.列名 ends with "合计") = 1
              require sum(c in r.单元格 where c.列名 ends with "合计", c.金额) = sum(x in 报表行 where x.表类型 = "“三公”经费支出表", sum(c in x.单元格 where c.列名 ends with "购置费" or c.列名 ends with "运行费", c.金额)) within rounding
            """);
        var report = Reports.Budget();
        report.TableRows.Add(Row("“三公”经费支出表", ("“三公”经费合计", 49m), ("公务用车购置及运行费购置费", 10m), ("公务用车购置及运行费运行费", 39m)));
        Assert.Equal(RuleStatus.Pass, Check(rule, report).Outcome.Status);
        report.TableRows[0].Cells[1].Amount = Amount.Of(20m, AmountUnit.WanYuan, Reports.At(32, "20万元"));
        var (outcome, findings) = Check(rule, report);
        Assert.Equal(RuleStatus.Fail, outcome.Status);
        // The evidence cites the total and both cells the nested sum added.
        Assert.Equal(new[] { "49万元", "20万元", "39万元" }, Assert.Single(findings).Evidence.Select(e => e.Text).Distinct());
    }

    private static Statement Sentence(int ordinal, string part, string text) => new()
    {
        Text = new TextFact(text, Reports.At(ordinal * 10, text)),
        Part = new TextFact(part, Reports.At(ordinal * 10, text)),
        Ordinal = new CountFact(ordinal, Reports.At(ordinal * 10, text)),
    };

    [Fact]
    public void A_failed_not_any_cites_the_elements_it_held_for_and_only_those()
    {
        var rule = Compile("""
            rule V-9 "not any"
              severity info
              for each s in 语句 where s.部分 is stated
              require not any(t in 语句 where t.序号 < s.序号 and not (t.部分 = s.部分) and t.文本 = s.文本)
            """);
        var report = Reports.Budget();
        report.Statements.Add(Sentence(1, "部门概况", "主要职能是甲"));
        report.Statements.Add(Sentence(2, "部门概况", "另一句"));
        report.Statements.Add(Sentence(3, "预算情况说明", "第三句"));
        Assert.Equal(RuleStatus.Pass, Check(rule, report).Outcome.Status);
        report.Statements.Add(Sentence(4, "预算情况说明", "主要职能是甲"));
        var (outcome, findings) = Check(rule, report);
        Assert.Equal(RuleStatus.Fail, outcome.Status);
        // The sentence itself (line 40) and the earlier one it repeats (line 10); not the other sentences.
        Assert.Equal(new[] { 40, 10 }, Assert.Single(findings).Evidence.Select(e => e.Line).Distinct());
    }

    /// <summary>
    /// Any and all over a condition of parts joined by or (and) are evaluated part by part and stop at the first part that
    /// decides the element: true for or, false for and. Each element's value must still be the three-valued one: a part
    /// unknown (an unstated amount) before a deciding part does not leave the element unknown.
    /// </summary>
    [Theory]
    [InlineData("or")]
    [InlineData("and")]
    public void Any_and_all_over_joined_parts_keep_three_valued_logic(string join)
    {
        var all = Compile($"""
            rule V-10 "all"
              severity error
              require all(x in 功能分类.类 where x.金额 > 5元 {join} x.编码 = "206")
            """);
        var any = Compile($"""
            rule V-11 "any"
              severity error
              require any(x in 功能分类.类 where x.金额 > 5元 {join} x.编码 = "206")
            """);
        // Each part true, false or unknown (the amount unstated, or no code): every pair, followed by an element that holds
        // and by one that does not, so that an element decided early must not end the whole aggregate.
        bool?[] values = { true, false, null };
        foreach (var left in values)
            foreach (var right in values)
                foreach (bool companion in new[] { true, false })
                {
                    var report = Reports.Budget();
                    report.FunctionalClassification.Add(Element(left, right));
                    report.FunctionalClassification.Add(Element(companion, companion));
                    bool? element = join == "or" ? left | right : left & right;
                    Assert.True(Status(element & companion) == Check(all, report).Outcome.Status, $"all, {left} {join} {right}, then {companion}");
                    Assert.True(Status(element | companion) == Check(any, report).Outcome.Status, $"any, {left} {join} {right}, then {companion}");
                }

        static RuleStatus Status(bool? holds) => holds switch { true => RuleStatus.Pass, false => RuleStatus.Fail, null => RuleStatus.NotApplicable };

        static ClassificationLine Element(bool? amountAbove5, bool? code206) => new()
        {
            Code = code206 is null ? null : new CodeFact(code206.Value ? "206" : "208", Reports.At(20, "206")),
            Name = new TextFact("科学技术支出", Reports.At(20, "科学技术支出")),
            Amount = amountAbove5 is null ? null : Amount.Of(amountAbove5.Value ? 9m : 1m, AmountUnit.Yuan, Reports.At(20, "元")),
            Level = ClassificationLevel.Class,
        };
    }

    private static ClassificationLine Line(string? code, string name, decimal amount, int table = 1) => new()
    {
        Code = code is null ? null : new CodeFact(code, Reports.At(20, code)),
        Name = new TextFact(name, Reports.At(20, name)),
        Amount = Amount.Of(amount, AmountUnit.Yuan, Reports.At(20, amount + "元")),
        Level = code is null ? ClassificationLevel.Class : ClassificationLevels.FromCode(code),
        TableNumber = new CountFact(table, Reports.At(20, "表" + table)),
    };

    [Fact]
    public void Distinct_holds_when_every_element_states_a_key_and_no_two_are_the_same()
    {
        var rule = Compile("""
            rule V-5 "codes differ"
              severity error
              require distinct(x in 功能分类.类, x.编码)
            """);
        var report = Reports.Budget();
        report.FunctionalClassification.Add(Line("206", "科学技术支出", 1m));
        report.FunctionalClassification.Add(Line("208", "社会保障和就业支出", 1m));
        Assert.Equal(RuleStatus.Pass, Check(rule, report).Outcome.Status);
        report.FunctionalClassification.Add(Line("206", "科学技术支出", 2m));
        Assert.Equal(RuleStatus.Fail, Check(rule, report).Outcome.Status);
        var unknown = Reports.Budget();
        unknown.FunctionalClassification.Add(Line("206", "科学技术支出", 1m));
        unknown.FunctionalClassification.Add(Line(null, "其他支出", 1m));
        Assert.Equal(RuleStatus.Fail, Check(rule, unknown).Outcome.Status);
    }

    [Fact]
    public void Children_are_the_lines_printed_under_a_line_in_the_same_table()
    {
        var rule = Compile("""
            rule V-6 "children"
              severity error
              for each p in 功能分类.科目 where p.表号 is stated and count(p.下级) > 0
              require p.金额 = sum(p.下级.金额) within rounding
              message "{p.编码}为{p.金额}，下级之和为{sum(p.下级.金额)}"
            """);
        var report = Reports.Budget();
        foreach (var line in new[] { Line("206", "科学技术支出", 900m), Line("20601", "科学技术管理事务", 600m), Line("20607", "科学技术普及", 300m),
                     Line("20601", "科学技术管理事务", 5m, table: 2) })
            report.FunctionalClassification.Add(line);
        Assert.Equal(RuleStatus.Pass, Check(rule, report).Outcome.Status);
        report.FunctionalClassification.Lines[0].Amount = Amount.Of(1000m, AmountUnit.Yuan, Reports.At(20, "1000元"));
        var (outcome, findings) = Check(rule, report);
        Assert.Equal(RuleStatus.Fail, outcome.Status);
        Assert.Equal("206为1000元，下级之和为900元", Assert.Single(findings).Message);
    }

    [Fact]
    public void An_item_whose_facts_are_not_stated_is_counted_as_undecided_and_the_rule_still_passes_on_the_others()
    {
        var rule = Compile("""
            rule V-7 "per item"
              severity warning
              for each x in 收入.来源
              require x.占比 > 0%
            """);
        var (outcome, _) = Check(rule, Income(100m, ("a", 60m, 60m), ("b", 40m, null)));
        Assert.Equal(RuleStatus.Pass, outcome.Status);
        Assert.Equal((1, 0, 1), (outcome.Passed, outcome.Failed, outcome.Undecided));
        var none = Check(rule, Income(100m, ("b", 40m, null))).Outcome;
        Assert.Equal(RuleStatus.NotApplicable, none.Status);
        Assert.Equal(1, none.Undecided);
        Assert.StartsWith("所需事实未说明或无法计算", none.Reason);
        var result = RuleRunner.Run(new[] { rule }, Income(100m, ("a", 60m, 60m), ("b", 40m, null), ("c", 0m, 0m)), ValidationContext.WithoutCatalog).Results.Single();
        Assert.Equal((RuleStatus.Fail, 1, 1, 1), (result.Status, result.PassedItems, result.FailedItems, result.UndecidedItems));
    }
}
