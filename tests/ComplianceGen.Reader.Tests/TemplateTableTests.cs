using System.Linq;
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

    [Theory]
    // Printed after a gap, outside the table's lines, with the year in it (Fuzhou's 备注).
    [InlineData("          合计                0.00     0.00         0.00\n\n备注：本单位 2026 年没有使用政府性基金预算拨款安排的支出。\n")]
    // Wrapped onto a second line.
    [InlineData("          合计                0.00     0.00         0.00\n\n备注：本单位 2026 年没有使用政府性基金预算拨款安排的支\n出。\n")]
    // Worded as no transactions this year (Shenzhen).
    [InlineData("          合计                0.00     0.00         0.00\n       注：本表本年无发生额。\n")]
    public void An_empty_tables_note_is_found_as_units_print_it(string body)
    {
        var report = DocumentReader.ReadText("""
            福州市公安局2026年部门预算

            六、政府性基金预算拨款支出预算表

                     2026 年度政府性基金预算拨款支出预算表
                                                            单位：万元
                                                      其中：
              科目编码         科目名称        小计
                                               基本支出     项目支出

            """ + "\n" + body, "t.txt").Report;
        var table = Assert.Single(report.Tables, t => t.Kind?.Value == "政府性基金预算支出表");
        Assert.False(table.HasFigures);
        Assert.NotNull(table.EmptyNote);
    }

    [Fact]
    public void A_table_copied_one_cell_a_line_is_not_empty_when_a_figure_stands_where_a_label_would()
    {
        // A web page's table pasted as text: every cell on a line of its own, `|` between them. The figures are read
        // as row labels, so no column holds them; the table still prints data and is no empty table (TB-003), and
        // its fund is not declared zero.
        var report = DocumentReader.ReadText("""
            区直工委2020年部门预算

            一、2020年一般公共预算“三公”经费支出预算表
            单位:万元
            项 目
            |
            预 算 数
            |
            合 计
            |
            0.36
            |
            因公出国(境)费
            |
            |
            公务接待费
            |
            0.36
            |
            """, "t.txt").Report;
        var table = Assert.Single(report.Tables, t => t.Kind?.Value == "“三公”经费支出表");
        Assert.True(table.HasFigures);
    }

    [Fact]
    public void A_table_whose_rows_are_read_into_its_header_is_not_empty()
    {
        // Text copied from a PDF viewer, one space between cells (a Shanghai district's 2025 final account): the rows are
        // not parted into cells and are read as the header; its figures still say the table prints data.
        var report = DocumentReader.ReadText("""
            某区某局2025年度部门决算

            一般公共预算财政拨款基本支出决算表
            单位：万元
            人员经费 公用经费
            经济分类 经济分类
            科目名称 决算数 科目名称 决算数
            科目编码 科目编码
            301 工资福利支出 7,728.96 302 商品和服务支出 1,708.26
            30101 基本工资 1,050.91 30201 办公费 20.10
            31007 信息网络及软件购置更新
            """, "t.txt").Report;
        var table = Assert.Single(report.Tables, t => t.Kind?.Value == "一般公共预算基本支出表");
        Assert.True(table.HasFigures);
    }

    [Fact]
    public void Codes_under_a_label_column_do_not_make_an_empty_table_one_with_data()
    {
        // The empty template table prints its codes (label columns) and no figure: codes carry no decimal point.
        var report = DocumentReader.ReadText("""
            福州市公安局2026年部门预算

            六、政府性基金预算拨款支出预算表
                                                            单位：万元
              科目编码         科目名称        小计      基本支出     项目支出
              2120801          征地和拆迁补偿支出
              2296002          用于社会福利的彩票公益金支出
            """, "t.txt").Report;
        var table = Assert.Single(report.Tables, t => t.Kind?.Value == "政府性基金预算支出表");
        Assert.False(table.HasFigures);
    }

    [Theory]
    // A date, a table's number or a share in the header is no figure the table prints.
    [InlineData("（2025.1.1-2025.12.31）")]
    [InlineData("附表3.1")]
    [InlineData("公用经费（含1.5%工会经费）")]
    public void Dates_numbers_and_shares_in_a_header_do_not_make_an_empty_table_one_with_data(string header)
    {
        var report = DocumentReader.ReadText("""
            福州市公安局2026年部门预算

            六、政府性基金预算拨款支出预算表
                                                            单位：万元
            """ + "\n                  " + header + "\n" + """
              科目编码         科目名称        小计      基本支出     项目支出
              2120801          征地和拆迁补偿支出
            """, "t.txt").Report;
        var table = Assert.Single(report.Tables, t => t.Kind?.Value == "政府性基金预算支出表");
        Assert.False(table.HasFigures);
    }

    [Fact]
    public void A_note_about_something_else_is_not_an_empty_tables_note()
    {
        var report = DocumentReader.ReadText("""
            江苏省高级人民法院2019年部门预算

            十、政府性基金预算财政拨款支出预算表
                           政府性基金预算财政拨款支出预算表
                                                                         单位：万元
                   功能科目编码                       功能科目名称                      金        额

                                     合   计                                       0

            注：“科目编码”和“科目名称”为必填项
            """, "t.txt").Report;
        var table = Assert.Single(report.Tables, t => t.Kind?.Value == "政府性基金预算支出表");
        Assert.Null(table.EmptyNote);
    }

    [Fact]
    public void Rows_numbered_like_headings_are_rows_of_the_table_not_the_next_section()
    {
        // Suzhou's 收支总表: every item is numbered (一、…), as section headings are; a heading is one cell, these are rows.
        var report = DocumentReader.ReadText("""
            苏州市科学技术局2026年部门预算

                                                      收支总表
            单位：苏州市科学技术局                                                                                单位：万元
                                   收入                                                  支出
                           项目                       预算数                        项目                      预算数
            一、一般公共预算拨款收入                             186,241.00  一、一般公共服务支出
            二、政府性基金预算拨款收入                                        二、外交支出
            九、其他收入                                               六、科学技术支出                              185,263.17
                                                                 二十、住房保障支出                                 730.37
                       本年收入合计                       186,241.00             本年支出合计                      186,241.00
                         收入总计                       186,241.00               支出总计                      186,241.00

            二、收支预算总体情况
            2026年收支总预算186,241.00万元。
            """, "t.txt").Report;
        var total = Assert.Single(report.TableRows, r => r.TableKind?.Value == "收支总表" && r.Label!.Value.Contains("收入总计", System.StringComparison.Ordinal));
        Assert.Equal(186241.00m, total.FirstAmount!.Value);
        Assert.DoesNotContain(report.TableRows, r => r.Label?.Value.Contains("收支预算总体情况", System.StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("**")]
    [InlineData("栏次")]
    public void A_row_of_column_numbers_under_its_label_is_header_furniture_not_a_row(string label)
    {
        // Hangzhou's tables number their columns under the header ("**  1  2  3  4"); read as a row, its numbers
        // would be amounts of 1, 2, 3 and 4 万元.
        var report = DocumentReader.ReadText($$"""
            杭州市公安局2026年部门预算

            表5：2026年市级部门一般公共预算支出预算表
                                                                            单位：万元
               功能分类科目名称           合计          基本支出          项目支出
               {{label}}                    1             2                 3
               合计                   370,219.20     293,191.82        77,027.38
               一般公共服务支出         1,000.00         800.00           200.00
            """, "t.txt").Report;
        var rows = report.TableRows.Where(r => r.TableKind?.Value == "一般公共预算支出表").ToList();
        Assert.NotEmpty(rows);
        Assert.DoesNotContain(rows, r => r.FirstAmount?.Value == 1m);
        Assert.Contains(rows, r => r.Label?.Value == "合计" && r.FirstAmount?.Value == 370219.20m);
    }

    [Fact]
    public void A_table_of_all_general_budget_spending_by_economic_class_is_not_the_basic_spending_table_beside_one()
    {
        // Fuzhou prints both: 一般公共预算支出经济分类情况表 (basic and project spending, 23,195.94) and
        // 一般公共预算基本支出经济分类情况表 (3,861.25). Only the second is the 基本支出表.
        var report = DocumentReader.ReadText("""
            福州市商务局2026年部门预算

            2026年度一般公共预算支出经济分类情况表
                                                              单位：万元
               科目编码     科目名称                     预算数
                            合计                       23,195.94
               301          工资福利支出                 2,964.61

            2026年度一般公共预算基本支出经济分类情况表
                                                              单位：万元
               科目编码     科目名称                     预算数
                            合计                        3,861.25
               301          工资福利支出                 2,964.61
            """, "t.txt").Report;
        var totals = report.TableRows.Where(r => r.TableKind?.Value == "一般公共预算基本支出表" && r.Label?.Value == "合计").ToList();
        Assert.Equal(3861.25m, Assert.Single(totals).FirstAmount!.Value);
    }

    [Fact]
    public void A_cell_is_named_by_its_header_without_the_unit_printed_after_it()
    {
        // The unit belongs to the figure; a rule tells the column by the header's own ending (结尾为 "购置费").
        var report = DocumentReader.ReadText("""
            2026年部门“三公”经费预算表
            	“三公”经费合计（万元）
            	公务用车购置费（万元）
            	公务用车运行费(万元)

            	84.00
            	30.00
            	54.00
            """, "t.txt").Report;
        var row = Assert.Single(report.TableRows, r => r.TableKind?.Value == "“三公”经费支出表");
        Assert.Equal(new[] { "“三公”经费合计", "公务用车购置费", "公务用车运行费" }, row.Cells.Select(c => c.Column!.Value));
        Assert.Equal(84.00m, row.Cells[0].Amount!.Value);
    }

    [Fact]
    public void A_row_that_prints_more_figures_than_the_header_has_columns_says_so()
    {
        // As pdftotext -layout prints Wuxi's 三公 table, 因公出国（境）费 and the 小计 under 公务用车 read as one header,
        // and a row prints more figures than there are columns. A rule over the row's columns must not trust it.
        var report = DocumentReader.ReadText("""
            2026年部门“三公”经费预算表
            	“三公”经费合计（万元）
            	因公出国（境）费小计（万元）
            	公务接待费（万元）

            	38.27
            	23.27
            	2.80
            	12.20

            2026年单位“三公”经费预算表
            	“三公”经费合计（万元）
            	因公出国（境）费（万元）
            	公务接待费（万元）

            	38.27
            	23.27
            	15.00
            """, "t.txt").Report;
        var rows = report.TableRows.Where(r => r.TableKind?.Value == "“三公”经费支出表").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(1, rows[0].UnplacedFigures!.Value);
        Assert.Equal(0, rows[1].UnplacedFigures!.Value);
    }

    // A two-sided 收支总表 as pdftotext -layout prints it in several cities: a wide income figure ends a single space
    // before the item of the expenditure side ("196,278.67 一、一般公共服务支出"). Read as one cell, the first rows
    // printed no figure and were taken for the table's header.
    private const string TwoSidedTable = """
        无锡市交通运输局（本级）2026年度单位预算

                                       收支总表
        单位：无锡市交通运输局（本级）                                            单位：万元
                    收入                                     支出
               项目                     预算数                项目        预算数
        一、一般公共预算拨款收入                  196,278.67 一、一般公共服务支出
        二、政府性基金预算拨款收入                 143,999.00 二、外交支出
        三、国有资本经营预算拨款收入                 32,640.00 三、国防支出
        四、财政专户管理资金收入                             四、公共安全支出
        五、事业收入                                   五、教育支出
        六、事业单位经营收入                               六、科学技术支出            5,000.00
        九、其他收入                        611,843.20 九、社会保险基金支出
                                                 十、卫生健康支出              113.77
                  本年收入合计              984,760.87      本年支出合计       984,760.87
        """;

    [Fact]
    public void A_figure_a_single_space_before_the_next_columns_numbered_item_is_a_cell_of_its_own()
    {
        var table = DocumentReader.ReadText(TwoSidedTable, "t.txt").Report.Tables.Single(t => t.Title?.Value == "收支总表");
        decimal? Income(string label) => table.Rows.Single(r => r.Label!.Value.StartsWith(label, System.StringComparison.Ordinal))
            .Cells.SingleOrDefault(c => c.Column!.Value == "预算数")?.Amount?.Value;
        Assert.Equal(196278.67m, Income("一、一般公共预算拨款收入"));
        Assert.Equal(143999.00m, Income("二、政府性基金预算拨款收入"));
        Assert.Equal(32640.00m, Income("三、国有资本经营预算拨款收入"));
        Assert.Equal(611843.20m, Income("九、其他收入"));
        Assert.Null(Income("五、事业收入"));
        // Read as one cell, the first rows' figures and items had become the header's words.
        Assert.DoesNotContain(table.Columns, c => c.Value.Contains('、') || c.Value.Contains(','));
    }

    [Theory]
    // The cells of a row as the table finder cuts them: a figure is parted from a numbered item after it by one space, and
    // from nothing else (a unit, a year, a word).
    [InlineData("一、本年收入            372,917.67 一、本年支出           372,917.67", "一、本年收入|372,917.67|一、本年支出|372,917.67")]
    [InlineData("三、其他收入                 2.50 二十一、粮油物资储备支出      1.00", "三、其他收入|2.50|二十一、粮油物资储备支出|1.00")]
    [InlineData("（一）一般公共预算拨款       196,278.67 （一）一般公共服务支出", "（一）一般公共预算拨款|196,278.67|（一）一般公共服务支出")]
    [InlineData("（二）其他       196,278.67 (十二)城乡社区支出     1.00", "（二）其他|196,278.67|（十二）城乡社区支出|1.00")]
    [InlineData("（二）其他       196,278.67 （十二城乡社区支出     1.00", "（二）其他|196,278.67 （十二城乡社区支出|1.00")]
    [InlineData("支出合计           5,000.00 万元         12.00", "支出合计|5,000.00 万元|12.00")]
    [InlineData("项目           2026 一、教育支出         12.00", "项目|2026 一、教育支出|12.00")]
    [InlineData("项目           5,000.00 十一、          12.00", "项目|5,000.00|十一、|12.00")]
    [InlineData("项目           5,000.00 一二三四、          12.00", "项目|5,000.00 一二三四、|12.00")]
    public void A_figure_is_a_cell_of_its_own_only_before_a_numbered_item(string row, string cells)
    {
        var text = "某某局2026年部门预算\n\n                              收支总表\n单位：万元\n" + row + "\n";
        var structure = ComplianceGen.Reader.Structure.DocumentStructure.Build(ComplianceGen.Reader.Documents.SourceDocument.FromText("t.txt", "txt", "utf-8", text));
        var table = structure.Tables.Single(t => t.Title == "收支总表");
        Assert.Equal(cells, string.Join("|", table.Rows.Last().Cells.Select(c => c.Trimmed)));
    }

    [Fact]
    public void A_line_naming_the_department_above_the_header_is_not_part_of_it()
    {
        var report = DocumentReader.ReadText("""
            苏州市某某局2026年部门预算

                                          一般公共预算支出表
            部门：苏州市某某局                                               单位：万元
                    项目                   合计        基本支出      项目支出
            201一般公共服务支出             100.00       60.00        40.00
            """, "t.txt").Report;
        var table = report.Tables.Single(t => t.Title?.Value == "一般公共预算支出表");
        Assert.Equal(["项目", "合计", "基本支出", "项目支出"], table.Columns.Select(c => c.Value));
    }
}
