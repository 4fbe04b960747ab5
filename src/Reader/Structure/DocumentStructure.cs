using System.Collections.Generic;
using System.Linq;
using ComplianceGen.Reader.Documents;
using ComplianceGen.Reader.Normalization;

namespace ComplianceGen.Reader.Structure;

public sealed record HeadingLine(SourceLine Line, HeadingMatch Match, int Level);

/// <summary>
/// The structure stage: finds tables (both text layouts), headings and prose paragraphs,
/// joins lines a PDF wrapped, and cuts paragraphs into sentences that remember their headings.
/// </summary>
public sealed class DocumentStructure
{
    private static readonly HeadingKind[] KindOrder =
        { HeadingKind.Part, HeadingKind.Chinese, HeadingKind.ParenChinese, HeadingKind.Arabic, HeadingKind.ParenArabic };

    public List<DocTable> Tables { get; } = new();

    public List<HeadingLine> Headings { get; } = new();

    public List<Sentence> Sentences { get; } = new();

    public HashSet<int> TableLines { get; } = new();

    /// <summary>The first few non-blank lines before the first heading or long paragraph: the title block.</summary>
    public List<SourceLine> TitleLines { get; } = new();

    public static DocumentStructure Build(SourceDocument document)
    {
        var s = new DocumentStructure();
        var lines = document.Lines;
        s.Tables.AddRange(CellPerLineTables.Find(lines, s.TableLines));
        s.Tables.AddRange(LayoutTables.Find(lines, s.TableLines));
        s.Tables.Sort((a, b) => a.FirstLine.CompareTo(b.FirstLine));
        TableContinuations.Join(s.Tables);

        var matches = new List<(SourceLine Line, HeadingMatch Match)>();
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (s.TableLines.Contains(line.Number) || line.IsBlank) continue;
            if (document.HeadingLevels.TryGetValue(line.Number, out _))
            {
                var numbered = Structure.Headings.Match(line.Text);
                string title = line.Trimmed;
                matches.Add((line, numbered ?? new HeadingMatch(HeadingKind.Styled, "", title, line.Text.IndexOf(title, System.StringComparison.Ordinal))));
                continue;
            }
            var match = Structure.Headings.Match(line.Text);
            if (match is not null && !LevelMarkerFollows(lines, i, s.TableLines)) matches.Add((line, match));
        }
        // Levels follow the numbering styles the document actually uses, outermost first.
        var present = KindOrder.Where(k => matches.Any(m => m.Match.Kind == k)).ToList();
        foreach (var (line, match) in matches)
        {
            int level = match.Kind == HeadingKind.Styled
                ? document.HeadingLevels[line.Number]
                : present.IndexOf(match.Kind) + 1;
            s.Headings.Add(new HeadingLine(line, match, level));
        }

