using System.Collections.Generic;
using System.Linq;
using ComplianceGen.Rules.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ComplianceGen.Generator.Pipeline;

/// <summary>
/// The Roslyn view of <see cref="DiagnosticCatalog"/>: one descriptor per catalogue entry, and
/// the conversion of a located <see cref="RuleDiagnostic"/> into a compiler diagnostic that
/// points into the rule file.
/// </summary>
internal static class DiagnosticDescriptors
{
    private static readonly Dictionary<string, DiagnosticDescriptor> ById =
        DiagnosticCatalog.All.ToDictionary(info => info.Id, info => new DiagnosticDescriptor(
            info.Id,
            info.Title,
            "{0}",
            info.Category,
            info.Level switch
            {
                DiagnosticLevel.Error => DiagnosticSeverity.Error,
                DiagnosticLevel.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Info,
            },
            isEnabledByDefault: true));

    public static Diagnostic ToDiagnostic(RuleDiagnostic diagnostic)
    {
        var descriptor = ById.TryGetValue(diagnostic.Id, out var found) ? found : ById[DiagnosticCatalog.InternalError.Id];
        var span = diagnostic.Span;
        var location = Location.Create(
            diagnostic.FilePath,
            new TextSpan(span.Start, span.Length),
            new LinePositionSpan(
                new LinePosition(System.Math.Max(span.Line - 1, 0), System.Math.Max(span.Column - 1, 0)),
                new LinePosition(System.Math.Max(span.EndLine - 1, 0), System.Math.Max(span.EndColumn - 1, 0))));
        return Diagnostic.Create(descriptor, location, diagnostic.Message);
    }
}
