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
    /// <see cref="char.IsWhiteSpace(char)"/>, answered without the Unicode table for the characters a Chinese document is
    /// made of: every white-space character above U+00FF lies in U+1680–U+3000, below the Chinese characters and the
    /// full-width forms, for which <see cref="char.IsWhiteSpace(char)"/> looks the category up.
    /// </summary>
    public static bool Is(char c) => c <= '\u00FF' ? char.IsWhiteSpace(c) : c is >= '\u1680' and <= '\u3000' && char.IsWhiteSpace(c);
}
