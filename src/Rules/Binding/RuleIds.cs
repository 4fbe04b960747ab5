using System.Linq;
using System.Text;

namespace ComplianceGen.Rules.Binding;

/// <summary>Rule ids and the C# class names made from them.</summary>
public static class RuleIds
{
    /// <summary>Ids are ASCII letters, digits, '-', '_' and '.', starting with a letter: they end up in file names, SARIF and URLs.</summary>
    public static bool IsValid(string id) =>
        id.Length > 0 && id.Length <= 64 && IsAsciiLetter(id[0]) &&
        id.All(c => IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.');

    /// <summary>"SG-001" → "Rule_SG_001": always a valid C# identifier for a valid id.</summary>
    public static string ClassName(string id)
    {
        var builder = new StringBuilder("Rule_");
        foreach (char c in id) builder.Append(IsAsciiLetter(c) || (c >= '0' && c <= '9') ? c : '_');
        return builder.ToString();
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
