using System.Linq;
using ComplianceGen.Runtime;
using Xunit;

namespace ComplianceGen.Reader.Tests;

/// <summary>The printed forms the extractors must recognise, on small texts written for the test.</summary>
public sealed class ExtractionTests
{
    private static DisclosureReport Read(string text) => DocumentReader.ReadText(text, "t.txt").Report;

    [Fact]
    public void Codes_with_level_markers_assemble()
    {
        var r = Read("标题\n1.社会保障和就业支出（208类）行政事业单位养老支出（05款）机关事业单位基本养老保险缴费支出（05项）2024年预算数为5.56万元。\n");
        var line = Assert.Single(r.FunctionalClassification.Items);
        Assert.Equal("2080505", line.Code!.Value);
        Assert.Equal("机关事业单位基本养老保险缴费支出", line.Name!.Value);
        Assert.Equal(5.56m, line.Amount!.Value);
    }

    [Fact]
    public void Level_names_without_codes_have_no_code_and_a_path()
    {
        var r = Read("标题\n2.科学技术（类）科学技术管理事务（款） 行政运行（项）:支出决算为194.97万元，完成预算99.89 %。\n");
        var line = Assert.Single(r.FunctionalClassification.Items);
        Assert.Null(line.Code);
        Assert.Equal("行政运行", line.Name!.Value);
        Assert.Equal("科学技术/科学技术管理事务/行政运行", line.Path!.Value);
        Assert.Equal(99.89m, line.ExecutionRate!.Percent);
        Assert.Equal(194.97m, r.Executions.Single().Actual!.Value);
    }

    [Fact]
    public void Layout_table_rows_assemble_codes_from_columns()
    {
        string text = "标题\n\n                   一般公共预算财政拨款支出决算表\n                                   单位：万元\n" +
                      "201               一般公共服务支出           2,106.66   1,503.52\n" +
                      "201     06   01   行政运行               1,511.89   1,503.52\n";
        var r = Read(text);
        var line = r.FunctionalClassification.Items.Single();
        Assert.Equal("2010601", line.Code!.Value);
        Assert.Equal(1511.89m, line.Amount!.Value);
        Assert.Equal(AmountUnit.WanYuan, line.Amount.Unit);
        Assert.Equal("1,511.89", line.Amount.Evidence!.Text);
        Assert.Equal("201", r.FunctionalClassification.Classes.Single().Code!.Value);
        Assert.Equal("一般公共预算财政拨款支出决算表", r.Tables.Single().Title!.Value);
    }

    [Fact]
    public void Class_names_with_amounts_and_shares_are_class_lines()
    {
        var r = Read("标题\n科学技术支出49.36万元，占79%、社会保障和就业支出5.56万元，占9%。\n");
        Assert.Equal(new[] { "206", "208" }, r.FunctionalClassification.Classes.Select(c => c.Code!.Value).ToArray());
        Assert.All(r.FunctionalClassification.Classes, c => Assert.Equal(ClassificationForm.ProseClassName, c.Form));
        Assert.Equal(79m, r.FunctionalClassification.Classes[0].Share!.Percent);
        Assert.Equal(0, r.FunctionalClassification.Classes[0].Share!.Decimals);
    }

    [Fact]
    public void Changes_are_signed()
    {
        var r = Read("标题\n机关运行经费财政拨款预算为5.5万元，比2023年预算减少0.09万元，下降1.66%。\n");
        var change = Assert.Single(r.Changes);
        Assert.Equal(-0.09m, change.Delta!.Value);
        Assert.Equal(-1.66m, change.Percent!.Percent);
        Assert.Equal(5.5m, change.Current!.Value);
        Assert.Same(change, r.OperatingCosts.Change);
        Assert.Equal(5.5m, r.OperatingCosts.Amount!.Value);
    }

    [Fact]
    public void One_item_declared_none_leaves_the_others_open()
    {
        var r = Read("标题\n2019年“三公”经费财政拨款支出决算中，无因公出国（境）费支出；公务接待费支出决算0.56万元，占4%。\n");
        var g = r.ThreePublicExpenses;
        Assert.NotNull(g.OverseasTravel.NoneStatement);
        Assert.Null(g.NoneStatement);
        Assert.False(g.Vehicles.IsDeclared);
        Assert.Equal(0.56m, g.Reception.Amount!.Value);
        Assert.Equal(4m, g.Reception.Share!.Percent);
    }

    [Fact]
    public void Procurement_none_and_funds_none()
    {
        var r = Read("标题\n区科协2024年无政府采购项目，未安排政府采购预算。\n区科协2024年没有使用政府性基金预算拨款安排的支出。\n");
        Assert.True(r.Procurement.IsDeclaredNone);
        Assert.NotNull(r.Procurement.Statement);
        Assert.True(r.GovernmentFund.IsDeclaredNone);
        Assert.False(r.StateCapital.IsDeclared);
    }

    [Fact]
    public void Glossary_entries_are_read_from_the_glossary_section()
    {
        var r = Read("标题\n十二、名词解释\n1.基本支出：指为保证机构正常运转而发生的支出。\n2.项目支出：指在基本支出之外的支出。\n");
        Assert.Equal(new[] { "基本支出", "项目支出" }, r.Glossary.Select(g => g.Term!.Value).ToArray());
        Assert.Equal(3, r.Glossary[0].Term!.Evidence!.Line);
    }

    [Fact]
    public void Double_spaced_prose_continues_across_one_blank_line()
    {
        // pdftotext of some PDFs puts a blank line after every printed line.
        var r = Read("标题\n\n   本年支出合计 9759.38 万元，其中：基本支出 5377.64 万元，\n\n占 55.10%；项目支出 4381.74 万元，占 44.90%。\n\n\n   二、机关运行经费\n");
        Assert.Equal(9759.38m, r.Expenditure.Total!.Value);
        Assert.Equal(55.10m, r.Expenditure.Parts.Single(p => p.Name!.Value == "基本支出").Share!.Percent);
        Assert.Equal(4381.74m, r.Expenditure.Project!.Value);
    }

    [Fact]
    public void A_short_line_before_a_blank_line_still_ends_its_paragraph()
    {
        var r = Read("标题\n\n支出合计\n\n项目支出 4381.74 万元。\n");
        Assert.Null(r.Expenditure.Total);
    }

    [Fact]
    public void Class_name_wrapped_before_its_level_marker_has_no_marker()
    {
        var r = Read("标题\n一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出\n（类）2106.66万元，占71.73%。\n");
        var line = r.FunctionalClassification.Classes.Single();
        Assert.Equal("201", line.Code!.Value);
        Assert.Equal("一般公共服务支出", line.Name!.Value);
    }
}
