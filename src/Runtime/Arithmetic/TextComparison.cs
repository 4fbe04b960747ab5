using System;
using System.Text;

namespace ComplianceGen.Runtime;

/// <summary>
/// Compares names the way a reviewer would: white space, full-width/half-width forms and
/// quote styles do not matter.
/// </summary>
public static class TextComparison
{
    public static bool Same(string? left, string? right) =>
        string.Equals(Normalize(left), Normalize(right), StringComparison.Ordinal);

    public static bool Contains(string? text, string? part) =>
        Normalize(text).IndexOf(Normalize(part), StringComparison.Ordinal) >= 0;

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var builder = new StringBuilder(text!.Length);
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || c == '“' || c == '”' || c == '"' || c == '\'') continue;
            builder.Append(c switch
            {
                '（' => '(',
                '）' => ')',
                '，' => ',',
                '：' => ':',
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                _ => c,
            });
        }
        return builder.ToString();
    }
}
