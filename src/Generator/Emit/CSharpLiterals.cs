using System.Globalization;
using System.Text;

namespace ComplianceGen.Generator.Emit;

/// <summary>
/// Every text from outside the generator — rule files' contents, their paths and folder names —
/// reaches the generated code through here: as an escaped string literal (<see cref="String"/>),
/// or as inert text inside a comment or XML doc (<see cref="Comment"/>, <see cref="XmlDoc"/>).
/// A rule file or its location can never inject code.
/// </summary>
internal static class CSharpLiterals
{
    public static string String(string? value)
    {
        if (value is null) return "null";
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (EndsOrHidesLine(value, i)) AppendEscape(builder, c);
                    else builder.Append(c);
                    break;
            }
        }
        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>A decimal literal from digits the lexer already validated ("0.5" → "0.5m").</summary>
    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    public static string Int(int? value) => value is null ? "null" : value.Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Text that stays inside the one comment line it is written on, whatever it holds. Every line
    /// terminator C# knows (CR, LF, U+0085, U+2028, U+2029) would end a <c>//</c> comment and let
    /// the rest be compiled, so it is written as a visible <c>\uXXXX</c>, as are other control and
    /// format characters (bidirectional overrides could make the file read differently from what
    /// compiles) and unpaired surrogates. <c>/*</c> and <c>*/</c> are split, so the text can never
    /// open or close a block comment either.
    /// </summary>
    public static string Comment(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var builder = new StringBuilder(value!.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (EndsOrHidesLine(value, i))
            {
                AppendEscape(builder, c);
            }
            else if ((c == '/' && Next(value, i) == '*') || (c == '*' && Next(value, i) == '/'))
            {
                builder.Append(c).Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>Text for an XML doc comment: <see cref="Comment"/>, then XML-escaped.</summary>
    public static string XmlDoc(string? value)
    {
        string text = Comment(value);
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// Characters that end a line in C# (CR, LF, U+0085, U+2028, U+2029), other control characters,
    /// format characters (bidirectional controls, zero-width joiners) and unpaired surrogates.
    /// A surrogate pair (a CJK Extension B character, say) is kept as written.
    /// </summary>
    private static bool EndsOrHidesLine(string text, int index)
    {
        char c = text[index];
        if (char.IsHighSurrogate(c)) return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        if (char.IsLowSurrogate(c)) return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    private static void AppendEscape(StringBuilder builder, char c) =>
        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));

    private static char Next(string text, int index) => index + 1 < text.Length ? text[index + 1] : '\0';
}
