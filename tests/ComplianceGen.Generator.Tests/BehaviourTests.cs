using System.Collections.Generic;
using System.Linq;
using ComplianceGen.Generator.Tests.Infrastructure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Generator.Tests;

/// <summary>The compiled standard rules on hand-built reports: Pass, Fail with message and evidence, NotApplicable with a reason.</summary>
public class BehaviourTests
{
    private static readonly IReadOnlyList<RuleValidator> Rules = StandardRules.Validators;

    private static (RuleOutcome Outcome, List<Finding> Findings) Check(string id, DisclosureReport report, ValidationContext? context = null)
    {
        var findings = new List<Finding>();
        var outcome = Rules.Single(r => r.Descriptor.Id == id).Validate(report, context ?? ValidationContext.WithoutCatalog, findings);
        return (outcome, findings);
    }

    [Fact]
    public void Three_public_expenses_fail_for_each_item_neither_stated_nor_declared_none()
    {
        var report = Reports.Budget();
        report.ThreePublicExpenses.Reception.Amount = Reports.Wan(2m, 40);
        report.ThreePublicExpenses.OverseasTravel.Amount = Reports.Wan(0m, 40);

        var (outcome, findings) = Check("SG-001", report);

        Assert.Equal(RuleStatus.Fail, outcome.Status);
        var finding = Assert.Single(findings);
        Assert.Equal("“三公”经费中“公务用车购置及运行（维护）费”未公开：应列明金额，或说明本年无此项支出", finding.Message);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void Three_public_expenses_pass_when_declared_none_as_a_group()
    {
        var report = Reports.Budget();
        var none = Reports.At(60, "没有使用财政拨款安排“三公”经费预算");
        foreach (var item in report.ThreePublicExpenses.Items) item.NoneStatement = none;

        Assert.Equal(RuleStatus.Pass, Check("SG-001", report).Outcome.Status);
    }

    [Fact]
    public void Three_public_expenses_do_not_apply_to_a_performance_report()
    {
        var report = Reports.Budget();
        report.Kind = DocumentKind.PerformanceReport;
        var (outcome, findings) = Check("SG-001", report);
        Assert.Equal(RuleStatus.NotApplicable, outcome.Status);
        Assert.Equal("本规则不适用于绩效报告", outcome.Reason);
        Assert.Empty(findings);
    }

    [Fact]
    public void Shares_that_add_to_100_within_printed_rounding_pass()
    {
        var report = Reports.Budget();
        // 79% + 9% + 5% + 7% = 100, printed without decimals.
        foreach (var (name, share) in new[] { ("科学技术支出", 79m), ("社会保障和就业支出", 9m), ("卫生健康支出", 5m), ("住房保障支出", 7m) })
            report.FunctionalClassification.Add(new ClassificationLine { Name = new TextFact(name), Share = Reports.Percent(share, 44), Level = ClassificationLevel.Class });

        Assert.Equal(RuleStatus.Pass, Check("SH-003", report).Outcome.Status);
    }

    [Fact]
    public void Shares_within_the_half_units_of_their_printing_pass_and_beyond_fail()
    {
        var report = Reports.Budget();
        // 76% + 24.6% = 100.6: two shares printed to 0 and 1 decimals allow 0.5 + 0.05 = 0.55 → fails.
        report.Expenditure.Parts.Add(new BreakdownLine { Name = new TextFact("基本支出"), Share = Reports.Percent(76m, 45) });
        report.Expenditure.Parts.Add(new BreakdownLine { Name = new TextFact("项目支出"), Share = new Share(24.6m, 1, Reports.At(45, "24.6%")) });

        var (outcome, findings) = Check("SH-002", report);

        Assert.Equal(RuleStatus.Fail, outcome.Status);
        var finding = Assert.Single(findings);
        Assert.Equal("支出各部分占比之和为100.6%，应为100%", finding.Message);
        Assert.Equal(new[] { 45, 45 }, finding.Evidence.Select(e => e.Line));
        Assert.Contains("差额 0.6%", finding.Detail);
        Assert.Contains("允许误差 0.55%", finding.Detail);

        report.Expenditure.Parts[1] = new BreakdownLine { Name = new TextFact("项目支出"), Share = new Share(24.5m, 1, Reports.At(45, "24.5%")) };
        Assert.Equal(RuleStatus.Pass, Check("SH-002", report).Outcome.Status);
    }

    [Fact]
    public void A_breakdown_with_fewer_than_two_shares_is_not_applicable_with_the_condition_as_reason()
    {
        var report = Reports.Budget();
        report.Income.Sources.Add(new BreakdownLine { Name = new TextFact("一般公共预算拨款收入"), Share = Reports.Percent(100m, 30) });
        var (outcome, _) = Check("SH-001", report);
        Assert.Equal(RuleStatus.NotApplicable, outcome.Status);
        Assert.StartsWith("不满足适用条件：", outcome.Reason);
    }

    [Fact]
    public void A_classification_code_without_a_name_fails_at_the_line_of_the_code()
    {
        var report = Reports.Budget();
        report.FunctionalClassification.Add(new ClassificationLine
        {
            Code = new CodeFact("2060101", Reports.At(383, "2060101")),
            Level = ClassificationLevel.Item,
            Evidence = Reports.At(383, "2060101"),
        });

        var (outcome, findings) = Check("FC-001", report);

        Assert.Equal(RuleStatus.Fail, outcome.Status);
        var finding = Assert.Single(findings);
        Assert.Equal("科目编码2060101没有写明科目名称", finding.Message);
        Assert.Equal(383, Assert.Single(finding.Evidence).Line);
    }

    [Fact]
    public void A_name_that_differs_from_the_catalogue_fails_and_an_unknown_code_is_not_judged()
    {
        var catalog = new ClassificationCatalog(new[]
        {
            new CatalogEntry("functional", "2210201", "住房公积金", "项", null, null, "test"),
            new CatalogEntry("functional", "210", "医疗卫生与计划生育支出", "类", null, 2018, "test"),
            new CatalogEntry("functional", "210", "卫生健康支出", "类", 2019, null, "test"),
        });
        var report = Reports.Budget(2019);
        report.FunctionalClassification.Add(Line("2210201", "儿童福利", 302));
        report.FunctionalClassification.Add(Line("210", "卫生健康支出", 303));
        report.FunctionalClassification.Add(Line("2999999", "未知科目", 304));

        var (outcome, findings) = Check("FC-002", report, new ValidationContext(catalog));

        Assert.Equal(RuleStatus.Fail, outcome.Status);
        var finding = Assert.Single(findings);
        Assert.Equal("科目2210201“儿童福利”与2019年科目名称“住房公积金”不一致", finding.Message);
        Assert.Equal(302, finding.Evidence[0].Line);

        // The same class name is wrong before the 2019 rename.
        var old = Reports.Budget(2018);
        old.FunctionalClassification.Add(Line("210", "卫生健康支出", 10));
        Assert.Single(Check("FC-002", old, new ValidationContext(catalog)).Findings);

        // Only unknown codes: nothing can be judged, and the rule says so instead of passing.
        var unknown = Reports.Budget(2019);
        unknown.FunctionalClassification.Add(Line("2999999", "未知科目", 1));
        var result = Check("FC-002", unknown, new ValidationContext(catalog));
        Assert.Equal(RuleStatus.NotApplicable, result.Outcome.Status);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_passing_report_allocates_nothing_during_validation()
    {
        var report = Reports.Budget();
        foreach (var item in report.ThreePublicExpenses.Items) item.Amount = Reports.Wan(1m, 50);
        report.ThreePublicExpenses.VehiclePurchase.Amount = Reports.Wan(0m, 51);
        report.ThreePublicExpenses.VehicleOperation.Amount = Reports.Wan(1m, 52);
        report.FunctionalClassification.Add(Line("2060101", "行政运行", 70));
        report.Expenditure.Parts.Add(new BreakdownLine { Share = Reports.Percent(98m, 45) });
        report.Expenditure.Parts.Add(new BreakdownLine { Share = Reports.Percent(2m, 45) });
        // Everything the completeness rules ask a budget to state.
        report.Income.Total = Reports.Wan(62.7m, 40);
        report.Expenditure.Total = Reports.Wan(62.7m, 45);
        report.Appropriation.GrandTotal = Reports.Wan(62.7m, 49);
        report.GovernmentFund.NoneStatement = Reports.At(84, "没有使用政府性基金");
        report.StateCapital.NoneStatement = Reports.At(88, "没有使用国有资本经营");
        report.OperatingCosts.Amount = Reports.Wan(5.5m, 94);
        report.Procurement.NoneStatement = Reports.At(98, "无政府采购");
        report.Assets.Vehicles = new CountFact(0, Reports.At(101, "共有车辆0辆"));
        report.Performance.ProjectCount = new CountFact(2, Reports.At(104, "项目2个"));
        report.Glossary.Add(new GlossaryEntry { Term = new TextFact("基本支出", Reports.At(110, "基本支出")) });
        // The table rules: a class equal to its items, codes under the rows they are printed under,
        // the basic-expenditure table's classes equal to the prose figure, and the unit named as itself.
        report.FunctionalClassification.Add(TableRow("206", "科学技术支出", 60m, 1, null, 200));
        report.FunctionalClassification.Add(TableRow("20601", "科学技术管理事务", 60m, 1, "206", 201));
        report.FunctionalClassification.Add(TableRow("2060101", "行政运行", 60m, 1, "20601", 202));
        report.EconomicClassification.Add(TableRow("301", "工资福利支出", 55.7m, 2, null, 300, "一般公共预算基本支出表"));
        report.EconomicClassification.Add(TableRow("30101", "基本工资", 55.7m, 2, "301", 301, "一般公共预算基本支出表"));
        report.EconomicClassification.Add(TableRow("302", "商品和服务支出", 5.5m, 2, null, 302, "一般公共预算基本支出表"));
        report.GeneralBudget.Basic = Reports.Wan(61.2m, 71);
        report.UnitMentions.Add(new UnitMention { Name = new TextFact("区科协", Reports.At(42, "区科协")) });
        var catalog = new ValidationContext(new ClassificationCatalog(new[] { new CatalogEntry("functional", "2060101", "行政运行", "项", null, null, "t") }));
        var findings = new List<Finding>();
        foreach (var rule in Rules) rule.Validate(report, catalog, findings); // warm up

        var allocating = new List<string>();
        for (int r = 0; r < Rules.Count; r++) // an indexed loop: foreach over the interface would allocate an enumerator
        {
            long before = System.GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++) Rules[r].Validate(report, catalog, findings);
            long allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;
            if (allocated != 0) allocating.Add($"{Rules[r].Descriptor.Id}: {allocated} bytes");
        }

        Assert.Empty(findings);
        Assert.Empty(allocating);
    }

    [Fact]
    public void A_table_parent_that_differs_from_the_sum_of_its_children_in_that_table_fails()
    {
        var report = Reports.Budget();
        report.FunctionalClassification.Add(TableRow("206", "科学技术支出", 100m, 3, null, 200));
        report.FunctionalClassification.Add(TableRow("20601", "科学技术管理事务", 60m, 3, "206", 201));
        report.FunctionalClassification.Add(TableRow("20607", "科学技术普及", 30m, 3, "206", 203));
        // The same 款 in another table (or in prose) is not one of this table's children.
        report.FunctionalClassification.Add(TableRow("20608", "科技交流与合作", 10m, 4, null, 400));

        var (outcome, findings) = Check("AR-010", report);

        Assert.Equal(RuleStatus.Fail, outcome.Status);
        var finding = Assert.Single(findings);
        Assert.Equal("表中科目206“科学技术支出”为100万元，而其下级科目之和为90万元", finding.Message);
        Assert.Equal(new[] { 200, 201, 203 }, finding.Evidence.Select(e => e.Line).Distinct());
        Assert.Contains("差额 10万元", finding.Detail);

        report.FunctionalClassification.Add(TableRow("20602", "基础研究", 10m, 3, "206", 202));
        Assert.Equal(RuleStatus.Pass, Check("AR-010", report).Outcome.Status);
    }

    [Fact]
    public void A_code_printed_under_a_row_it_does_not_belong_to_fails()
    {
        var report = Reports.Budget();
        report.FunctionalClassification.Add(TableRow("20601", "科学技术管理事务", 60m, 1, null, 201));
        report.FunctionalClassification.Add(TableRow("2080101", "行政运行", 60m, 1, "20601", 202));

        var (outcome, findings) = Check("FC-004", report);

        Assert.Equal(RuleStatus.Fail, outcome.Status);
        Assert.Equal("表中科目2080101“行政运行”列在科目20601之下，编码却不属于该科目（项级编码的前五位是所属款，前三位是所属类）", Assert.Single(findings).Message);
    }

    [Theory]
    [InlineData("巫溪县科学技术协会", "县科技局", RuleStatus.Fail)]
    [InlineData("巫溪县科学技术协会", "县科协", RuleStatus.Pass)]
    [InlineData("上海市普陀区规划和自然资源局", "上海市规划和自然资源局", RuleStatus.Fail)]
    [InlineData("上海市普陀区规划和自然资源局", "上海市普陀区规划与自然资源局", RuleStatus.Fail)]
    [InlineData("上海市普陀区规划和自然资源局", "区规划资源局", RuleStatus.Pass)]
    [InlineData("攀枝花市科学技术协会", "四川省攀枝花市科学技术协会", RuleStatus.Pass)]
    public void Units_named_in_statements_must_be_the_document_s_unit(string unit, string mentioned, RuleStatus expected)
    {
        var report = Reports.Budget();
        report.UnitName = new TextFact(unit, Reports.At(1, unit));
        report.UnitMentions.Add(new UnitMention { Name = new TextFact(mentioned, Reports.At(46, mentioned)) });

        var (outcome, findings) = Check("IC-005", report);

        Assert.Equal(expected, outcome.Status);
        if (expected == RuleStatus.Fail) Assert.Equal(new[] { 46, 1 }, Assert.Single(findings).Evidence.Select(e => e.Line));
    }

    private static ClassificationLine TableRow(string code, string name, decimal wan, int table, string? printedParent, int line, string? title = null) => new()
    {
        Code = new CodeFact(code, Reports.At(line, code)),
        Name = new TextFact(name, Reports.At(line, name)),
        Level = ClassificationLevels.FromCode(code),
        Amount = Reports.Wan(wan, line),
        Form = ClassificationForm.TableRow,
        TableNumber = new CountFact(table, Reports.At(line, code)),
        TableTitle = title is null ? null : new TextFact(title, Reports.At(table * 100, title)),
        PrintedParent = printedParent is null ? null : new CodeFact(printedParent, Reports.At(line - 1, printedParent)),
        Evidence = Reports.At(line, code + name),
    };

    [Fact]
    public void A_line_named_without_a_code_does_not_leave_the_uncatalogued_code_check_undecided()
    {
        // Prose items read by name only ("（项）行政运行", no code) sit among the coded lines; they cannot clash on a code.
        var report = Reports.Budget(2026);
        report.FunctionalClassification.Add(Line("2999901", "特别事务", 10));
        report.FunctionalClassification.Add(new ClassificationLine { Name = new TextFact("行政运行", Reports.At(11, "行政运行")), Evidence = Reports.At(11, "行政运行") });
        Assert.Equal(RuleStatus.Pass, Check("FC-003", report).Outcome.Status);

        report.FunctionalClassification.Add(Line("2999901", "其他事务", 12));
        var (outcome, findings) = Check("FC-003", report);
        Assert.Equal(RuleStatus.Fail, outcome.Status);
        Assert.Equal(2, findings.Count);
    }

    private static ClassificationLine Line(string code, string name, int line) => new()
    {
        Code = new CodeFact(code, Reports.At(line, code)),
        Name = new TextFact(name, Reports.At(line, name)),
        Level = ClassificationLevels.FromCode(code),
        Evidence = Reports.At(line, code + name),
    };
}