        s.FindTitle(lines);
        s.BuildSentences(lines);
        return s;
    }

    /// <summary>
    /// Whether the next line of text opens with a classification level marker: a numbered item whose name was cut before
    /// its （类）, （款） or （项） ("1．党委办公厅（室）及相关机构事务（款）行政运行" / "（项）支出 6106.99 万元，…") goes on there,
    /// so it is the start of a sentence, not a heading. No heading's next line opens with a level marker.
    /// </summary>
    private static bool LevelMarkerFollows(IReadOnlyList<SourceLine> lines, int i, HashSet<int> tableLines)
    {
        for (int k = i + 1; k < lines.Count; k++)
        {
            if (lines[k].IsBlank) continue;
            if (tableLines.Contains(lines[k].Number)) return false;
            var next = System.MemoryExtensions.TrimStart(System.MemoryExtensions.AsSpan(lines[k].Text));
            return next.Length >= 3 && next[0] == '（' && next[2] == '）' && next[1] is '类' or '款' or '项';
        }
        return false;
    }

    private void FindTitle(IReadOnlyList<SourceLine> lines)
    {
        var headingLines = new HashSet<int>(Headings.Select(h => h.Line.Number));
        foreach (var line in lines)
        {
            if (line.IsBlank) continue;
            string text = line.Trimmed;
            if (text.StartsWith('#')) continue; // provenance comments some corpora put on top
            if (text.StartsWith("===", System.StringComparison.Ordinal)) continue; // page markers of extracted text
            if (headingLines.Contains(line.Number) || TableLines.Contains(line.Number) || text.Length > 40 || TitleLines.Count >= 4) break;
            // A sentence's stops: also ；, and a comma typed in ASCII between words (出决算中,因公出国…) but not in a figure (1,234).
            if (text.Contains('，') || text.Contains('：') || text.Contains('；') || ProseComma(text)) break;
            TitleLines.Add(line);
        }
    }

    private static bool ProseComma(string text)
    {
        for (int i = text.IndexOf(','); i >= 0; i = text.IndexOf(',', i + 1))
            if (i == 0 || i == text.Length - 1 || !char.IsAsciiDigit(text[i - 1]) || !char.IsAsciiDigit(text[i + 1])) return true;
        return false;
    }

    private void BuildSentences(IReadOnlyList<SourceLine> lines)
    {
        var headingByLine = Headings.ToDictionary(h => h.Line.Number);
        var titleLines = new HashSet<int>(TitleLines.Select(t => t.Number));
        var acrossPages = BlanksAcrossPageBreaks(lines);
        var stack = new List<HeadingLine>();
        MappedText? paragraph = null;
        string context = "";
        bool waitingForContinuation = false;
        int lastLineLength = 0, blanksSinceText = 0;

        void Flush()
        {
            if (paragraph is not null && paragraph.Length > 0) AddSentences(paragraph, context, false);
            paragraph = null;
            waitingForContinuation = false;
        }

        foreach (var line in lines)
        {
            if (TableLines.Contains(line.Number)) { Flush(); continue; }
            if (acrossPages.Contains(line.Number)) continue;
            if (line.IsBlank)
            {
                // "其中：" at the end of a paragraph continues in the next one.
                blanksSinceText++;
                if (paragraph is not null && paragraph.LastPrinted() == '：') waitingForContinuation = true;
                // A double-spaced PDF layout puts a blank line after every printed line: a full-width
                // line that stops mid-sentence continues after one blank line.
                // A list item closed with "；" goes on too (only 。！？ end a paragraph there): the list is one paragraph, as in single spacing.
                // So does a line of any length that stops inside a bracket ("与上年相比增加（减" / "少）0万元"): a paragraph does not end there.
                else if (paragraph is not null && blanksSinceText == 1 && (lastLineLength >= MinWrappedLineLength || InsideBracket(paragraph.Text)) && !EndsSentence(paragraph)) waitingForContinuation = true;
                else Flush();
                continue;
            }
            if (headingByLine.TryGetValue(line.Number, out var heading))
            {
                Flush();
                // A loop, not RemoveAll with a lambda: the lambda would capture the heading, and its closure would be made
                // for every line of the document, heading or not.
                for (int k = stack.Count - 1; k >= 0; k--)
                    if (stack[k].Level >= heading.Level) stack.RemoveAt(k);
                stack.Add(heading);
                context = string.Join("/", stack.Select(h => h.Match.Title));
                // A run-in heading ("（一）因公出国（境）费用。2026年预算数166.98万") whose body sentence runs on to the
                // next line: the heading stands alone and the body opens a paragraph that continues below.
                int stop = line.Text.IndexOf('。');
                string rest = stop >= 0 ? line.Text.Substring(stop + 1).Trim() : "";
                if (rest.Length > 0 && !EndsSentence(rest))
                {
                    AddSentences(MappedText.Of(line, 0, stop + 1), context, true);
                    int body = stop + 1;
                    while (body < line.Text.Length && WhiteSpace.Is(line.Text[body])) body++;
                    paragraph = new MappedText();
                    paragraph.Append(line, body, line.Text.TrimEnd().Length - body);
                    lastLineLength = line.Trimmed.Length;
                    blanksSinceText = 0;
                    continue;
                }
                AddSentences(MappedText.Of(line), context, true);
                continue;
            }
            if (titleLines.Contains(line.Number))
            {
                // The title block stands alone: "…2024年" + "部门预算编制说明" must not run into the first paragraph.
                Flush();
                AddSentences(MappedText.Of(line), context, false);
                continue;
            }
            int start = 0;
            while (start < line.Text.Length && WhiteSpace.Is(line.Text[start])) start++;
            int end = line.Text.Length;
            while (end > start && WhiteSpace.Is(line.Text[end - 1])) end--;
            if (paragraph is not null && !waitingForContinuation && EndsSentence(paragraph)) Flush();
            bool continues = paragraph is not null && paragraph.Length > 0;
            paragraph ??= new MappedText();
            paragraph.Append(line, start, end - start);
            waitingForContinuation = false;
            lastLineLength = PrintedLength(line, end - start, continues);
            blanksSinceText = 0;
        }
        Flush();
    }

    /// <summary>
    /// The blank lines a page break leaves (the page's bottom margin, a page number taken out) between a line that stops
    /// mid-sentence and the first line of the next page: they do not end the paragraph, so the sentence reads on.
    /// </summary>
    private HashSet<int> BlanksAcrossPageBreaks(IReadOnlyList<SourceLine> lines)
    {
        var soft = new HashSet<int>();
        int lastText = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank) continue;
            if (lastText >= 0 && line.Page != lines[lastText].Page && i - lastText > 1 && !EndsSentence(lines[lastText].Text) &&
                !TableLines.Contains(lines[lastText].Number) && !TableLines.Contains(line.Number))
                for (int k = lastText + 1; k < i; k++) soft.Add(lines[k].Number);
            lastText = i;
        }
        return soft;
    }

    /// <summary>
    /// How long the line is as printed. A justified line closed up ("较 2025 年 年 初 预 算 增 加 0.27" read as
    /// "较2025年年初预算增加0.27") spans the whole width, however few characters it keeps: it counts with its spaces. A line
    /// that goes on with a paragraph already begun and that the converter set far right ("                      比上年减少
    /// 41.36") reaches the right margin: it counts to its right edge, unless a bracket closes it ("（如持平作持平表述）").
    /// A line that begins a paragraph never counts its indentation: a centred title or caption ("图 2：基本支出和项目支出情况")
    /// is short, and the paragraph after the blank line is another.
    /// </summary>
    private static int PrintedLength(SourceLine line, int kept, bool continues)
    {
        var printed = System.MemoryExtensions.TrimEnd(System.MemoryExtensions.AsSpan(line.Original));
        if (continues && printed.Length > 0 && "）)】」』”：:".IndexOf(printed[^1]) < 0) return System.Math.Max(kept, printed.Length);
        return System.Math.Max(kept, System.MemoryExtensions.TrimStart(printed).Length);
    }

    /// <summary>Printed lines of a wrapped paragraph are at least this long; a shorter line ends its paragraph.</summary>
    private const int MinWrappedLineLength = 20;

    /// <summary>Whether the text stops after a full-width opening bracket that nothing has closed yet.</summary>
    private static bool InsideBracket(string text)
    {
        int open = text.LastIndexOf('（');
        return open >= 0 && text.IndexOf('）', open) < 0;
    }

    private static bool EndsSentence(string text) => EndsSentence(WhiteSpace.Trimmed(System.MemoryExtensions.AsSpan(text)) is { Length: > 0 } t ? t[^1] : '\0');

    /// <summary><see cref="EndsSentence(string)"/> of a paragraph being gathered, asked after each of its lines: read from its last line, without making its text.</summary>
    private static bool EndsSentence(MappedText paragraph) => EndsSentence(paragraph.LastPrinted());

    /// <summary>Whether text whose last printed character is <paramref name="last"/> (NUL: none) ends a sentence, or has nothing to end.</summary>
    private static bool EndsSentence(char last) => last == '\0' || "。！？!?".IndexOf(last) >= 0;

    private void AddSentences(MappedText paragraph, string context, bool isHeading)
    {
        string text = paragraph.Text;
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || "。！？".IndexOf(text[i]) >= 0)
            {
                int end = i;
                while (start < end && WhiteSpace.Is(text[start])) start++;
                // A run-in heading ("3、政府采购情况。2023年县科协拟采购三台电脑。"): only its first
                // sentence is the heading; what follows on the line is body text under it.
                if (end > start)
                {
                    Sentences.Add(new Sentence(paragraph, start, end - start, context, isHeading));
                    isHeading = false;
                }
                start = i + 1;
            }
        }
    }
}
