namespace ComplianceGen.Runtime;

/// <summary>Catalogue questions for generated validators. A code the catalogue does not know gives null: "not in catalogue", never "wrong".</summary>
public static class CatalogLookup
{
    public static bool? Matches(IClassificationCatalog catalog, string? name, string? code, Quantity? year)
    {
        if (name is null || code is null) return null;
        if (!catalog.TryGetName(code, Year(year), out var entry)) return null;
        return CatalogNames.Match(name, entry);
    }

    public static string? NameOf(IClassificationCatalog catalog, string? code, Quantity? year)
    {
        if (code is null) return null;
        return catalog.TryGetName(code, Year(year), out var entry) ? entry.Name : null;
    }

    /// <summary>The same with the year as the fact itself (the report's 年度): no Quantity is built for it per line.</summary>
    public static bool? Matches(IClassificationCatalog catalog, string? name, string? code, CountFact? year)
    {
        if (name is null || code is null) return null;
        if (!catalog.TryGetName(code, year?.Value, out var entry)) return null;
        return CatalogNames.Match(name, entry);
    }

    public static string? NameOf(IClassificationCatalog catalog, string? code, CountFact? year)
    {
        if (code is null) return null;
        return catalog.TryGetName(code, year?.Value, out var entry) ? entry.Name : null;
    }

    private static int? Year(Quantity? year) => year is { IsDefined: true } y ? (int)y.Value : null;
}
