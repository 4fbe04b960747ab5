using System;
using System.Buffers;
using System.Collections.Generic;

namespace ComplianceGen.Reader.Normalization;

/// <summary>
/// A disclosure copied in traditional characters (a site's 繁體 version, or a mirror that converts what it copies: 預算,
/// 經費, 萬元) is read in simplified ones, character for character, so that every pattern of the reader finds its words and
/// every character keeps its place. Only a document written in traditional characters is converted: a few of them are
/// also written in simplified text (乾县, a county of Shaanxi), and a simplified document is left as it is.
/// </summary>
internal static class TraditionalChinese
{
    /// <summary>
    /// Traditional forms of the commonest words of a budget and of any text (們個這說國會, 預決費經萬財撥, 機關運購產門區縣): none
    /// is written in simplified text.
    /// </summary>
    private static readonly SearchValues<char> Markers = SearchValues.Create("們個這說國會預決費經萬財撥機關運購產門區縣項務為與對發開業員單體農廣衛參設計劃總實際");

    /// <summary>A document with this many markers is written in traditional characters; one that quotes a name or two (臺灣) is not.</summary>
    private const int MarkersOfATraditionalText = 10;

    private static readonly Dictionary<char, char> SimplifiedOf = Pairs();

    private static Dictionary<char, char> Pairs()
    {
        var pairs = new Dictionary<char, char>(TraditionalChineseTable.Traditional.Length);
        for (int i = 0; i < TraditionalChineseTable.Traditional.Length; i++)
            pairs[TraditionalChineseTable.Traditional[i]] = TraditionalChineseTable.Simplified[i];
        return pairs;
    }

    /// <summary>Whether <paramref name="text"/> is written in traditional characters.</summary>
    public static bool IsTraditional(ReadOnlySpan<char> text)
    {
        int count = 0;
        return Counted(text, ref count);
    }

    /// <summary>Whether the lines are written in traditional characters.</summary>
    public static bool IsTraditional(IEnumerable<string> lines)
    {
        int count = 0;
        foreach (var line in lines)
            if (Counted(line, ref count)) return true;
        return false;
    }

    /// <summary>Counts the markers of <paramref name="text"/> on top of <paramref name="count"/>, stopping once there are enough.</summary>
    private static bool Counted(ReadOnlySpan<char> text, ref int count)
    {
        for (int at = text.IndexOfAny(Markers); at >= 0; at = text.IndexOfAny(Markers))
        {
            if (++count >= MarkersOfATraditionalText) return true;
            text = text[(at + 1)..];
        }
        return false;
    }

    /// <summary>Running headers, which are not normalized as the text's lines are, in simplified characters.</summary>
    public static IReadOnlyList<string> Simplified(IReadOnlyList<string> lines)
    {
        var simplified = new List<string>(lines.Count);
        foreach (var line in lines) simplified.Add(Simplified(line));
        return simplified;
    }

    /// <summary>The line in simplified characters (a running header, which is not normalized as a line of the text is).</summary>
    public static string Simplified(string text)
    {
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++) chars[i] = Simplified(chars[i]);
        return new string(chars);
    }

    /// <summary>The simplified form of <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    public static char Simplified(char c) => c >= '\u3400' && SimplifiedOf.TryGetValue(c, out char simplified) ? simplified : c;

    /// <summary>
    /// The length of a reading in pinyin that a converting mirror put after a character (經(jīng)費(fèi), 渝水區（qū）) at
    /// <paramref name="at"/>, or 0: a bracket right after a Chinese character, then one to six lowercase Latin letters, tone
    /// marks allowed, then the closing bracket.
    /// </summary>
    public static int PinyinAfterCharacter(string line, int at)
    {
        char open = line[at];
        if (open is not ('(' or '（') || at == 0 || !IsChinese(line[at - 1])) return 0;
        char close = open == '(' ? ')' : '）';
        int end = at + 1;
        while (end < line.Length && end - at <= 6 && IsPinyinLetter(line[end])) end++;
        if (end == at + 1 || end >= line.Length || line[end] != close) return 0;
        return end - at + 1;
    }

    private static bool IsChinese(char c) => c is >= '\u3400' and <= '\u9fff';

    private static bool IsPinyinLetter(char c) => c is >= 'a' and <= 'z' || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê".Contains(c);
}
