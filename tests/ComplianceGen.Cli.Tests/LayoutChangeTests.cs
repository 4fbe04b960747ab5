using System.IO;
using System.Linq;
using ComplianceGen.Cli.Survey;
using ComplianceGen.Cli.Tests.Infrastructure;
using Xunit;

namespace ComplianceGen.Cli.Tests;

/// <summary>
/// The layout changes of <c>survey --stability</c> keep what a real layout keeps: the words and figures in their order,
/// a page break between printed lines, a figure never cut, a rewrapped paragraph's spacing. Otherwise the survey would
/// blame the reader for a layout no PDF prints.
/// </summary>
public sealed class LayoutChangeTests
{
    // pdftotext -layout of a double-spaced page: a paragraph wrapped over three printed lines, a blank line after each.
    private const string DoubleSpaced = """
        一、收入预算情况

           2026 年部门收入预算 12345.67 万元，比上年增加 1234.50 万元，增长 11.1%，

        主要是人员经费增加，项目支出增加，公用经费保持不变，

        其中一般公共预算拨款收入 10000.00 万元。

        二、支出预算情况
        """;

    // Three paragraphs: the page break and the justified line go to every third.
    private static readonly string Three = DoubleSpaced + "\n" + DoubleSpaced + "\n" + DoubleSpaced;

