using ComplianceGen.Rules.Syntax;

namespace ComplianceGen.Generator.Pipeline;

/// <summary>A rule id and where it is declared: what the duplicate-id check needs, nothing more.</summary>
internal sealed record RuleIdEntry(string Id, string Path, string RelativePath, SourceSpan Span);

/// <summary>One rule file's contribution to the registry: its container class and rule classes.</summary>
internal sealed record RegistryEntry(string RelativePath, string ContainerName, ComplianceGen.Rules.EquatableArray<(string Id, string ClassName)> Rules);
