using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ComplianceGen.Cli.Survey;

/// <summary>
/// Layout changes that keep a text's meaning, as another PDF of the same document would print it (<see cref="Names"/>):
/// page breaks inside paragraphs and tables, with or without the table's header again; headings and justified lines set
/// letter by letter; thousands separators in prose and tables; paragraphs rewrapped and double spaced; table names in a
/// narrower column; running headers; page numbers in words; ASCII punctuation; codes in 类/款/项 columns. <c>survey --stability</c> applies each to every text document
/// and compares the findings: a reader that reads a document, not a layout, finds the same things.
/// <para>
/// Each change keeps what a real layout keeps. A page break falls between two printed lines of a paragraph (or
/// inside a paragraph printed on one line, never inside a figure); a rewrapped paragraph is reflowed as a whole,
/// its indentation, its page's form feed and its line spacing (single or double) kept, so only its last line is short.
/// </para>
/// </summary>
internal static class LayoutChanges
{
    public static readonly IReadOnlyList<string> Names = new[] { "page-break", "letter-spacing", "justified", "thousands", "table-thousands", "rewrap", "table-page-break", "wrapped-names", "double-spacing", "running-header", "page-number-style", "table-header-repeat", "ascii-punctuation", "split-codes" };

    public static string Apply(string change, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var changed = change switch
        {
            "page-break" => PageBreaks(lines),
            "letter-spacing" => LetterSpacedHeadings(lines),
            "justified" => Justified(lines),
            "thousands" => ProseThousands(lines),
            "table-thousands" => TableThousands(lines),
            "rewrap" => Rewrap(lines, 24),
            "table-page-break" => TablePageBreaks(lines, repeatHeader: false),
            "table-header-repeat" => TablePageBreaks(lines, repeatHeader: true),
            "ascii-punctuation" => AsciiPunctuation(lines),
            "split-codes" => SplitCodes(lines),
            "wrapped-names" => WrappedNames(lines),
            "double-spacing" => DoubleSpacing(lines),
            "running-header" => RunningHeaders(lines),
            "page-number-style" => PageNumbersInWords(lines),
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, "no such layout change"),
        };
        return string.Join('\n', changed);
    }

    private static readonly Regex Heading = new(@"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|第[一二三四五六七八九十]+部分)", RegexOptions.CultureInvariant);
    private static readonly Regex PageNumber = new(@"^\s*[-—－]?\s*\d{1,4}\s*[-—－]?\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex Cells = new(@"\S\s{2,}\S", RegexOptions.CultureInvariant);
    private static readonly Regex ChineseHeading = new(@"^(\s*[一二三四五六七八九十]+、)([\u4e00-\u9fff]{3,12})$", RegexOptions.CultureInvariant);
    private static readonly Regex ProseFigure = new(@"(?<![\d.,])(\d{4,15})(\.\d+)?(?=\s*(?:万元|元))", RegexOptions.CultureInvariant);
    private static readonly Regex TableFigure = new(@"(\s+)(\d{4,15})(\.\d{2})(?![\d.,])", RegexOptions.CultureInvariant);
    private static readonly Regex Figure = new(@"\d\.\d{2}(?![\d.])", RegexOptions.CultureInvariant);
    private static readonly Regex CodeAndName = new(@"^(\s*(?:\d{3,7}\s+)?)([^\s\d][^\s]{6,})(?=\s{2,}\S)", RegexOptions.CultureInvariant);
    private static readonly Regex Token = new(@"\d[\d.,%]*|\S", RegexOptions.CultureInvariant);

    /// <summary>A line of prose: a long line with a comma, not a tab-separated table row.</summary>
    private static bool IsProse(string line) => !line.StartsWith('\t') && line.Trim().Length >= 30 && line.Contains('，') && !Cells.IsMatch(line.Trim());

    /// <summary>A line that may continue a paragraph: text, not a heading, a page number, a table row or a page's first line.</summary>
    private static bool IsText(string line) =>
        line.Trim().Length > 0 && !PageNumber.IsMatch(line) && !line.StartsWith('\t') && !Cells.IsMatch(line.Trim()) &&
        !Heading.IsMatch(line) && !line.Contains('\f');

    private static bool EndsSentence(string line)
    {
        string t = line.TrimEnd();
        return t.Length == 0 || "。！？!?：:".Contains(t[^1]);
    }

    /// <summary>A paragraph as printed: its lines' indexes, and 2 when a blank line follows each printed line.</summary>
    private sealed record Paragraph(List<int> Lines, int Step);

    /// <summary>Runs of full-width printed lines that do not end a sentence, single or double spaced.</summary>
    private static List<Paragraph> Paragraphs(List<string> lines)
    {
        var paragraphs = new List<Paragraph>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (!IsProse(lines[i])) continue;
            int step = i + 2 < lines.Count && lines[i + 1].Trim().Length == 0 && IsText(lines[i + 2]) ? 2 : 1;
            var members = new List<int> { i };
            int j = i;
            while (!EndsSentence(lines[j]) && lines[j].Trim().Length >= 20)
            {
                int k = j + step;
                if (k >= lines.Count || !IsText(lines[k]) || (step == 2 && lines[j + 1].Trim().Length > 0)) break;
                members.Add(k);
                j = k;
            }
            paragraphs.Add(new Paragraph(members, step));
            i = j;
        }
        return paragraphs;
    }

    /// <summary>Every third paragraph broken across a page, with the page number a PDF's text layer prints.</summary>
    private static List<string> PageBreaks(List<string> lines)
    {
        var after = new Dictionary<int, int>();
        var cut = new Dictionary<int, int>();
        int page = 1, count = 0;
        foreach (var paragraph in Paragraphs(lines))
        {
            if (++count % 3 != 0) continue;
            if (paragraph.Lines.Count > 1) after[paragraph.Lines[0] + paragraph.Step - 1] = ++page;
            else if (lines[paragraph.Lines[0]].Trim().Length >= 60) cut[paragraph.Lines[0]] = ++page; // a paragraph on one line (Word text)
        }
        var output = new List<string>(lines.Count + 4 * (after.Count + cut.Count));
        bool feed = false;
        for (int i = 0; i < lines.Count; i++)
        {
            string line = feed ? "\f" + lines[i] : lines[i];
            feed = false;
            if (cut.TryGetValue(i, out int cutPage))
            {
                int at = line.Length / 2;
                while (InsideFigure(line, at)) at++;
                output.Add(line[..at]);
                output.Add("");
                output.Add(PageFooter(cutPage));
                output.Add("\f" + line[at..]);
                continue;
            }
            output.Add(line);
            if (after.TryGetValue(i, out int afterPage))
            {
                output.Add("");
                output.Add(PageFooter(afterPage));
                feed = true;
            }
        }
        return output;
    }

    /// <summary>Whether a line cut before <paramref name="at"/> would split a figure ("1,234.56"): a figure's characters on either side.</summary>
    private static bool InsideFigure(string text, int at) => at < text.Length && at > 0 && (IsFigureChar(text[at]) || IsFigureChar(text[at - 1]));

    private static bool IsFigureChar(char c) => char.IsAsciiDigit(c) || c is '.' or ',';

    private static string PageFooter(int page) => "                    - " + page.ToString(CultureInfo.InvariantCulture) + " -";

    /// <summary>Headings letter-spaced one space apart (一、收 入 预 算 情 况).</summary>
    private static List<string> LetterSpacedHeadings(List<string> lines) =>
        lines.Select(l => ChineseHeading.Replace(l, m => m.Groups[1].Value + string.Join(" ", m.Groups[2].Value.ToCharArray()))).ToList();

    /// <summary>The first printed line of every third wrapped paragraph justified as pdftotext -layout prints it: one space between all its characters, figures kept whole.</summary>
    private static List<string> Justified(List<string> lines)
    {
        var output = new List<string>(lines);
        int count = 0;
        foreach (var paragraph in Paragraphs(lines))
        {
            if (++count % 3 != 0 || paragraph.Lines.Count < 2) continue;
            string line = lines[paragraph.Lines[0]];
            string lead = line[..(line.Length - line.TrimStart().Length)];
            output[paragraph.Lines[0]] = lead + string.Join(" ", Token.Matches(line.Trim()).Select(m => m.Value));
        }
        return output;
    }

    /// <summary>Amounts of a thousand or more in prose printed with thousands separators.</summary>
    private static List<string> ProseThousands(List<string> lines) =>
        lines.Select(l => ProseFigure.Replace(l, m => Grouped(m.Groups[1].Value) + m.Groups[2].Value)).ToList();

    /// <summary>Amounts of a thousand or more in table rows printed with thousands separators, each keeping its right edge.</summary>
    private static List<string> TableThousands(List<string> lines) =>
        lines.Select(l => !Cells.IsMatch(l.Trim()) ? l : TableFigure.Replace(l, m =>
        {
            string figure = Grouped(m.Groups[2].Value) + m.Groups[3].Value;
            int grow = figure.Length - m.Groups[2].Length - m.Groups[3].Length;
            string pad = m.Groups[1].Value;
            // Too little room on its left to keep the right edge: the figure is left as it is.
            return pad.Length > grow + 1 ? pad[..^grow] + figure : m.Value;
        })).ToList();

    private static string Grouped(string digits) =>
        decimal.Parse(digits, CultureInfo.InvariantCulture).ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A table's row of figures as pdftotext -layout prints it: cells two spaces or more apart, a figure with two decimals.</summary>
    private static bool IsTableRow(string line) => Cells.IsMatch(line.Trim()) && Figure.IsMatch(line);

    /// <summary>
    /// Every table of six rows or more continued on the next page after its middle row: the page's number, then the next
    /// page's form feed, on the table's column header printed again when <paramref name="repeatHeader"/>, else on the next row.
    /// </summary>
    private static List<string> TablePageBreaks(List<string> lines, bool repeatHeader)
    {
        var breakAfter = new Dictionary<int, List<string>>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (!IsTableRow(lines[i])) continue;
            var rows = new List<int> { i };
            int j = i + 1;
            while (j < lines.Count)
            {
                if (IsTableRow(lines[j])) rows.Add(j);
                else if (lines[j].Trim().Length > 0 || j + 1 >= lines.Count || !IsTableRow(lines[j + 1])) break;
                j++;
            }
            if (rows.Count >= 6) breakAfter[rows[rows.Count / 2 - 1]] = repeatHeader ? HeaderAbove(lines, i) : new List<string>();
            i = j - 1;
        }
        var output = new List<string>(lines.Count + 2 * breakAfter.Count);
        bool feed = false;
        int page = 100;
        for (int i = 0; i < lines.Count; i++)
        {
            bool blank = lines[i].Trim().Length == 0;
            output.Add(feed && !blank ? "\f" + lines[i] : lines[i]);
            if (!blank) feed = false;
            if (!breakAfter.TryGetValue(i, out var header)) continue;
            output.Add("");
            output.Add(PageFooter(++page));
            feed = true;
            foreach (var line in header)
            {
                output.Add(feed ? "\f" + line : line);
                feed = false;
            }
        }
        return output;
    }

    /// <summary>The column header over a table's first row: the lines just above it, up to a blank line, the unit line or the title.</summary>
    private static List<string> HeaderAbove(List<string> lines, int firstRow)
    {
        var header = new List<string>();
        for (int k = firstRow - 1; k >= 0 && header.Count < 3; k--)
        {
            string text = lines[k].Trim();
            if (text.Length == 0 || text.Contains("单位：", StringComparison.Ordinal) || text.EndsWith('表') || IsTableRow(lines[k])) break;
            header.Insert(0, lines[k].TrimStart('\f'));
        }
        // What stands over a run of rows is a header only when it names columns; else it is a row's wrapped cell.
        return header.Exists(l => HeaderWords.IsMatch(l)) ? header : new List<string>();
    }

    private static readonly Regex HeaderWords = new(@"科目|项目|编码|名称|金额|预算数|决算数|合计", RegexOptions.CultureInvariant);

    /// <summary>
    /// Table names wrapped in a column <see cref="NameColumn"/> characters wide, as a narrower name column of the same
    /// document prints them, in the document's own way of wrapping. Most centre a wrapped name on its code line (the code
    /// printed with its figures and no name, the pieces above and below it, the middle piece on the code line when their
    /// number is odd); the others keep the first piece on the code line and go on below it.
    /// </summary>
    private static List<string> WrappedNames(List<string> lines)
    {
        bool centred = lines.Exists(l => CodeWithoutName.IsMatch(l));
        var output = new List<string>(lines.Count);
        foreach (var printed in lines)
        {
            // A row that opens a page keeps the page's form feed in front of whatever it now prints first.
            string feed = printed.StartsWith('\f') ? "\f" : "";
            string line = printed[feed.Length..];
            var m = CodeAndName.Match(line);
            if (!m.Success || !IsTableRow(line) || m.Groups[2].Length <= NameColumn) { output.Add(printed); continue; }
            string name = m.Groups[2].Value;
            string lead = m.Groups[1].Value;
            string under = new(' ', lead.Length);
            var pieces = new List<string>();
            for (int at = 0; at < name.Length; at += NameColumn) pieces.Add(name[at..Math.Min(name.Length, at + NameColumn)]);
            int above = centred ? pieces.Count / 2 : 0;
            bool onCodeLine = !centred || pieces.Count % 2 == 1;
            int first = output.Count;
            for (int k = 0; k < above; k++) output.Add(under + pieces[k]);
            string middle = onCodeLine ? pieces[above] : "";
            output.Add(lead + middle + new string(' ', name.Length - middle.Length) + line[m.Length..]);
            output[first] = feed + output[first];
            for (int k = above + (onCodeLine ? 1 : 0); k < pieces.Count; k++) output.Add(under + pieces[k]);
        }
        return output;
    }

    private const int NameColumn = 7;

    private static readonly Regex CodeWithoutName = new(@"^\s*\d{3,7}\s{2,}-?[\d,]+\.\d{2}(?:\s|$)", RegexOptions.CultureInvariant);

    /// <summary>
    /// A blank line after every printed line of prose (four Chinese characters or more), as a PDF set with wide line
    /// spacing prints it. Tables keep their rows as they are: the lines of a wrapped cell are set close together whatever
    /// the spacing of the text.
    /// </summary>
    private static List<string> DoubleSpacing(List<string> lines)
    {
        // A text already double spaced stays as it is.
        int blanks = lines.Count(l => l.Trim().Length == 0);
        if (blanks * 3 > lines.Count) return lines;
        // A table row: cells two spaces apart (pdftotext), or a cell on a line of its own after a tab (Word and web text).
        bool Table(int i) => i >= 0 && i < lines.Count && (Cells.IsMatch(lines[i].Trim()) || lines[i].StartsWith('\t'));
        var output = new List<string>(lines.Count * 2);
        for (int i = 0; i < lines.Count; i++)
        {
            output.Add(lines[i]);
            if (IsProseLine(lines[i]) && !Table(i - 1) && !Table(i) && !Table(i + 1)) output.Add("");
        }
        return output;
    }

    /// <summary>
    /// The document's title printed at the top of every page after the first, as a running header: the first line of
    /// each page (after its form feed) gets the title above it.
    /// </summary>
    private static List<string> RunningHeaders(List<string> lines)
    {
        string? title = lines.Select(l => l.Trim().TrimStart('\f')).FirstOrDefault(l => l.Length >= 6 && !l.StartsWith('#'));
        if (title is null) return lines;
        var output = new List<string>(lines.Count + 2 * lines.Count(l => l.StartsWith('\f')));
        foreach (var line in lines)
        {
            if (!line.StartsWith('\f')) { output.Add(line); continue; }
            output.Add("\f                    " + title);
            output.Add("");
            output.Add(line[1..]);
        }
        return output;
    }

    /// <summary>
    /// Prose typed with ASCII punctuation, as many documents are: "," ";" ":" "(" ")" for "，" "；" "：" "（" "）". A comma
    /// between two digits is left alone, where it would read as a thousands separator.
    /// </summary>
    private static List<string> AsciiPunctuation(List<string> lines) =>
        lines.Select(l => !IsProseLine(l) || Cells.IsMatch(l.Trim()) ? l : AsciiMarks.Replace(l, m => m.Value switch
        {
            "，" => ",",
            "；" => ";",
            "：" => ":",
            "（" => "(",
            _ => ")",
        })).ToList();

    private static readonly Regex AsciiMarks = new(@"(?<!\d)，|，(?!\d)|[；：（）]", RegexOptions.CultureInvariant);

    private static readonly Regex LeadingCode = new(@"^(\s*)(\d{3})(\d{2})(\d{2})?(\s{2,})(?=\S)", RegexOptions.CultureInvariant);

    /// <summary>
    /// Classification codes printed in 类, 款 and 项 columns of their own ("201   06   01" for "2010601"), as many tables
    /// print them; the cells after the code keep their place.
    /// </summary>
    private static List<string> SplitCodes(List<string> lines) =>
        lines.Select(l => !IsTableRow(l) ? l : LeadingCode.Replace(l, m =>
        {
            string code = m.Groups[2].Value + "   " + m.Groups[3].Value + (m.Groups[4].Success ? "   " + m.Groups[4].Value : "");
            int width = m.Groups[2].Length + m.Groups[3].Length + m.Groups[4].Length + m.Groups[5].Length;
            // Too little room after the code to keep the next cell in place: the row is left as it is.
            return width - code.Length < 2 ? m.Value : m.Groups[1].Value + code + new string(' ', width - code.Length);
        })).ToList();

    /// <summary>A printed line of words: a code or a figure alone on its line is a table's cell.</summary>
    private static bool IsProseLine(string line) => line.Count(c => c is >= '\u4e00' and <= '\u9fff') >= 4;

    private static readonly Regex DashedPageNumber = new(@"^(\s*)[-—－]\s*(\d{1,4})\s*[-—－]\s*$", RegexOptions.CultureInvariant);

    /// <summary>Page numbers printed in words ("第 3 页") where the document prints them between dashes ("- 3 -").</summary>
    private static List<string> PageNumbersInWords(List<string> lines) =>
        lines.Select(l => DashedPageNumber.Replace(l, m => m.Groups[1].Value + "第 " + m.Groups[2].Value + " 页")).ToList();

    /// <summary>Every wrapped paragraph reflowed at <paramref name="width"/> characters, never inside a figure.</summary>
    private static List<string> Rewrap(List<string> lines, int width)
    {
        var paragraphs = Paragraphs(lines).ToDictionary(p => p.Lines[0]);
        var skip = new HashSet<int>();
        foreach (var p in paragraphs.Values)
            foreach (int k in p.Lines.Skip(1))
            {
                skip.Add(k);
                if (p.Step == 2) skip.Add(k - 1);
            }
        var output = new List<string>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            if (skip.Contains(i)) continue;
            if (!paragraphs.TryGetValue(i, out var paragraph)) { output.Add(lines[i]); continue; }
            string first = lines[i];
            string feed = first.StartsWith('\f') ? "\f" : "";
            first = first.TrimStart('\f');
            string lead = first[..(first.Length - first.TrimStart().Length)];
            var text = new StringBuilder();
            foreach (int k in paragraph.Lines) text.Append(lines[k].Trim());
            var pieces = Wrap(text.ToString(), width);
            pieces[0] = feed + lead + pieces[0];
            output.Add(string.Join(paragraph.Step == 2 ? "\n\n" : "\n", pieces));
        }
        return output;
    }

    private static List<string> Wrap(string text, int width)
    {
        var pieces = new List<string>();
        int start = 0;
        while (text.Length - start > width)
        {
            int cut = start + width;
            while (InsideFigure(text, cut)) cut++;
            pieces.Add(text[start..cut]);
            start = cut;
        }
        pieces.Add(text[start..]);
        return pieces;
    }
}
