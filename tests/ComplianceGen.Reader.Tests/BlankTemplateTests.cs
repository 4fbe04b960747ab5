using System.Linq;
using ComplianceGen.Runtime;
using Xunit;

namespace ComplianceGen.Reader.Tests;

/// <summary>
/// A finance bureau's blank template (its units fill it in) is found beside the disclosures in a crawl. It is not
/// a disclosure: no unit, no figures, placeholders where both belong. A disclosure that kept a few of the
/// template's placeholders is still one, and the template-text rules report what it left.
/// </summary>
public sealed class BlankTemplateTests
{
    private const string Template = """
        上海市XX局
        2024年度部门决算

        第一部分 上海市XX局概况
        一、主要职能
        上海市XX局的主要职能是：XXXXXXXX。
        第三部分 上海市XX局2024年度部门决算情况说明
        一、收入支出决算总体情况说明
        上海市XX局2024年度收入支出总计XXX万元。与2023年度相比，收入支出总计增加（减少）XXX万元，增长（下降）XX%，主要原因是：XXXXXXXX。
        二、收入决算情况说明
        上海市XX局本年收入合计XXX万元，其中：财政拨款收入XXX万元，占XX%；事业收入XXX万元，占XX%。
        三、支出决算情况说明
        上海市XX局本年支出合计XXX万元，其中：基本支出XXX万元，占XX%；项目支出XXX万元，占XX%。
        """;

    private const string Filled = """
        上海市普陀区财政局
        2024年度部门决算

        一、收入支出决算总体情况说明
        上海市普陀区财政局2024年度收入支出总计1,234.56万元。与2023年度相比，收入支出总计增加34.56万元，增长2.9%。
        二、收入决算情况说明
        本年收入合计1,234.56万元，其中：财政拨款收入1,200.00万元，占XX%；事业收入34.56万元，占XX%。
        三、支出决算情况说明
        本年支出合计1,234.56万元，其中：基本支出1,000.00万元，占81.0%；项目支出234.56万元，占XX%。
        """;

    [Fact]
    public void A_blank_template_is_not_a_disclosure_and_says_why()
    {
        var report = DocumentReader.ReadText(Template, "附件2：部门决算模板.txt").Report;
        Assert.NotNull(report.NotDisclosureReason);
        Assert.Contains("未填写的公开模板", report.NotDisclosureReason);
        Assert.Contains("上海市XX局", report.NotDisclosureReason);
        Assert.Contains("XXX万元", report.NotDisclosureReason);
    }

    [Fact]
    public void A_template_with_other_placeholder_marks_and_no_unit_is_a_template_too()
    {
        string text = Template.Replace("上海市XX局", "××单位").Replace("XXX", "××").Replace("XX%", "××%");
        var report = DocumentReader.ReadText(text, "template.txt").Report;
        Assert.Contains("未填写的公开模板", report.NotDisclosureReason);
    }

    [Fact]
    public void A_template_that_leaves_the_figures_blank_is_a_template_too()
    {
        const string blanks = """
            XX单位
            2026年部门预算
            一、收支预算总体情况说明
            XX单位2026年收入预算      万元，其中：一般公共预算拨款收入      万元，政府性基金预算拨款收入      万元。
            二、支出预算情况说明
            XX单位2026年支出预算      万元。其中：基本支出      万元，项目支出      万元。
            三、机关运行经费
            2026年本单位机关运行经费财政拨款预算      万元。
            """;
        var report = DocumentReader.ReadText(blanks, "template.txt").Report;
        Assert.Contains("未填写的公开模板", report.NotDisclosureReason);
    }

    [Fact]
    public void A_disclosure_that_kept_a_few_placeholders_is_checked_as_a_disclosure()
    {
        var report = DocumentReader.ReadText(Filled, "filled.txt").Report;
        Assert.Null(report.NotDisclosureReason);
        Assert.Equal("上海市普陀区财政局", report.UnitName?.Value);
        Assert.Contains(report.Statements, s => s.Text!.Value.Contains("XX%", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_named_unit_keeps_a_document_a_disclosure_however_many_placeholders_it_left()
    {
        // Placeholders outnumber the figures, but the unit is named: a unit's own, badly filled disclosure, whose
        // defects the template-text rules report. Only a document that names no unit is taken for the template.
        var report = DocumentReader.ReadText(Template.Replace("上海市XX局", "上海市普陀区财政局"), "filled-badly.txt").Report;
        Assert.Null(report.NotDisclosureReason);
        Assert.Equal(DocumentKind.FinalAccount, report.Kind);
    }

    [Fact]
    public void Fewer_than_five_placeholder_figures_do_not_make_a_template()
    {
        const string few = """
            上海市XX局
            2024年度部门决算
            一、收入支出决算总体情况说明
            上海市XX局2024年度收入支出总计XXX万元，增长XX%，其中：财政拨款收入XXX万元，占XX%。
            """;
        Assert.Null(DocumentReader.ReadText(few, "few.txt").Report.NotDisclosureReason);
    }
}
