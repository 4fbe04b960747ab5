using System;

namespace ComplianceGen.Runtime;

/// <summary>
/// Whether a printed name is the catalogue's name. White space, full-width forms and quotes do
/// not count, and neither does a trailing level marker or 支出: documents drop the 支出 of a
/// class name in the （类） form ("科学技术（类）" for 206 科学技术支出). Allocation-free, since
/// validators call it for every classification line of every report.
/// </summary>
public static class CatalogNames
{
    private const int StackLimit = TextComparison.StackLimit;
    private static readonly string[] LevelSuffixes = { "(类)", "(款)", "(项)" };

    public static bool Match(string? printed, string catalogName) =>
        string.Equals(printed, catalogName, StringComparison.Ordinal) ? catalogName.Length > 0 : Match(printed, catalogName, Comparable(catalogName));

    /// <summary>Compares with an entry whose comparable name was computed when the catalogue was loaded.</summary>
    public static bool Match(string? printed, CatalogEntry entry) => Match(printed, entry.Name, entry.ComparableName);

    private static bool Match(string? printed, string catalogName, string comparableCatalogName)
    {
        if (string.IsNullOrEmpty(printed)) return false;
        // Most documents print the catalogue's name exactly: nothing to normalise then.
        if (string.Equals(printed, catalogName, StringComparison.Ordinal)) return comparableCatalogName.Length > 0;
        Span<char> buffer = printed!.Length <= StackLimit ? stackalloc char[printed.Length] : new char[printed.Length];
        var written = buffer.Slice(0, TextComparison.NormalizeInto(printed, buffer));
        written.Replace('与', '和');
        var normalized = Strip(written);
        return normalized.Length > 0 && normalized.SequenceEqual(comparableCatalogName.AsSpan());
    }

    /// <summary>
    /// The normalised, stripped form of a name that <see cref="Match(string?, string)"/> compares, 与 written 和: a document that
    /// swaps the two in a class's name (社会保障与就业支出 for 社会保障和就业支出) names it all the same, a slip no reviewer reports.
    /// </summary>
    public static string Comparable(string name)
    {
        var buffer = new char[name.Length];
        var written = buffer.AsSpan(0, TextComparison.NormalizeInto(name, buffer));
        written.Replace('与', '和');
        return Strip(written).ToString();
    }

    /// <summary>
    /// Drops trailing 支出 and level markers in any order: "科学技术（类）支出", "科学技术支出（类）"
    /// and "科学技术" all come down to 科学技术.
    /// </summary>
    private static ReadOnlySpan<char> Strip(ReadOnlySpan<char> name)
    {
        bool stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var suffix in LevelSuffixes)
            {
                if (name.EndsWith(suffix.AsSpan(), StringComparison.Ordinal))
                {
                    name = name.Slice(0, name.Length - suffix.Length);
                    stripped = true;
                }
            }
            if (name.Length > 2 && name.EndsWith("支出".AsSpan(), StringComparison.Ordinal))
            {
                name = name.Slice(0, name.Length - 2);
                stripped = true;
            }
        }
        return name;
    }
}
