using System.Globalization;
using System.Text;

namespace ComplianceGen.Generator.Emit;

/// <summary>
/// Every string that comes from a rule file reaches the generated code through here, as an
/// escaped literal or escaped XML doc text: a rule file can never inject code.
/// </summary>
internal static class CSharpLiterals
{
    public static string String(string? value)
    {
        if (value is null) return "null";
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    // Control characters and the Unicode line/paragraph separators would end or
                    // break the line in the generated file: write them as escapes.
                    if (char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085' || char.IsSurrogate(c) && !char.IsHighSurrogate(c) && !char.IsLowSurrogate(c))
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else
                        builder.Append(c);
                    break;
            }
        }
        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>A decimal literal from digits the lexer already validated ("0.5" → "0.5m").</summary>
    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    public static string Int(int? value) => value is null ? "null" : value.Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text for an XML doc comment: escaped, on one line.</summary>
    public static string XmlDoc(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var builder = new StringBuilder(value!.Length);
        foreach (char c in value)
        {
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                case '\r':
                case '\n':
                case '\u2028':
                case '\u2029':
                case '\u0085':
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }
        return builder.ToString();
    }
}
