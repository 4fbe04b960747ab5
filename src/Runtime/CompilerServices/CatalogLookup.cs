using System.ComponentModel;

namespace ComplianceGen.Runtime.CompilerServices;

/// <summary>Catalogue questions for generated validators. A code the catalogue does not know gives null: "not in catalogue", never "wrong".</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CatalogLookup
{
    public static bool? Matches(IClassificationCatalog catalog, string? name, string? code, Quantity? year) =>
        Matches(catalog, name, code, Year(year));

    public static string? NameOf(IClassificationCatalog catalog, string? code, Quantity? year) =>
        NameOf(catalog, code, Year(year));

    /// <summary>The same with the year as the fact itself (the report's 年度): no Quantity is built for it per line.</summary>
    public static bool? Matches(IClassificationCatalog catalog, string? name, string? code, CountFact? year) =>
        Matches(catalog, name, code, year?.Value);

    public static string? NameOf(IClassificationCatalog catalog, string? code, CountFact? year) =>
        NameOf(catalog, code, year?.Value);

    private static bool? Matches(IClassificationCatalog catalog, string? name, string? code, int? year)
    {
        if (name is null || code is null) return null;
        if (year is null)
        {
            // The year is not known: a name of any year is right, and against no year's name it cannot be told wrong.
            foreach (var any in catalog.NamesOf(code))
                if (CatalogNames.Match(name, any)) return true;
            return null;
        }
        if (!catalog.TryGetName(code, year, out var entry)) return null;
        return CatalogNames.Match(name, entry);
    }

    private static string? NameOf(IClassificationCatalog catalog, string? code, int? year)
    {
        if (code is null) return null;
        return catalog.TryGetName(code, year, out var entry) ? entry.Name : null;
    }

    private static int? Year(Quantity? year) => year is { IsDefined: true } y ? (int)y.Value : null;
}
