namespace ComplianceGen.Runtime;

/// <summary>Character tests shared by name comparison and the reader.</summary>
internal static class TextChars
{
    /// <summary>
    /// <see cref="char.IsWhiteSpace(char)"/> with the white-space characters written out, so that it inlines and looks
    /// nothing up: tab to carriage return, the space, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F,
    /// U+205F and U+3000 (the Unicode space separators and the line and paragraph separators). Chinese characters and
    /// full-width forms, most of a document, are above U+3000 and are answered by three comparisons.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsWhiteSpace(char c) =>
        c <= ' '
            ? c == ' ' || c is >= '\t' and <= '\r'
            : c is >= '\u0085' and <= '\u3000' && c is '\u0085' or '\u00A0' or '\u1680' or >= '\u2000' and <= '\u200A' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000';
}
