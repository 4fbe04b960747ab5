namespace ComplianceGen.Runtime;

/// <summary>
/// One row of the classification catalogue: a code's name for a range of years and where
/// that name was seen. <see cref="ValidTo"/> is inclusive; <c>null</c> bounds are open.
/// </summary>
public sealed record CatalogEntry(
    string System,
    string Code,
    string Name,
    string Level,
    int? ValidFrom,
    int? ValidTo,
    string Source)
{
    public bool IsValidIn(int? year) =>
        year is null || ((ValidFrom is null || year >= ValidFrom) && (ValidTo is null || year <= ValidTo));

    /// <summary>The name as <see cref="CatalogNames"/> compares it, computed once per entry rather than per check.</summary>
    public string ComparableName { get; } = CatalogNames.Comparable(Name);
}
