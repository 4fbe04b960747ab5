namespace ComplianceGen.Runtime;

/// <summary>
/// The 政府收支分类科目 names by code and year. A code the catalogue does not know is
/// "not in catalogue" — never wrong.
/// </summary>
public interface IClassificationCatalog
{
    /// <summary>The name of <paramref name="code"/> in <paramref name="year"/>, if the catalogue knows it.</summary>
    bool TryGetName(string code, int? year, out CatalogEntry entry);

    /// <summary>
    /// Every name the catalogue gives <paramref name="code"/>, whatever the year: a report whose year is not known
    /// cannot be held to one year's name.
    /// </summary>
    System.Collections.Generic.IEnumerable<CatalogEntry> NamesOf(string code) =>
        TryGetName(code, null, out var entry) ? new[] { entry } : System.Array.Empty<CatalogEntry>();
}