    private static string Words(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c) && c != ',').ToArray());

    [Theory]
    [InlineData("page-break")]
    [InlineData("letter-spacing")]
    [InlineData("justified")]
    [InlineData("thousands")]
    [InlineData("rewrap")]
    public void A_change_keeps_the_words_and_figures_in_their_order(string change)
    {
        string changed = LayoutChanges.Apply(change, Three);
        Assert.NotEqual(Three, changed);
        // Only spaces, line breaks, thousands separators and a page's number and form feed are added.
        Assert.Equal(Words(Three), Words(changed).Replace("-2-", "").Replace("\f", ""));
    }

    [Fact]
    public void A_page_break_falls_between_two_printed_lines_of_a_paragraph()
    {
        string changed = LayoutChanges.Apply("page-break", Three);
        var lines = changed.Split('\n');
        int footer = System.Array.FindIndex(lines, l => l.Trim() == "- 2 -");
        Assert.True(footer > 0, changed);
        // The next page opens with a form feed on the paragraph's next printed line; the last line of the page is whole.
        Assert.StartsWith("\f主要是人员经费增加", lines[footer + 1]);
        Assert.EndsWith("增长 11.1%，", lines.Take(footer).Last(l => l.Trim().Length > 0));
    }

    [Fact]
    public void A_rewrapped_paragraph_keeps_its_double_spacing_and_never_cuts_a_figure()
    {
        var lines = LayoutChanges.Apply("rewrap", DoubleSpaced).Split('\n');
        var printed = lines.SkipWhile(l => !l.Contains("2026")).TakeWhile(l => !l.StartsWith("二、")).ToList();
        // Every printed line of the paragraph is followed by one blank line, as in the original layout.
        for (int i = 1; i < printed.Count; i += 2) Assert.Equal("", printed[i].Trim());
        var text = printed.Where(l => l.Trim().Length > 0).ToList();
        Assert.True(text.Count > 3);
        Assert.All(text.SkipLast(1), l => Assert.True(l.Trim().Length >= 24, l));
        for (int i = 0; i + 1 < text.Count; i++)
            Assert.False(char.IsAsciiDigit(text[i].TrimEnd()[^1]) && char.IsAsciiDigit(text[i + 1].TrimStart()[0]), text[i] + " / " + text[i + 1]);
        Assert.Contains(text, l => l.Contains("12345.67", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_figure_grouped_in_thousands_keeps_its_right_edge()
    {
        const string Row = "  201    一般公共服务支出        12345.67       2345.00";
        string changed = LayoutChanges.Apply("table-thousands", Row);
        Assert.Equal("  201    一般公共服务支出       12,345.67      2,345.00", changed);
        Assert.Equal(Row.Length, changed.Length);
    }

    [Fact]
    public void A_table_continues_on_the_next_page_after_its_middle_row()
    {
        string rows = string.Join("\n", Enumerable.Range(1, 6).Select(i => $"      20{i}0101   行政运行{i}            1{i}0.00        1{i}0.00"));
        var lines = LayoutChanges.Apply("table-page-break", "一般公共预算支出表\n" + rows + "\n").Split('\n');
        int footer = System.Array.FindIndex(lines, l => l.Trim() == "- 101 -");
        Assert.Equal(5, footer);
        Assert.StartsWith("\f      2040101", lines[footer + 1]);
        Assert.Equal(Words(rows), Words(string.Join("\n", lines.Skip(1))).Replace("-101-", ""));
    }

    [Fact]
    public void A_table_continued_on_the_next_page_may_print_its_column_header_again()
    {
        string rows = string.Join("\n", Enumerable.Range(1, 6).Select(i => $"      20{i}0101   行政运行{i}            1{i}0.00        1{i}0.00"));
        const string Head = "      科目编码   科目名称           合计          基本支出";
        var lines = LayoutChanges.Apply("table-header-repeat", "一般公共预算支出表\n单位：万元\n" + Head + "\n" + rows + "\n").Split('\n');
        int footer = System.Array.FindIndex(lines, l => l.Trim() == "- 101 -");
        Assert.Equal("\f" + Head, lines[footer + 1]);
        Assert.StartsWith("      2040101", lines[footer + 2]);
    }

    [Fact]
    public void A_long_table_name_wraps_in_a_narrow_column_under_itself()
    {
        const string Row = "      2080505   机关事业单位基本养老保险缴费支出        175.90      175.90";
        var lines = LayoutChanges.Apply("wrapped-names", Row).Split('\n');
        Assert.Equal(new[]
        {
            "      2080505   机关事业单位基" + new string(' ', 9) + "        175.90      175.90",
            "                本养老保险缴费",
            "                支出",
        }, lines);
    }

    [Fact]
    public void Double_spacing_sets_prose_apart_and_leaves_a_tables_rows_as_they_are()
    {
        const string Text = "  2026 年收入预算 100.00 万元，\n比上年增加 1.00 万元。\n  205     教育支出        53.60       0.00\n          培训\n  208     社会保障        10.00      10.00\n";
        string changed = LayoutChanges.Apply("double-spacing", Text);
        Assert.Equal("  2026 年收入预算 100.00 万元，\n\n比上年增加 1.00 万元。\n  205     教育支出        53.60       0.00\n          培训\n  208     社会保障        10.00      10.00\n", changed);
    }

    [Fact]
    public void A_running_header_heads_every_page_after_the_first()
    {
        var lines = LayoutChanges.Apply("running-header", "   北京市水务局\n正文一。\n\f正文二。\n\f正文三。\n").Split('\n');
        Assert.Equal(new[] { "   北京市水务局", "正文一。", "\f                    北京市水务局", "", "正文二。", "\f                    北京市水务局", "", "正文三。", "" }, lines);
    }

    [Fact]
    public void Page_numbers_between_dashes_are_printed_in_words()
    {
        Assert.Equal("正文。\n                 第 12 页\n", LayoutChanges.Apply("page-number-style", "正文。\n                 - 12 -\n"));
    }

    [Fact]
    public void In_a_document_that_centres_wrapped_names_a_long_name_is_centred_on_its_code_line()
    {
        // 2080506 prints no name: this document centres its wrapped names, so the change does too.
        const string Text = "      2080506                     66.59\n      2080505   机关事业单位基本养老保险缴费支出        175.90      175.90";
        var lines = LayoutChanges.Apply("wrapped-names", Text).Split('\n');
        Assert.Equal(new[]
        {
            "      2080506                     66.59",
            "                机关事业单位基",
            "      2080505   本养老保险缴费" + new string(' ', 9) + "        175.90      175.90",
            "                支出",
        }, lines);
    }

    [Fact]
    public void Prose_typed_with_ascii_punctuation_keeps_a_figures_thousands_separator()
    {
        Assert.Equal("  2026 年收入预算 1，234.56 万元,比上年增加 1.00 万元;其中:一般公共预算(本级)拨款。",
            LayoutChanges.Apply("ascii-punctuation", "  2026 年收入预算 1，234.56 万元，比上年增加 1.00 万元；其中：一般公共预算（本级）拨款。"));
    }

    [Fact]
    public void Codes_split_into_class_section_and_item_columns_keep_the_cells_after_them_in_place()
    {
        const string Rows = "  2010601          行政运行        1,511.89     1,503.52\n  20106            财务事务        2,106.66     1,503.52";
        var lines = LayoutChanges.Apply("split-codes", Rows).Split('\n');
        Assert.Equal("  201   06   01    行政运行        1,511.89     1,503.52", lines[0]);
        Assert.Equal("  201   06         财务事务        2,106.66     1,503.52", lines[1]);
    }

    [Fact]
    public void A_wrapped_name_on_a_pages_first_row_keeps_the_form_feed_in_front_of_the_page()
    {
        const string Text = "      2080506                     66.59\n\f      2080505   机关事业单位基本养老保险缴费支出        175.90      175.90";
        var lines = LayoutChanges.Apply("wrapped-names", Text).Split('\n');
        Assert.Equal("\f                机关事业单位基", lines[1]);
        Assert.Single(lines, l => l.Contains('\f'));
    }

    [Fact]
    public void A_code_with_too_little_room_after_it_is_left_whole()
    {
        const string Row = "  2010601  行政运行        1,511.89     1,503.52";
        Assert.Equal(Row, LayoutChanges.Apply("split-codes", Row));
    }

    [Fact]
    public void The_survey_reports_how_many_text_documents_keep_their_findings_under_each_change()
    {
        string folder = Path.Combine(Path.GetTempPath(), "cg-stability-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var seed in Directory.GetFiles(Path.Combine(Repo.Root, "seeds"), "*.txt")) File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
            var run = Tool.Run("survey", "--stability", folder);
            Assert.Equal(0, run.Exit);
            Assert.Contains("Layout stability over", run.Out);
            foreach (var change in LayoutChanges.Names) Assert.Contains("  " + change, run.Out);
            // The seeds' findings do not depend on their layout (LayoutStabilityTests checks the same by hand).
            Assert.DoesNotContain("differences (", run.Out);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
