using System.Text;

namespace ComplianceGen.Generator.Emit;

/// <summary>
/// The readable stems of generated file names and container class names, from a rule file's
/// project-relative path. They may coincide for two files (<c>a/x.rules</c> and <c>b/x.rules</c>
/// share a class stem, <c>x-y.rules</c> and <c>x_y.rules</c> both); the pipeline's
/// <see cref="Pipeline.GeneratedFiles"/> makes them unique.
/// </summary>
internal static class HintNames
{
    public const string Registry = "ComplianceRules.Registry.g.cs";

    /// <summary>Longest readable part of a name; the rest of a very long path is dropped from the front, keeping the file name.</summary>
    private const int MaxStem = 100;

    /// <summary>The generated file's name without ".g.cs": the path with every character other than ASCII letters, digits, '.', '-' replaced by '_'.</summary>
    public static string FileStem(string relativePath)
    {
        var builder = new StringBuilder(relativePath.Length);
        foreach (char c in relativePath)
            builder.Append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ? c : '_');
        return Tail(builder.ToString());
    }

    /// <summary>A C# identifier for the file's container class: Rules_ + the letters and digits of the file name, '_' for the rest.</summary>
    public static string ContainerStem(string relativePath)
    {
        string name = System.IO.Path.GetFileNameWithoutExtension(relativePath.Replace('\\', '/'));
        var builder = new StringBuilder("Rules_");
        foreach (char c in name) builder.Append(char.IsLetterOrDigit(c) ? c : '_');
        return Tail(builder.ToString());
    }

    private static string Tail(string text) => text.Length <= MaxStem ? text : text.Substring(text.Length - MaxStem);
}
