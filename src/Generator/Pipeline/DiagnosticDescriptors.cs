using System.Collections.Generic;
using System.Linq;
using ComplianceGen.Rules.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ComplianceGen.Generator.Pipeline;

/// <summary>
/// The Roslyn view of <see cref="DiagnosticCatalog"/>: one descriptor per catalogue entry, with its
/// message format and a help link to the guide's entry for it, and the conversion of a located
/// <see cref="RuleDiagnostic"/> into a compiler diagnostic that points into the rule file and carries
/// the format's arguments.
/// </summary>
internal static class DiagnosticDescriptors
{
    public static IReadOnlyDictionary<string, DiagnosticDescriptor> ById { get; } =
        DiagnosticCatalog.All.ToDictionary(info => info.Id, info => new DiagnosticDescriptor(
            info.Id,
            info.Title,
            info.MessageFormat,
            info.Category,
            info.Level switch
            {
                DiagnosticLevel.Error => DiagnosticSeverity.Error,
                DiagnosticLevel.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Info,
            },
            isEnabledByDefault: true,
            helpLinkUri: info.HelpLink));

    public static Diagnostic ToDiagnostic(RuleDiagnostic diagnostic)
    {
        var span = diagnostic.Span;
        var location = Location.Create(
            diagnostic.FilePath,
            new TextSpan(span.Start, span.Length),
            new LinePositionSpan(
                new LinePosition(System.Math.Max(span.Line - 1, 0), System.Math.Max(span.Column - 1, 0)),
                new LinePosition(System.Math.Max(span.EndLine - 1, 0), System.Math.Max(span.EndColumn - 1, 0))));
        if (!ById.TryGetValue(diagnostic.Id, out var descriptor))
            return Diagnostic.Create(ById[DiagnosticCatalog.InternalError.Id], location, "unknown diagnostic " + diagnostic.Id + ": " + diagnostic.Message);
        return Diagnostic.Create(descriptor, location, diagnostic.Arguments.Cast<object>().ToArray());
    }
}
