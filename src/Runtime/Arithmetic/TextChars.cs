namespace ComplianceGen.Runtime;

/// <summary>Character tests shared by name comparison and the reader.</summary>
internal static class TextChars
{
    /// <summary>
    /// <see cref="char.IsWhiteSpace(char)"/>, answered without the Unicode table for the characters a Chinese document is
    /// made of: every white-space character above U+00FF lies in U+1680–U+3000, below the Chinese characters and the
    /// full-width forms, for which <see cref="char.IsWhiteSpace(char)"/> looks the category up.
    /// </summary>
    public static bool IsWhiteSpace(char c) => c <= '\u00FF' ? char.IsWhiteSpace(c) : c is >= '\u1680' and <= '\u3000' && char.IsWhiteSpace(c);
}
