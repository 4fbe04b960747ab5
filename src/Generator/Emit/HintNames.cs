using System.Text;

namespace ComplianceGen.Generator.Emit;

/// <summary>
/// Generated file names and container class names from a rule file's project-relative path:
/// rules/三公经费.rules and other/三公经费.rules give different hint names.
/// </summary>
internal static class HintNames
{
    public static string ForRuleFile(string relativePath) => Sanitize(relativePath) + "." + StableHash(relativePath) + ".g.cs";

    public const string Registry = "ComplianceRules.Registry.g.cs";

    /// <summary>A C# identifier for the file's container class: Rules_ + letters and digits of the file name.</summary>
    public static string ContainerClass(string relativePath)
    {
        string name = System.IO.Path.GetFileNameWithoutExtension(relativePath.Replace('\\', '/'));
        var builder = new StringBuilder("Rules_");
        foreach (char c in name) builder.Append(char.IsLetterOrDigit(c) ? c : '_');
        return builder.ToString();
    }

    private static string Sanitize(string path)
    {
        var builder = new StringBuilder(path.Length);
        foreach (char c in path)
            builder.Append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ? c : '_');
        return builder.ToString();
    }

    /// <summary>FNV-1a over the path, so two paths that sanitize alike still get distinct hint names.</summary>
    private static string StableHash(string text)
    {
        unchecked
        {
            uint hash = 2166136261;
            foreach (char c in text.Replace('\\', '/'))
            {
                hash ^= c;
                hash *= 16777619;
            }
            return hash.ToString("x8");
        }
    }
}
