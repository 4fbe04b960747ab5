using System.Linq;
using Xunit;

namespace ComplianceGen.Reader.Tests;

/// <summary>
/// Marks a converter adds to the text it makes from a PDF are not the document's words: notes at the top of the
/// file and page markers. A template's filler rows are not a doubled full stop.
/// </summary>
public sealed class TextConventionTests
{
    private const string Body = """
        上海市普陀区XX局2024年度部门决算
        一、部门职责
        主要职能略。
        """;

    [Fact]
    public void A_converters_notes_at_the_top_are_not_read_as_the_documents_text()
    {
        var result = DocumentReader.ReadText("# SOURCE: github:owner/repo path=samples/上海市普陀区财政局.pdf (PDF converted with pdftotext -layout)\n# ENCODING: UTF-8 plain text\n\n" + Body, "t.txt");
        Assert.DoesNotContain(result.Report.Statements, s => s.Text!.Value.Contains("SOURCE", System.StringComparison.Ordinal));
        Assert.Contains(result.Report.Statements, s => s.Text!.Value.Contains("主要职能", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_heading_that_starts_with_a_hash_is_still_the_documents_text()
    {
        var result = DocumentReader.ReadText("# 上海市普陀区财政局2024年度部门决算说明\n一、部门职责\n主要职能略。\n", "t.md.txt");
        Assert.Equal("# 上海市普陀区财政局2024年度部门决算说明", result.Lines[0]);
        Assert.NotEqual("", result.Lines[0].Trim());
    }

    [Fact]
    public void Page_markers_give_each_line_its_page_and_are_not_text()
    {
        var result = DocumentReader.ReadText("=== page 1 ===\n上海市普陀区文化和旅游局2026年部门预算\n=== page 2 ===\n一、部门职责\n主要职能略。\n", "t.txt");
        int line = result.Lines.ToList().FindIndex(l => l.Contains("主要职能", System.StringComparison.Ordinal));
        Assert.Equal(2, result.LinePages[line]);
        Assert.DoesNotContain(result.Report.Statements, s => s.Text!.Value.Contains("page", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_templates_filler_rows_are_not_a_doubled_full_stop_but_a_sentence_ending_twice_is()
    {
        var filler = DocumentReader.ReadText(Body + "\n 4    。\n      。。\n 5    。\n      。。\n", "t.txt").Report;
        Assert.DoesNotContain(filler.Statements, s => s.DoubledStop is not null);
        var doubled = DocumentReader.ReadText(Body + "\n主要原因是退休人员工资由社保部门统一发放，减少了该项支出。 。\n", "t.txt").Report;
        Assert.Contains(doubled.Statements, s => s.DoubledStop is not null);
    }

    [Theory]
    // A justified line of pdftotext -layout (北京市城管执法局's budget): set letter by letter, figures and units included.
    [InlineData("  2026 年 支 出 预 算 33112.47 万 元 ， 比 2025 年 年 初 预 算 数", "  2026年支出预算33112.47万元，比2025年年初预算数")]
    // Prose with a few spaces, and a table row whose cells stand two spaces or more apart, are left as they are.
    [InlineData("2026 年度收入预算 33112.47 万元，比 2025 年年初预算数", "2026 年度收入预算 33112.47 万元，比 2025 年年初预算数")]
    [InlineData("  201  一 般 公 共 服 务  2,906.63  2,567.13", "  201  一般公共服务  2,906.63  2,567.13")]
    // The first line of a page: the form feed before the indentation does not make the line a table row.
    [InlineData("\f  2026 年 本 单 位 机 关 运 行 经 费 财 政 拨 款 预 算 742.77 万 元 ，", "   2026年本单位机关运行经费财政拨款预算742.77万元，")]
    public void A_line_set_letter_by_letter_reads_as_its_words(string line, string expected) =>
        Assert.Equal(expected, ComplianceGen.Reader.Normalization.LineNormalizer.Normalize(1, line).Text);

    [Fact]
    public void A_justified_sentence_gives_its_amount()
    {
        var report = DocumentReader.ReadText("三、支出预算情况说明\n  2026 年 支 出 预 算 33112.47 万 元 ， 比 2025 年 年 初 预 算 数\n35201.58 万元减少 2089.11 万元，下降 5.93%。\n", "t.txt").Report;
        Assert.Equal(33112.47m, report.Expenditure.Total!.Value);
    }

    [Theory]
    // pdftotext sets the figures of a year apart ("2026 年"): the unit named in prose is found all the same.
    [InlineData("一、部门情况说明\n   2026 年北京市人民政府办公厅机关运行经费财政拨款预算 120.00 万元。\n")]
    [InlineData("一、部门情况说明\n纳入北京市人民政府办公厅 2026 年度部门预算编制范围的单位共 2 个。\n")]
    public void A_unit_named_in_prose_beside_a_spaced_year_is_the_documents_unit(string text) =>
        Assert.Equal("北京市人民政府办公厅", DocumentReader.ReadText(text, "t.txt").Report.UnitName?.Value);

    [Theory]
    // The 部门 or 单位 of 部门预算 / 单位预算 printed after the name: Beijing before the year, Wuxi, Suzhou and Fuzhou after it.
    [InlineData("北京市信访办公室部门 2026 年度部门预算\n       信息公开\n", "北京市信访办公室", "北京市信访办公室")]
    [InlineData("    2026 年度\n无锡市交通运输局（本级）\n   单位预算公开\n", "无锡市交通运输局（本级）", "无锡市交通运输局（本级）")]
    [InlineData("2026年苏州市水务局单位预算\n", "苏州市水务局", "苏州市水务局")]
    [InlineData("上海市普陀区文化和旅游局2024年度部门决算\n", "上海市普陀区文化和旅游局", "上海市普陀区文化和旅游局")]
    [InlineData("北京市水务局及所属单位2026年部门预算\n", "北京市水务局及所属单位", "北京市水务局及所属单位")]
    [InlineData("北京市司法局北京市司法局2026年部门预算\n", "北京市司法局", "北京市司法局")]
    public void A_title_names_the_unit_without_the_kind_word_after_it(string title, string unit, string evidence)
    {
        var name = DocumentReader.ReadText(title + "一、部门情况说明\n本部门2026年收入预算120.00万元。\n", "t.txt").Report.UnitName;
        Assert.Equal(unit, name?.Value);
        Assert.Equal(evidence, name!.Evidence!.Text.Replace(" ", "").TrimEnd());
    }

    [Fact]
    public void A_file_of_tables_only_is_the_unit_its_table_heads_declare()
    {
        // The second half of 江苏省委办公厅's 2019 budget, published alone: tables, each headed "部门：… 单位：万元".
        const string Head = "部门：中共江苏省委办公厅                                     单位：万元";
        // Past the cover's first twenty lines, where a declared unit alone already names the document.
        string cover = new string('\n', 22);
        string tables = cover + "收支预算总表\n" + Head + "\n项目名称            金额\n一、财政拨款        27,664.22\n\n"
            + "一般公共预算支出表\n" + Head + "\n科目名称            合计\n一般公共服务支出    22,395.50\n";
        Assert.Equal("中共江苏省委办公厅", DocumentReader.ReadText(tables, "t.txt").Report.UnitName?.Value);
        // One head alone, or two heads naming two units, decide nothing.
        string one = cover + "收支预算总表\n" + Head + "\n项目名称            金额\n一、财政拨款        27,664.22\n";
        Assert.Null(DocumentReader.ReadText(one, "t.txt").Report.UnitName);
        string two = tables.Replace("一般公共预算支出表\n" + Head, "一般公共预算支出表\n部门：江苏省委机要局                                     单位：万元");
        Assert.Null(DocumentReader.ReadText(two, "t.txt").Report.UnitName);
    }

    [Fact]
    public void A_change_against_a_spaced_year_is_read_as_the_pdf_reads_it()
    {
        // 福州市信访局's budget as pdftotext -layout prints it: "比 2025 年预算" where the PDF reads "比2025年预算".
        var report = DocumentReader.ReadText("（三）委托业务费情况\n   国家信访局 2026 年委托业务费财政拨款预算 1,391.68 万元，比 2025 年预算增加 333.83 万元，增长 31.35%。\n", "t.txt").Report;
        var change = Assert.Single(report.Changes);
        Assert.Equal(333.83m, change.Delta!.Value);
        Assert.Equal(31.35m, change.Percent!.Percent);
        Assert.Equal(1391.68m, change.Current!.Value);
    }

    [Fact]
    public void In_double_spaced_text_a_list_item_closed_with_a_semicolon_goes_on_to_the_next()
    {
        // 深圳市气象局's budget as pdftotext -layout prints it: a blank line after every line, list items closed with "；".
        // The list is one paragraph, as in the PDF, so a change stated further on reads against all its figures.
        var report = DocumentReader.ReadText("""
            2.精细服务1,365.35万元，主要包括：（1）气象灾害防御管理49.99万元，用于气象安全管理监察平台硬件设备的维保服务；

            （2）深汕合作区气象服务100.00万元，用于开展深汕合作区气象服务保障辅助工作。
            """, "t.txt").Report;
        Assert.Contains(report.Statements, s => s.Text!.Value.Contains("精细服务", System.StringComparison.Ordinal) && s.Text.Value.Contains("深汕合作区", System.StringComparison.Ordinal));
    }

    [Fact]
    public void In_double_spaced_text_a_justified_line_is_full_width_however_few_characters_it_keeps()
    {
        // pdftotext -layout of a justified line: closed up, "较2025年年初预算增加0.27" keeps 19 characters but spans the line,
        // so the sentence goes on after the blank line as it does in the PDF.
        var report = DocumentReader.ReadText("""
            一、机关运行经费

               2026 年本单位机关运行经费财政拨款预算 677.82 万元，

            较 2025 年 年 初 预 算 增 加 0.27

            万 元 ， 增 长 0.0% 。 主 要 是 公 用 经 费 增 加 。
            """, "t.txt").Report;
        var change = Assert.Single(report.Changes);
        Assert.Equal(0.27m, change.Delta!.Value);
        Assert.Equal(0.0m, change.Percent!.Percent);
    }

    [Theory]
    // A numbered item whose unit wrapped onto the next line is a numbered paragraph, not a heading that ends the sentence
    // (江苏省高级法院's and 江苏省人大's budgets printed at another width).
    [InlineData("  2．法院（款）一般行政事务管理（项）支出 6432.89\n万元，与上年相比增加 450 万元，增长 7.52%。\n", "6432.89")]
    [InlineData("   (2)公务用车运行维护费预算支出 183.6 万\n元，与上年预算数持平。\n", "183.6")]
    public void A_numbered_item_wrapped_before_its_unit_keeps_its_amount(string text, string amount)
    {
        var report = DocumentReader.ReadText("三、支出预算情况说明\n" + text, "t.txt").Report;
        // One sentence holds the figure and its unit, and no section is titled with the figure.
        Assert.Contains(report.Statements, s => s.Text!.Value.Contains(amount, System.StringComparison.Ordinal) && s.Text.Value.Contains("万元", System.StringComparison.Ordinal));
        Assert.DoesNotContain(report.Sections, s => s.Title!.Value.Contains(amount, System.StringComparison.Ordinal));
    }

    [Fact]
    public void In_double_spaced_text_a_line_set_far_right_reaches_the_margin()
    {
        // pdftotext sets the end of a printed line apart when the PDF draws it as a run of its own (福州市生态环境局,
        // 江苏省人大): "比上年减少 41.36" starts far right, and the sentence goes on after the blank line.
        var report = DocumentReader.ReadText("""
            二、机关运行经费

              2026 年，本单位一般公共预算拨款安排的机关运行经费支出 37.73 万元，

                                  比上年减少 41.36

            万元，下降 52.29%。主要原因是往年将事业人员部分经费计入总额。
            """, "t.txt").Report;
        var change = Assert.Single(report.Changes);
        Assert.Equal(-41.36m, change.Delta!.Value);
        Assert.Equal(-52.29m, change.Percent!.Percent);
    }

    [Fact]
    public void A_run_in_heading_whose_figure_lost_its_unit_to_the_next_line_is_still_a_heading()
    {
        // "（一）因公出国（境）费用。" heads the section; its first sentence runs on to "元" on the next line.
        var report = DocumentReader.ReadText("""
            五、“三公”经费预算情况说明
            （一）因公出国（境）费用。2026年预算数166.98万
            元，比上年增加 10.00 万元。
            """, "t.txt").Report;
        Assert.Contains(report.Sections, s => s.Title!.Value == "因公出国（境）费用");
        Assert.Contains(report.Statements, s => s.Text!.Value.Contains("166.98万元", System.StringComparison.Ordinal));
    }

    [Fact]
    public void In_double_spaced_text_a_centred_caption_does_not_run_into_the_next_paragraph()
    {
        var report = DocumentReader.ReadText("""
            三、支出预算情况

                            图 2：基本支出和项目支出情况

            （三）年终结转结余资金 0 万元。
            """, "t.txt").Report;
        Assert.DoesNotContain(report.Statements, s => s.Text!.Value.Contains("情况（三）", System.StringComparison.Ordinal));
    }
}
