namespace ComplianceGen.Generator.Pipeline;

/// <summary>A rule file's text with its full path (for diagnostics) and its project-relative path (for names).</summary>
internal sealed record RuleSource(string Path, string RelativePath, string Text);
