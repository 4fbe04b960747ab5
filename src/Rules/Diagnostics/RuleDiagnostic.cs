using System;
using ComplianceGen.Rules.Syntax;

namespace ComplianceGen.Rules.Diagnostics;

public enum DiagnosticLevel
{
    Info,
    Warning,
    Error,
}

/// <summary>A problem in a rule file, located at a span of that file. Equatable, so it can travel through the incremental pipeline.</summary>
public sealed record RuleDiagnostic(string Id, DiagnosticLevel Level, string Message, string FilePath, SourceSpan Span)
{
    public bool IsError => Level == DiagnosticLevel.Error;

    /// <summary><c>rules/x.rules(12,7): error CG1001: …</c>, the form compilers print.</summary>
    public override string ToString() =>
        $"{FilePath}({Span.Line},{Span.Column}): {Level.ToString().ToLowerInvariant()} {Id}: {Message}";

    public static RuleDiagnostic Create(DiagnosticDescriptorInfo descriptor, string filePath, SourceSpan span, params object[] args) =>
        new(descriptor.Id, descriptor.Level, args.Length == 0 ? descriptor.MessageFormat : string.Format(System.Globalization.CultureInfo.InvariantCulture, descriptor.MessageFormat, args), filePath, span);
}

/// <summary>A diagnostic's id, level, title and message format: plain data, so the language has no Roslyn dependency.</summary>
public sealed record DiagnosticDescriptorInfo(string Id, DiagnosticLevel Level, string Category, string Title, string MessageFormat);

public static class Levels
{
    public static DiagnosticLevel Max(DiagnosticLevel a, DiagnosticLevel b) => (DiagnosticLevel)Math.Max((int)a, (int)b);
}
