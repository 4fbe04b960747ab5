namespace ComplianceGen.Generator.Pipeline;

/// <summary>Names of the pipeline steps, so tests can assert which steps ran, were cached or unchanged.</summary>
public static class TrackingNames
{
    public const string ProjectDirectory = nameof(ProjectDirectory);
    public const string RuleSources = nameof(RuleSources);
    public const string GeneratedFiles = nameof(GeneratedFiles);
    public const string ParsedRules = nameof(ParsedRules);
    public const string ModelSchema = nameof(ModelSchema);
    public const string BoundRules = nameof(BoundRules);
    public const string RulePlans = nameof(RulePlans);
    public const string RuleIds = nameof(RuleIds);
    public const string DuplicateIds = nameof(DuplicateIds);
    public const string Registry = nameof(Registry);
}
