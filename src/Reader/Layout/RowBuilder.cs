using System;
using System.Collections.Generic;
using System.Text;

namespace ComplianceGen.Reader.Layout;

/// <summary>
/// Turns a page's words into rows and each row into segments, from the word boxes alone.
/// <list type="bullet">
/// <item>Rows: words whose vertical centres lie within a third of a font size of each other share a row.</item>
/// <item>Segments: a horizontal gap of three quarters of a font size or more starts a new segment. Measured over 40
/// corpus documents, gaps inside prose are at most half a font size and gaps between table cells at least one,
/// with almost nothing in between.</item>
/// <item>Letter spacing: single characters spaced out to fill a line or a cell (<c>合 计</c>,
/// <c>北 京 市 审 计 局</c>) are one word, so single CJK characters up to 1.6 font sizes apart are joined, and the
/// two-character labels a table spreads across its cell (<c>项      目</c>) up to 8.</item>
/// <item>Inside a segment, words are joined without a space where a CJK character meets anything (the gap a
/// PDF leaves between <c>2026</c> and <c>年</c> is typesetting, not a space) and with one space between two
/// Latin or digit words.</item>
/// </list>
/// </summary>
internal static class RowBuilder
{
    private const double SameRowCentre = 0.35;
    private const double SegmentGap = 0.75;
    private const double LetterSpacingGap = 1.6;
    private const double TouchingGap = 0.08;
    private const double SpreadLabelGap = 8;

    /// <summary>
    /// Two-character labels that tables spread across a whole cell (<c>项      目</c>, <c>合    计</c>): a
    /// typesetting habit of every city's template, joined even when the gap is wide.
    /// </summary>
    private static readonly System.Collections.Generic.HashSet<string> SpreadLabels = new(System.StringComparer.Ordinal)
    {
        "项目", "合计", "总计", "小计", "收入", "支出", "金额", "科目", "单位", "名称", "编码", "年度", "目录", "类别", "款项", "序号", "备注",
    };

    public static List<VisualRow> Build(IReadOnlyList<PdfWord> words)
    {
        var sorted = new List<PdfWord>(words);
        sorted.Sort((a, b) => a.CenterY != b.CenterY ? a.CenterY.CompareTo(b.CenterY) : a.X0.CompareTo(b.X0));
        var groups = new List<(double Centre, double Height, List<PdfWord> Words)>();
        foreach (var word in sorted)
        {
            if (groups.Count > 0)
            {
                var last = groups[^1];
                if (Math.Abs(word.CenterY - last.Centre) <= SameRowCentre * Math.Max(word.Height, last.Height))
                {
                    last.Words.Add(word);
                    continue;
                }
            }
            groups.Add((word.CenterY, word.Height, new List<PdfWord> { word }));
        }
        var rows = new List<VisualRow>(groups.Count);
        foreach (var group in groups) rows.Add(ToRow(group.Words));
        return rows;
    }

    private static VisualRow ToRow(List<PdfWord> words)
    {
        words.Sort((a, b) => a.X0.CompareTo(b.X0));
        double y0 = double.MaxValue, y1 = double.MinValue;
        var heights = new List<double>(words.Count);
        foreach (var w in words)
        {
            y0 = Math.Min(y0, w.Y0);
            y1 = Math.Max(y1, w.Y1);
            heights.Add(w.Height);
        }
        heights.Sort();
        double height = Math.Max(1, heights[heights.Count / 2]);

        var segments = new List<RowSegment>();
        var text = new StringBuilder(words[0].Text);
        double segmentX0 = words[0].X0, segmentX1 = words[0].X1;
        for (int i = 1; i < words.Count; i++)
        {
            var previous = words[i - 1];
            var word = words[i];
            double gap = (word.X0 - previous.X1) / height;
            bool letterSpaced = IsSingleCjk(previous.Text) && IsSingleCjk(word.Text) &&
                (gap < LetterSpacingGap || gap < SpreadLabelGap && SpreadLabels.Contains(previous.Text + word.Text) && StandsAlone(words, i - 1, i, height));
            // "18,330.37一、一般公共服务支出": a figure that ends one cell close against the next cell's words.
            // In prose a figure is followed by its unit or a measure word, never by a gap and other words.
            bool cellAfterFigure = gap > 0.15 && EndsWithDigit(previous.Text) && word.Text.Length > 0 && IsCjk(word.Text[0]) && !Measure.Contains(word.Text[0]);
            if ((gap >= SegmentGap || cellAfterFigure) && !letterSpaced)
            {
                segments.Add(new RowSegment(segmentX0, segmentX1, text.ToString()));
                text.Clear().Append(word.Text);
                segmentX0 = word.X0;
                segmentX1 = word.X1;
                continue;
            }
            if (gap > TouchingGap && !IsCjk(text[^1]) && !IsCjk(word.Text[0])) text.Append(' ');
            text.Append(word.Text);
            segmentX1 = Math.Max(segmentX1, word.X1);
        }
        segments.Add(new RowSegment(segmentX0, segmentX1, text.ToString()));
        return new VisualRow(y0, y1, height, segments);
    }

    /// <summary>Whether the two words at <paramref name="a"/> and <paramref name="b"/> have nothing else near them on the row.</summary>
    private static bool StandsAlone(List<PdfWord> words, int a, int b, double height)
    {
        bool before = a == 0 || (words[a].X0 - words[a - 1].X1) / height >= SegmentGap;
        bool after = b == words.Count - 1 || (words[b + 1].X0 - words[b].X1) / height >= SegmentGap;
        return before && after;
    }

    /// <summary>Units and measure words that follow a figure in prose (<c>29956.27 万元</c>, <c>2026 年</c>, <c>37 台</c>).</summary>
    private const string Measure = "万亿元年月日号个人次辆台套项家所名位批件篇条户座亩米天倍期岁级类款页届%％‰：:，,。；;、）)";

    private static bool EndsWithDigit(string text) => text.Length > 0 && char.IsAsciiDigit(text[^1]);

    private static bool IsSingleCjk(string text) => text.Length == 1 && IsCjk(text[0]);

    /// <summary>CJK ideographs and the full-width punctuation that sits between them.</summary>
    internal static bool IsCjk(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF') ||
        c is '“' or '”' or '‘' or '’' or '…' or '—' or '·';
}
