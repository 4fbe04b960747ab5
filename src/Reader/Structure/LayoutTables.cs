using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Normalization;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Structure;

/// <summary>
/// Rebuilds the column-aligned tables of <c>pdftotext -layout</c> output. A table starts at an
/// indented title line ending in 表 (the PDF centres it) and runs until the next such title,
/// a 第X部分 heading, or a line of prose. Cells are split at runs of two or more spaces and
/// keep their visual column, so rows can be aligned with the header.
/// Some text layers print titles and rows at the margin with single spaces between cells
/// (<c>2026年部门支出预算总表</c> / <c>编制部门：… 单位：元</c> / <c>207 01 01 行政运行 4,654,597</c>):
/// a margin line ending in 表 is a title only when a 单位 or 编制部门 line follows it at once (a
/// table of contents lists the same titles without), and such a table also ends before a note
/// (注：本部门无…预算，故本表为空表 is a statement the prose extractors read) and gives back the
/// lines without figures that lead into the prose after it (a heading and its section title).
/// </summary>
public static partial class LayoutTables
{
    // A title may end in a qualifier after 表: （续）, （按功能分类）, （按经济分类）.
    // Both kinds of title end in 表: the rows of a table, most lines, are passed by without running either.
    private static readonly Extraction.GuardedRegex Title = new(TitlePattern, "表");
    [GeneratedRegex(@"^\s{6,}(?<t>[^\s，。：；].{1,38}?表(?:（[^（）]{1,10}）)?)\s*$")]
    private static partial Regex TitlePattern { get; }
    private static readonly Extraction.GuardedRegex MarginTitle = new(MarginTitlePattern, "表");
    [GeneratedRegex(@"^ {0,5}(?<t>[^\s，。：；、…].{1,38}?表(?:（[^（）]{1,10}）)?)\s*$")]
    private static partial Regex MarginTitlePattern { get; }
    [GeneratedRegex(@"单位：|编制部门")]
    private static partial Regex TableHead { get; }
    [GeneratedRegex(@"\d,\d{3}|\d\.\d")]
    private static partial Regex Figure { get; }
    /// <summary>A numbered section heading at the margin ("六、政府性基金预算拨款支出预算表") ends the table before it.</summary>
    private static readonly Extraction.GuardedRegex SectionHeading = new(SectionHeadingPattern, "一二三四五六七八九十", leading: true);
    [GeneratedRegex(@"^ {0,3}[一二三四五六七八九十]{1,3}、\S")]
    private static partial Regex SectionHeadingPattern { get; }
    // A table's rows, most of the lines tried, start otherwise than with 第.
    private static readonly Extraction.GuardedRegex Part = new(PartPattern, "第", leading: true);
    [GeneratedRegex(@"^\s*第[一二三四五六七八九十\d]+部分")]
    private static partial Regex PartPattern { get; }
    private static readonly Extraction.GuardedRegex UnitLine = new(UnitLinePattern, "位");
    [GeneratedRegex(@"单位：\s*(?<u>万元|亿元|元)")]
    private static partial Regex UnitLinePattern { get; }

    /// <summary>The unit a table's line says its figures are in (单位：万元), if it says one.</summary>
    internal static AmountUnit? UnitIn(string text) =>
        UnitLine.Match(text) is { Success: true } unit && AmountUnits.TryParse(unit.Groups["u"].Value, out var parsed) ? parsed : null;

    public static List<DocTable> Find(IReadOnlyList<SourceLine> lines, ISet<int> tableLines)
    {
        var tables = new List<DocTable>();
        int i = 0;
        while (i < lines.Count)
        {
            var title = TitleAt(lines, i, out bool margin);
            if (title is null || tableLines.Contains(lines[i].Number))
            {
                i++;
                continue;
            }
            var table = new DocTable(TableLayout.Columns)
            {
                Title = title.Groups["t"].Value.Replace(" ", ""),
                TitleEvidence = MappedText.Of(lines[i]).EvidenceFor(title.Groups["t"].Index, title.Groups["t"].Length),
                FirstLine = lines[i].Number,
            };
            int start = ++i;
            bool intoProse = false;
            while (i < lines.Count && TitleAt(lines, i, out _) is null && !Part.IsMatch(lines[i].Text) && !IsSectionHeading(lines[i].Text) && !tableLines.Contains(lines[i].Number))
            {
                if (IsProse(lines[i])) { intoProse = true; break; }
                if (margin && lines[i].Text.TrimStart().StartsWith('注')) break;
                i++;
            }
            int end = i;
            if (margin && (intoProse || i == lines.Count))
                while (end > start && !Figure.IsMatch(lines[end - 1].Text)) end--;
            tableLines.Add(table.FirstLine);
            for (int k = start; k < end; k++) AddLine(table, lines[k], tableLines);
            tables.Add(table);
            i = end;
        }
        return tables;
    }

