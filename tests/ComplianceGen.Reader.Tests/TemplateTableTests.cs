using ComplianceGen.Reader.Tables;
using Xunit;

namespace ComplianceGen.Reader.Tests;

/// <summary>
/// Template tables recognised by their titles as units print them, and counted as printed even when the
/// table finder missed the title (numbered like a heading, wrapped onto a second line).
/// </summary>
public sealed class TemplateTableTests
{
    [Theory]
    [InlineData("2026年部门支出预算总表", "Expenditure")]
    [InlineData("二、2017年度江苏省高级人民法院部门收入预算总表", "Income")]
    [InlineData("三、2018年度江苏省高级人民法院支出预算总表", "Expenditure")]
    [InlineData("部门收入支出总体情况表", "IncomeExpenditure")]
    [InlineData("财政拨款收支预算总表", "Appropriation")]
    [InlineData("一般公共预算支出表（按功能分类）", "GeneralBudgetExpenditure")]
    [InlineData("一般公共预算基本支出表（按经济分类）", "BasicExpenditure")]
    [InlineData("十一、2017年江苏省高级人民法院部门一般公共预算“三公”经费、会议费、培训费支出预算表", "ThreePublic")]
    // Other tables that name a template table's words.
    [InlineData("一般公共预算机关运行经费支出预算表", "Other")]
    [InlineData("财政拨款支出预算表", "Other")]
    [InlineData("财政拨款基本支出预算表", "Other")]
    [InlineData("政府性基金收入总表", "GovernmentFund")]
    [InlineData("项目支出总表", "Other")]
    [InlineData("2017年度部门预算表", "Other")]
    [InlineData("预算收支具体情况见下表：", "Other")]
    [InlineData("收支总表（续）", "IncomeExpenditure")]
    public void A_title_is_recognised_with_the_unit_year_and_numbering_around_it(string title, string kind) =>
        // The kind is named, not typed: TemplateTableKind is internal and a public test cannot take it.
        Assert.Equal(kind, TemplateTables.Recognise(title).ToString());

    [Fact]
    public void A_title_wrapped_onto_a_line_of_its_own_still_counts_the_table_as_printed()
    {
        var report = DocumentReader.ReadText("""
            江苏省人大常委会办公厅2017年部门预算

            一、部门基本情况
            （一）部门职责
            略。

                      “三公”经费、会议费、培训费支出预算
                                                            表
               部门：         江苏省人大常委会办公厅                         单位：万元
                                             “三公”经费
                                         公务用车购置及运行维护费
                 合计        因公出国（境）费      小计      公务接待费     会议费    培训费
                 2,543.00    222.50       183.60    427.50    1,305.25   404.15
            """, "t.txt").Report;
        Assert.True(report.TemplateTables.ThreePublic);
    }

    [Fact]
    public void A_title_with_no_cells_under_it_is_not_a_table()
    {
        var report = DocumentReader.ReadText("""
            江苏省人大常委会办公厅2017年部门预算

            一、部门基本情况
            略。

            十一、一般公共预算“三公”经费、会议费、培训费支出预算表
            本表反映部门年度一般公共预算资金安排的“三公”经费情况。
            因公出国（境）费支出222.5万元。
            """, "t.txt").Report;
        Assert.False(report.TemplateTables.ThreePublic);
    }
}
