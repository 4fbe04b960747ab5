using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ComplianceGen.Reader.Layout;
using Xunit;

namespace ComplianceGen.Reader.Tests;

/// <summary>
/// The PDF document layer on word boxes as <c>pdftotext -bbox-layout</c> writes them: rows, segments, letter
/// spacing, page furniture and rendering. Inputs are small XHTML pages written here, one scenario each.
/// </summary>
public sealed class PageLayoutTests
{
    private sealed record W(double X0, double Y0, double X1, double Y1, string Text);

    private static string Page(double height, params W[] words)
    {
        var b = new StringBuilder($"<page width=\"600\" height=\"{height}\"><flow><block><line>");
        foreach (var w in words)
            b.Append($"<word xMin=\"{w.X0}\" yMin=\"{w.Y0}\" xMax=\"{w.X1}\" yMax=\"{w.Y1}\">{System.Security.SecurityElement.Escape(w.Text)}</word>");
        return b.Append("</line></block></flow></page>").ToString();
    }

    private static List<PdfPage> Parse(params string[] pages)
    {
        string xhtml = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">" +
                       "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title></title></head><body><doc>" + string.Concat(pages) + "</doc></body></html>";
        return BboxLayoutParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(xhtml)));
    }

    private static List<string> Render(List<PdfPage> pages)
    {
        var rows = pages.Select(p => RowBuilder.Build(p.Words)).ToList();
        var (furniture, _) = PageFurniture.Find(pages, rows);
        return LayoutRenderer.Render(pages, rows, furniture).Select(l => l.Text).ToList();
    }

    [Fact]
    public void Words_on_one_baseline_are_one_row_and_a_figure_keeps_its_unit()
    {
        var pages = Parse(Page(800, new W(72, 100, 120, 110, "2026"), new W(122, 100, 132, 110, "年"), new W(134, 100, 200, 110, "收入预算"),
            new W(202, 100, 240, 110, "62.70"), new W(243, 100, 263, 110, "万元")));
        Assert.Equal("2026年收入预算62.70万元", Assert.Single(Render(pages)));
    }

    [Fact]
    public void Letter_spaced_characters_are_one_word()
    {
        var words = new List<W>();
        string text = "北京市审计局机关运行经费";
        for (int i = 0; i < text.Length; i++) words.Add(new W(72 + i * 18.3, 100, 72 + i * 18.3 + 16, 116, text[i].ToString()));
        Assert.Equal(text, Assert.Single(Render(Parse(Page(800, words.ToArray())))).Trim());
    }

    [Fact]
    public void A_two_character_label_spread_over_its_cell_is_one_word_but_cells_stay_apart()
    {
        var pages = Parse(Page(800,
            new W(72, 100, 80, 108, "项"), new W(130, 100, 138, 108, "目"), new W(300, 100, 360, 108, "2026年预算数")));
        var line = Assert.Single(Render(pages));
        Assert.Contains("项目", line);
        Assert.Matches(@"项目\s{2,}2026年预算数", line);
    }

    [Fact]
    public void A_figure_against_the_next_cells_words_is_two_cells()
    {
        var pages = Parse(Page(800, new W(72, 100, 130, 108, "18,330.37"), new W(132, 100, 200, 108, "一、一般公共服务支出")));
        Assert.Matches(@"18,330\.37\s{2,}一、一般公共服务支出", Assert.Single(Render(pages)));
    }

    [Fact]
    public void Page_numbers_leave_the_text_and_a_sentence_reads_on_across_the_page_break()
    {
        var one = Page(800, new W(72, 700, 300, 712, "2026年度收入预算29956.27万元，比2025年年初预算"), new W(280, 770, 320, 780, "- 5 -"));
        var two = Page(800, new W(72, 60, 300, 72, "数28479.84万元增加1476.43万元。"), new W(290, 770, 300, 780, "6"));
        var lines = Render(Parse(one, two));
        Assert.Equal(new[] { "2026年度收入预算29956.27万元，比2025年年初预算", "数28479.84万元增加1476.43万元。" }, lines.Select(l => l.Trim()));
        var report = DocumentReader.ReadText(string.Join("\n", lines)).Report;
        var change = Assert.Single(report.Changes);
        Assert.Equal(1476.43m, change.Delta!.Value);
        Assert.Equal(28479.84m, change.Base!.Value);
    }

    [Fact]
    public void A_running_header_repeated_on_every_page_is_furniture_but_a_table_title_is_not()
    {
        var pages = new List<string>();
        for (int p = 0; p < 4; p++)
            pages.Add(Page(800, new W(200, 20, 400, 30, "无锡市统计局2026年部门预算"), new W(200, 60, 400, 70, "收支总表"), new W(72, 100, 300, 110, $"第{p}页的正文内容，说明收支情况。")));
        var parsed = Parse(pages.ToArray());
        var rows = parsed.Select(p => RowBuilder.Build(p.Words)).ToList();
        var (furniture, headers) = PageFurniture.Find(parsed, rows);
        Assert.Equal(new[] { "无锡市统计局2026年部门预算" }, headers);
        var lines = LayoutRenderer.Render(parsed, rows, furniture).Select(l => l.Text.Trim()).Where(l => l.Length > 0).ToList();
        Assert.DoesNotContain("无锡市统计局2026年部门预算", lines);
        Assert.Equal(4, lines.Count(l => l == "收支总表"));
    }

    [Fact]
    public void In_paged_text_a_running_header_leaves_the_flow_and_a_sentence_reads_on_across_it_but_a_repeated_table_header_stays()
    {
        // pdftotext -layout text of 无锡市人社局's budget: every page opens with the unit's running header, and a rate runs
        // on to the next page under it ("减少 304.01" … "万元，减少 36.43%"). A table's header row repeated on each page
        // it runs over stays: its cells stand apart.
        var text = new System.Text.StringBuilder();
        for (int p = 1; p <= 4; p++)
        {
            if (p > 1) text.Append('\f');
            text.Append("无锡市人力资源和社会保障局 2026 年度部门预算公开\n\n");
            text.Append("  科目编码        科目名称          合计\n");
            if (p == 2) text.Append("       9.其他人力资源和社会保障管理事务支出（项）支出 530.48 万元，与上年相比减少 304.01\n");
            else if (p == 3) text.Append("  万元，减少 36.43%。主要原因是社保业务专项经费支出减少。\n");
            else text.Append("  正文。\n");
            text.Append($"                              - {p} -\n");
        }
        var document = ComplianceGen.Reader.Documents.SourceDocument.FromText("t.txt", "txt", "utf-8", text.ToString());
        Assert.Equal(new[] { "无锡市人力资源和社会保障局 2026 年度部门预算公开" }, document.RunningHeaders);
        Assert.Equal(4, document.Lines.Count(l => l.Text.Contains("科目编码", System.StringComparison.Ordinal)));
        // On the first page it is the title: it stays there, where the unit and year are read from.
        var kept = Assert.Single(document.Lines, l => l.Text.Contains("部门预算公开", System.StringComparison.Ordinal));
        Assert.Equal(1, kept.Page);
        var read = DocumentReader.ReadText(text.ToString());
        Assert.DoesNotContain(read.Report.Statements, s => s.Text!.Value.Contains("部门预算公开", System.StringComparison.Ordinal) && s.Text.Value.Contains("万元", System.StringComparison.Ordinal));
        Assert.Equal("无锡市人力资源和社会保障局", read.Report.UnitName?.Value);
        Assert.Contains(read.Report.Statements, s => s.Text!.Value.Contains("减少 304.01", System.StringComparison.Ordinal) && s.Text.Value.Contains("36.43%", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_running_header_of_two_lines_leaves_the_flow_and_the_title_page_keeps_the_title()
    {
        // The cover names the unit on a line of its own over "2026 年度部门预算信息公开"; later pages repeat the unit's name
        // over a second header line. Both header lines leave the flow, one at a time; the cover keeps its title.
        var text = new System.Text.StringBuilder("     中国共产党北京市委员会宣传部\n      2026 年度部门预算信息公开\n");
        for (int p = 2; p <= 5; p++)
        {
            text.Append("\f     中国共产党北京市委员会宣传部\n     部门预算信息公开\n\n");
            if (p == 3) text.Append("  2026 年支出预算 1,234.56 万元，比 2025 年增加 12.00\n");
            else if (p == 4) text.Append("  万元，增长 1.0%。\n");
            else text.Append("  正文。\n");
        }
        var read = DocumentReader.ReadText(text.ToString());
        Assert.Equal("中国共产党北京市委员会宣传部", read.Report.UnitName?.Value);
        Assert.Contains(read.Report.Statements, s => s.Text!.Value.Contains("12.00", System.StringComparison.Ordinal) && s.Text.Value.Contains("1.0%", System.StringComparison.Ordinal));
        Assert.DoesNotContain(read.Report.Statements, s => s.Text!.Value.Contains("宣传部", System.StringComparison.Ordinal) && s.Text.Value.Contains("万元", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_tables_title_under_a_running_header_is_not_furniture()
    {
        // Every page after the cover is one project's 绩效目标表 under the running header: the header leaves, the titles stay.
        var text = new System.Text.StringBuilder("北京市水务局2026年部门预算\n");
        for (int p = 2; p <= 5; p++)
            text.Append("\f北京市水务局 2026 年部门预算公开\n项目支出绩效目标表\n  项目名称    目标值\n  项目").Append(p).Append("      100\n");
        var document = ComplianceGen.Reader.Documents.SourceDocument.FromText("t.txt", "txt", "utf-8", text.ToString());
        Assert.Equal(4, document.Lines.Count(l => l.Text == "项目支出绩效目标表"));
        Assert.DoesNotContain(document.Lines, l => l.Text.Contains("部门预算公开", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_running_header_that_names_no_unit_leaves_the_unit_to_the_next()
    {
        // Each page opens with "2026 年度部门预算" and closes with the unit's own line; the title names no unit.
        var text = new System.Text.StringBuilder("2026 年度部门预算\n一、部门职责\n  主要职能略。\n");
        for (int p = 2; p <= 5; p++)
            text.Append("\f2026 年度部门预算\n  正文").Append(p).Append("。\n北京市水务局2026年部门预算\n");
        Assert.Equal("北京市水务局", DocumentReader.ReadText(text.ToString()).Report.UnitName?.Value);
    }

    [Fact]
    public void A_running_footer_leaves_the_flow_on_the_first_page_too()
    {
        // Page 1 is body text closed by the footer every page prints; its last sentence runs on to page 2.
        var text = new System.Text.StringBuilder();
        for (int p = 1; p <= 4; p++)
        {
            if (p > 1) text.Append('\f');
            if (p == 1) text.Append("一、收入预算情况\n  2026 年收入预算 1,234.56 万元，比 2025 年增加 12.00\n");
            else if (p == 2) text.Append("  万元，增长 1.0%。\n");
            else text.Append("  正文。\n");
            text.Append("\n                北京市水务局2026年部门预算\n");
        }
        var read = DocumentReader.ReadText(text.ToString());
        Assert.Contains(read.Report.Statements, s => s.Text!.Value.Contains("12.00", System.StringComparison.Ordinal) && s.Text.Value.Contains("1.0%", System.StringComparison.Ordinal));
        Assert.DoesNotContain(read.Report.Statements, s => s.Text!.Value.Contains("部门预算", System.StringComparison.Ordinal));
    }

    [Theory]
    // A title that names the document but not the unit gives no unit ("部门" is not one); the prose names it.
    [InlineData("2026 年度部门预算\n一、部门职责\n   2026 年北京市水务局收入预算 100.00 万元。\n")]
    [InlineData("2026 年度单位预算\n一、部门职责\n   2026 年北京市水务局收入预算 100.00 万元。\n")]
    public void A_title_without_the_units_name_leaves_the_unit_to_the_prose(string text) =>
        Assert.Equal("北京市水务局", DocumentReader.ReadText(text, "t.txt").Report.UnitName?.Value);

    [Fact]
    public void In_paged_text_a_title_over_a_few_pages_and_rows_that_differ_in_figures_are_not_furniture()
    {
        // Twelve pages: a running header on each; a table's title heads pages 9 to 11; pages 2 to 4 close with different
        // rows ("一般项目8 18.00", "一般项目9 19.00"…): only the running header is furniture.
        var text = new System.Text.StringBuilder();
        for (int p = 1; p <= 12; p++)
        {
            if (p > 1) text.Append('\f');
            text.Append("无锡市统计局 2026 年度部门预算公开\n");
            if (p is >= 9 and <= 11) text.Append("2026年项目支出预算表\n");
            text.Append("正文第").Append(p).Append("页。\n");
            if (p is >= 2 and <= 4) text.Append("一般项目").Append(p + 6).Append(' ').Append(p + 16).Append(".00\n");
        }
        var document = ComplianceGen.Reader.Documents.SourceDocument.FromText("t.txt", "txt", "utf-8", text.ToString());
        Assert.Equal(new[] { "无锡市统计局 2026 年度部门预算公开" }, document.RunningHeaders);
        Assert.Equal(3, document.Lines.Count(l => l.Text == "2026年项目支出预算表"));
        Assert.Equal(3, document.Lines.Count(l => l.Text.StartsWith("一般项目", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void A_lone_figure_ending_a_table_is_not_taken_for_a_page_number()
    {
        var pages = Parse(Page(800,
            new W(72, 680, 200, 690, "国家统一法律职业资格"), new W(400, 690, 430, 700, "500.00"), new W(72, 700, 100, 710, "考试"),
            new W(450, 702, 460, 712, "12")));
        Assert.Contains(Render(pages), l => l.Contains("12"));
    }

    [Fact]
    public void Control_characters_and_bad_bytes_in_poppler_output_do_not_make_the_pdf_unreadable()
    {
        // A title copied byte for byte from metadata in a legacy encoding, and a control character from a broken font.
        var bytes = Encoding.UTF8.GetBytes("<html><head><title>\u0017bad")
            .Concat(new byte[] { 0xFF, 0xFE, 0xB0 })
            .Concat(Encoding.UTF8.GetBytes("</title></head><body><doc><page width=\"600\" height=\"800\"><word xMin=\"1\" yMin=\"1\" xMax=\"20\" yMax=\"10\">正\u0001文</word></page></doc></body></html>"))
            .ToArray();
        var pages = BboxLayoutParser.Parse(new MemoryStream(bytes));
        Assert.Equal("正 文", Assert.Single(Assert.Single(pages).Words).Text);
    }
}
