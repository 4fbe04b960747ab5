using System;

namespace ComplianceGen.Reader.Normalization;

/// <summary>Text with its white space taken out, as titles, headers and notes are compared ("单位 ：万元" is "单位：万元").</summary>
internal static class WhiteSpace
{
    /// <summary>
    /// <paramref name="text"/> without white space. Most cells and titles have none: they come back as they are, with
    /// nothing allocated; the others are copied once.
    /// </summary>
    public static string Removed(string text)
    {
        int first = 0;
        while (first < text.Length && !Is(text[first])) first++;
        if (first == text.Length) return text;
        int kept = first;
        for (int i = first; i < text.Length; i++) if (!Is(text[i])) kept++;
        return string.Create(kept, (text, first), static (span, state) =>
        {
            var (source, start) = state;
            source.AsSpan(0, start).CopyTo(span);
            int j = start;
            for (int i = start; i < source.Length; i++) if (!Is(source[i])) span[j++] = source[i];
        });
    }

    /// <summary>
    /// <paramref name="text"/> without white space at either end, as <see cref="string.Trim()"/> cuts it: the same string when
    /// there is none, with no Unicode lookup for Chinese characters at its ends.
    /// </summary>
    public static string Trimmed(string text)
    {
        var kept = Trimmed(text.AsSpan());
        return kept.Length == text.Length ? text : kept.ToString();
    }

    /// <summary><see cref="Trimmed(string)"/> of characters that are not a string of their own.</summary>
    public static ReadOnlySpan<char> Trimmed(ReadOnlySpan<char> text)
    {
        int first = 0, last = text.Length - 1;
        while (first <= last && Is(text[first])) first++;
        while (last >= first && Is(text[last])) last--;
        return text.Slice(first, last - first + 1);
    }

    /// <summary>Every character <see cref="Is"/> takes for white space: for the vectorised searches that skip it.</summary>
    public static readonly string All = string.Concat(System.Linq.Enumerable.Where(System.Linq.Enumerable.Select(System.Linq.Enumerable.Range(0, char.MaxValue + 1), i => (char)i), Is));

    /// <summary>Whether <paramref name="text"/> holds only white space (<see cref="string.IsNullOrWhiteSpace"/> of a string, without the Unicode lookup).</summary>
    public static bool IsBlank(string text)
    {
        foreach (char c in text)
            if (!Is(c)) return false;
        return true;
    }

    /// <summary><see cref="char.IsWhiteSpace(char)"/> without the Unicode table for Chinese text (<see cref="ComplianceGen.Runtime.TextChars"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool Is(char c) => ComplianceGen.Runtime.TextChars.IsWhiteSpace(c);
}