    /// <summary>The title match when line <paramref name="i"/> opens a table; <paramref name="margin"/> says whether it is printed at the margin.</summary>
    private static Match? TitleAt(IReadOnlyList<SourceLine> lines, int i, out bool margin)
    {
        margin = false;
        var title = Title.Match(lines[i].Text);
        if (title.Success) return title;
        title = MarginTitle.Match(lines[i].Text);
        if (!title.Success || Part.IsMatch(lines[i].Text)) return null;
        for (int k = i + 1, seen = 0; k < lines.Count && seen < 2; k++)
        {
            if (lines[k].IsBlank) continue;
            if (TableHead.IsMatch(lines[k].Text))
            {
                margin = true;
                return title;
            }
            if (Title.Match(lines[k].Text).Success) return null; // the unit line is that title's
            seen++;
        }
        return null;
    }

    private static void AddLine(DocTable table, SourceLine line, ISet<int> tableLines)
    {
        tableLines.Add(line.Number);
        table.LastLine = line.Number;
        table.Lines.Add(line);
        table.Unit ??= UnitIn(line.Text);
        if (line.IsBlank) return;
        var row = new DocRow();
        string text = line.Text;
        for (int at = 0; NextCell(text, ref at, out int start);)
            row.Cells.Add(new DocCell(line, start, at - start, start));
        table.Rows.Add(row);
    }

    /// <summary>
    /// A numbered heading is one cell. A line that starts with 一、 but has more cells is a row of a table whose items are
    /// numbered (the 收支总表's "一、一般公共预算拨款收入    186,241.00    一、一般公共服务支出").
    /// </summary>
    private static bool IsSectionHeading(string text)
    {
        if (!SectionHeading.IsMatch(text)) return false;
        int at = 0, cells = 0;
        while (NextCell(text, ref at, out _)) cells++;
        return cells == 1;
    }

    /// <summary>
    /// The next cell at or after <paramref name="at"/>: words joined by single spaces, up to two spaces or any other white
    /// space (what <c>\S+(?: \S+)*</c> matches, without the regex engine's Unicode lookup for each Chinese character),
    /// except that a figure is not joined to a numbered item after it (<see cref="FigureBeforeItem"/>).
    /// On return <paramref name="start"/> is where the cell begins and <paramref name="at"/> just after it.
    /// </summary>
    private static bool NextCell(string text, ref int at, out int start)
    {
        while (at < text.Length && WhiteSpace.Is(text[at])) at++;
        start = at;
        if (at == text.Length) return false;
        while (at < text.Length && !WhiteSpace.Is(text[at])) at++;
        int word = start;
        while (at + 1 < text.Length && text[at] == ' ' && !WhiteSpace.Is(text[at + 1]) && !FigureBeforeItem(text, word, at))
        {
            word = at + 1;
            for (at++; at < text.Length && !WhiteSpace.Is(text[at]); at++) { }
        }
        return true;
    }

    /// <summary>
    /// Whether the word [<paramref name="word"/>, <paramref name="space"/>) is a figure (with a decimal point or a thousands
    /// separator) and the text after the space starts a numbered item (一、 … 三十、, （一） … （三十）). A two-sided 收支总表 prints its income
    /// figure a single space before the next column's item when the figure is wide ("一、一般公共预算拨款收入    196,278.67
    /// 一、一般公共服务支出"); read as one cell, the row had no figure, and the table's first rows were taken for its header.
    /// </summary>
    private static bool FigureBeforeItem(string text, int word, int space)
    {
        var figure = text.AsSpan(word, space - word);
        if (figure.IndexOfAny('.', ',') < 0 || !Extraction.Numbers.IsFullNumber(figure)) return false;
        int i = space + 1;
        bool bracketed = i < text.Length && text[i] == '（';
        if (bracketed) i++;
        int numerals = 0;
        while (i < text.Length && numerals < 3 && "一二三四五六七八九十".Contains(text[i])) { i++; numerals++; }
        return numerals > 0 && i < text.Length && text[i] == (bracketed ? '）' : '、');
    }

    /// <summary>Prose: starts near the margin, is long and reads as a sentence.</summary>
    private static bool IsProse(SourceLine line)
    {
        string text = line.Text;
        int indent = 0;
        while (indent < text.Length && text[indent] == ' ') indent++;
        if (indent > 4) return false;
        var rest = text.AsSpan(indent);
        return rest.Length >= 20 && (rest.Contains('。') || rest.Contains('，')) && !rest.StartsWith("注", StringComparison.Ordinal);
    }
}
