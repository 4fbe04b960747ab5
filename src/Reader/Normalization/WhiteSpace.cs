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

    /// <summary><see cref="char.IsWhiteSpace(char)"/> without the Unicode table for Chinese text (<see cref="ComplianceGen.Runtime.TextChars"/>).</summary>
    public static bool Is(char c) => ComplianceGen.Runtime.TextChars.IsWhiteSpace(c);
}
