using System;
using System.Globalization;
using System.Linq;
using ComplianceGen.Rules.Syntax;

namespace ComplianceGen.Rules.Diagnostics;

public enum DiagnosticLevel
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// A problem in a rule file, located at a span of that file: its id, its message format's arguments
/// and the message they make. Equatable, so it can travel through the incremental pipeline.
/// </summary>
public sealed record RuleDiagnostic(string Id, DiagnosticLevel Level, string Message, string FilePath, SourceSpan Span)
{
    /// <summary>The arguments of the descriptor's message format, in order, as invariant-culture text.</summary>
    public EquatableArray<string> Arguments { get; init; } = EquatableArray<string>.Empty;

    public bool IsError => Level == DiagnosticLevel.Error;

    /// <summary><c>rules/x.rules(12,7): error CG1001: …</c>, the form compilers print.</summary>
    public override string ToString() =>
        $"{FilePath}({Span.Line},{Span.Column}): {Level.ToString().ToLowerInvariant()} {Id}: {Message}";

    public static RuleDiagnostic Create(DiagnosticDescriptorInfo descriptor, string filePath, SourceSpan span, params object[] args)
    {
        var arguments = args.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "").ToArray();
        string message = arguments.Length == 0 ? descriptor.MessageFormat : string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, arguments);
        return new RuleDiagnostic(descriptor.Id, descriptor.Level, message, filePath, span) { Arguments = arguments.ToEquatableArray() };
    }
}

/// <summary>A diagnostic's id, level, title and message format: plain data, so the language has no Roslyn dependency.</summary>
public sealed record DiagnosticDescriptorInfo(string Id, DiagnosticLevel Level, string Category, string Title, string MessageFormat)
{
    /// <summary>Where the guide explains the diagnostic: its row in the diagnostics table.</summary>
    public string HelpLink => DiagnosticCatalog.Guide + "#" + Id.ToLowerInvariant();
}

public static class Levels
{
    public static DiagnosticLevel Max(DiagnosticLevel a, DiagnosticLevel b) => (DiagnosticLevel)Math.Max((int)a, (int)b);
}
