using System.Text.RegularExpressions;

namespace ComplianceGen.Reader.Structure;

public enum HeadingKind
{
    /// <summary>第一部分 / 第2部分</summary>
    Part,
    /// <summary>一、</summary>
    Chinese,
    /// <summary>（一）</summary>
    ParenChinese,
    /// <summary>1. 1、</summary>
    Arabic,
    /// <summary>（1）</summary>
    ParenArabic,
    /// <summary>A .docx paragraph styled as a heading.</summary>
    Styled,
}

public sealed partial record HeadingMatch(HeadingKind Kind, string Numbering, string Title, int TitleStart);

/// <summary>
/// Recognizes numbered headings. A numbered line is a heading only when it reads like one:
/// short, no comma, no figures, no "term：definition" — otherwise it is a numbered
/// paragraph ("1、开展学术交流，活跃学术思想…").
/// </summary>
public static partial class Headings
{
    [GeneratedRegex(@"^\s*(?<n>第[一二三四五六七八九十\d]+部分)\s*(?<t>.*)$")]
    private static partial Regex Part { get; }
    [GeneratedRegex(@"^\s*(?<n>[一二三四五六七八九十]{1,3}、)\s*(?<t>.+)$")]
    private static partial Regex Chinese { get; }
    [GeneratedRegex(@"^\s*(?<n>（[一二三四五六七八九十]{1,3}）)\s*(?<t>.+)$")]
    private static partial Regex ParenChinese { get; }
    [GeneratedRegex(@"^\s*(?<n>\d{1,2}(?:\.|、|．)(?!\d))\s*(?<t>.+)$")]
    private static partial Regex Arabic { get; }
    [GeneratedRegex(@"^\s*(?<n>（\d{1,2}）)\s*(?<t>.+)$")]
    private static partial Regex ParenArabic { get; }
    [GeneratedRegex(@"\d\s*(万元|元|%|亿元)")]
    private static partial Regex Figures { get; }

    // A decimal figure, or a figure whose unit wrapped onto the next line ("支出 6432.89" / "183.6 万"): a numbered line
    // with one is a paragraph, however its printed lines were cut. Not so after a run-in heading's full stop
    // ("（一）因公出国（境）费用。2026年预算数166.98万"), whose title ends there.
    [GeneratedRegex(@"\d\.\d|\d\s*万$")]
    private static partial Regex CutFigure { get; }

    /// <summary>The numbered kinds, tried in this order, with the longest title each may have.</summary>
    private static readonly (HeadingKind Kind, Regex Pattern, int MaxLength)[] Numbered =
    {
        (HeadingKind.Chinese, Chinese, 40),
        (HeadingKind.ParenChinese, ParenChinese, 40),
        (HeadingKind.Arabic, Arabic, 30),
        (HeadingKind.ParenArabic, ParenArabic, 30),
    };

    public static HeadingMatch? Match(string text)
    {
        // Every pattern is anchored at the first printed character, which must be 第, a Chinese numeral, a full-width
        // bracket or a digit: the other lines, most of a document, are turned away before any pattern runs.
        int first = 0;
        while (first < text.Length && Normalization.WhiteSpace.Is(text[first])) first++;
        if (first == text.Length) return null;
        char c = text[first];
        if (c is not ('第' or '（') && "一二三四五六七八九十".IndexOf(c) < 0 && !char.IsDigit(c)) return null;
        if (char.IsDigit(c))
        {
            // Only the Arabic pattern starts with a digit: one or two, then a full stop or 、 (a table's code rows, which also
            // start with digits, are turned away here).
            int after = first + 1;
            if (after < text.Length && char.IsDigit(text[after])) after++;
            if (after >= text.Length || text[after] is not ('.' or '、' or '．')) return null;
        }
        var m = Part.Match(text);
        if (m.Success) return Make(HeadingKind.Part, m);
        foreach (var (kind, regex, maxLength) in Numbered)
        {
            m = regex.Match(text);
            if (!m.Success) continue;
            string title = m.Groups["t"].Value.Trim();
            if (title.Length == 0 || title.Length > maxLength) return null;
            if (title.Contains('，') || title.Contains(',') || Figures.IsMatch(title)) return null;
            if (!title.Contains('。') && CutFigure.IsMatch(title)) return null;
            int colon = title.IndexOf('：');
            if (colon >= 0 && colon < title.Length - 1) return null;
            return Make(kind, m);
        }
        return null;
    }

    /// <summary>
    /// How a line or an item is numbered (一、 （一） 1. （1）), whatever follows: a numbered paragraph with figures too, which
    /// <see cref="Match"/> turns away as no heading. Null when it is not numbered.
    /// </summary>
    public static HeadingKind? NumberingOf(string text)
    {
        foreach (var (kind, regex, _) in Numbered)
            if (regex.IsMatch(text)) return kind;
        return null;
    }

    private static readonly char[] TitleEnd = { '。', '.', '：' };

    private static HeadingMatch Make(HeadingKind kind, Match m)
    {
        var t = m.Groups["t"];
        string title = t.Value.Trim();
        // "3、政府采购情况。2023年县科协拟采购三台电脑。": the heading ends at the first full stop.
        int stop = title.IndexOf('。');
        if (stop > 0 && stop < title.Length - 1) title = title.Substring(0, stop);
        int start = t.Index + (t.Value.Length - t.Value.TrimStart().Length);
        return new HeadingMatch(kind, m.Groups["n"].Value, title.TrimEnd(TitleEnd), start);
    }
}
