namespace ComplianceGen.Runtime;

/// <summary>What validators may consult besides the report: the classification catalogue.</summary>
public sealed class ValidationContext
{
    public ValidationContext(IClassificationCatalog catalog) => Catalog = catalog;

    public IClassificationCatalog Catalog { get; }

    /// <summary>A context with an empty catalogue: every code is "not in catalogue".</summary>
    public static ValidationContext WithoutCatalog { get; } = new(ClassificationCatalog.Empty);
}
