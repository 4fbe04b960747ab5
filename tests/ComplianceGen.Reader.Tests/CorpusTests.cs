using System.IO;
using System.Linq;
using ComplianceGen.Runtime;
using Xunit;
using Xunit.Abstractions;

namespace ComplianceGen.Reader.Tests;

/// <summary>
/// Real published documents in ../shared/corpus/text (never copied into the project). Each
/// assertion was checked by reading the text. When the folder is absent the tests are reported
/// as skipped (<see cref="CorpusFactAttribute"/>).
/// </summary>
public sealed class CorpusTests
{
    private readonly ITestOutputHelper _output;

    public CorpusTests(ITestOutputHelper output) => _output = output;

    private DisclosureReport Read(string prefix)
    {
        string folder = TestPaths.CorpusText!;
        string path = Directory.GetFiles(folder, prefix + "_*.txt").Single();
        var result = DocumentReader.Read(path);
        _output.WriteLine($"{Path.GetFileName(path)}: {result.Report.FunctionalClassification.Lines.Count} classification lines, {result.Warnings.Count} warnings");
        return result.Report;
    }

    private static ClassificationLine Code(DisclosureReport r, string code) =>
        r.FunctionalClassification.Lines.First(l => l.Code?.Value == code);

    [CorpusFact]
    public void Doc01_finance_bureau_final_account()
    {
        var r = Read("01");
        Assert.Equal("上海市普陀区财政局", r.UnitName!.Value);
        Assert.Equal(2024, r.Year!.Value);
        Assert.Equal(DocumentKind.FinalAccount, r.Kind);
        Assert.Equal(2946.25m, r.Income.Total!.Value);
        Assert.Equal(2940.05m, r.Expenditure.Total!.Value);
        Assert.Equal(2336.91m, r.Expenditure.Basic!.Value);
        Assert.Equal(98.20m, r.GeneralBudget.ExecutionRate!.Percent);
        Assert.NotNull(r.ThreePublicExpenses.NoneStatement);
        Assert.Equal(0.95m, r.ThreePublicExpenses.Budget!.Value);
        Assert.Equal(0m, r.ThreePublicExpenses.Total!.Value);
        Assert.Equal(2, r.ThreePublicExpenses.Total.Decimals);
        // The pdftotext layout prints 类/款/项 in separate columns: 201 06 01 行政运行 1,511.89. The
        // line comes from the 一般公共预算财政拨款支出决算表 (line 317), whose figure the prose explains
        // (支出决算为1511.89万元), not from the 收入决算表 (1,511.90 received, line 184).
        var admin = Code(r, "2010601");
        Assert.Equal("行政运行", admin.Name!.Value);
        Assert.Equal(1511.89m, admin.Amount!.Value);
        Assert.Equal(AmountUnit.WanYuan, admin.Amount.Unit);
        Assert.Equal(317, admin.Code!.Evidence!.Line);
        // A name wrapped onto the next line of the layout.
        Assert.Equal("机关事业单位基本养老保险缴费支出", Code(r, "2080505").Name!.Value);
        Assert.Equal(258.50m, Code(r, "2210203").Amount!.Value);
        Assert.Equal(2, r.Assets.LargeEquipment!.Value);
        Assert.Equal(251.25m, r.Procurement.Amount!.Value);
    }

    [CorpusFact]
    public void Doc02_planning_bureau_final_account()
    {
        var r = Read("02");
        Assert.Equal("上海市普陀区规划和自然资源局", r.UnitName!.Value);
        Assert.Equal(2024, r.Year!.Value);
        Assert.Equal(DocumentKind.FinalAccount, r.Kind);
        Assert.Equal(9746.50m, r.Income.Total!.Value);
        Assert.Equal(9759.38m, r.Expenditure.Total!.Value);
        // 公务接待费支出 0.39 万元 (lines 818-820, double-spaced prose); 0.15 is its decrease on 2023.
        Assert.Equal(0.39m, r.ThreePublicExpenses.Reception.Amount!.Value);
        Assert.Equal(2.85m, r.ThreePublicExpenses.Budget!.Value);
        Assert.Equal(54.53m, Code(r, "2080501").Amount!.Value);
        Assert.Equal(4416.67m, Code(r, "2200150").Amount!.Value);
    }

    [CorpusFact]
    public void Doc03_social_work_department_final_account()
    {
        var r = Read("03");
        Assert.Equal("中共上海市普陀区委社会工作部", r.UnitName!.Value);
        Assert.Equal(2024, r.Year!.Value);
        Assert.Equal(DocumentKind.FinalAccount, r.Kind);
        Assert.Equal(307.82m, r.Income.Total!.Value);
        Assert.NotNull(r.ThreePublicExpenses.NoneStatement);
        Assert.All(r.ThreePublicExpenses.Items, i => Assert.True(i.IsDeclared));
        Assert.Equal(264.87m, Code(r, "201").Amount!.Value);
        Assert.Equal(1, r.Performance.ProjectCount!.Value);
    }

    [CorpusFact]
    public void Doc05_culture_and_tourism_budget()
    {
        var r = Read("05");
        Assert.Equal("上海市普陀区文化和旅游局", r.UnitName!.Value);
        Assert.Equal(2026, r.Year!.Value);
        Assert.Equal(DocumentKind.Budget, r.Kind);
        Assert.Equal(27807.61m, r.Income.Total!.Value);
        Assert.Equal(11.49m, r.ThreePublicExpenses.Total!.Value);
        Assert.Equal(0m, r.ThreePublicExpenses.OverseasTravel.Amount!.Value);
        Assert.Null(r.ThreePublicExpenses.OverseasTravel.NoneStatement);
        Assert.Equal(9.38m, r.ThreePublicExpenses.Vehicles.Amount!.Value);
        Assert.Equal(2.11m, r.ThreePublicExpenses.Reception.Amount!.Value);
        var prose = r.FunctionalClassification.Lines.Where(l => l.Form == ClassificationForm.ProseLevels).ToList();
        Assert.True(prose.Count >= 20, $"only {prose.Count} （类）（款）（项） lines");
        Assert.Contains(prose, l => l.Name!.Value == "行政运行" && l.Amount!.Value == 465.46m);
        Assert.Equal(4, r.Assets.Vehicles!.Value);
    }
}
