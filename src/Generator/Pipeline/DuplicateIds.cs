using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ComplianceGen.Rules;
using ComplianceGen.Rules.Binding;
using ComplianceGen.Rules.Diagnostics;

namespace ComplianceGen.Generator.Pipeline;

/// <summary>
/// Rule ids that name the same rule: equal after the normalisation that makes class names
/// (<c>A-1</c>, <c>A_1</c> and <c>A.1</c> all become <c>Rule_A_1</c>), in one file or across files.
/// Each place of a clash gets CG2001 naming the others, so neither rule is dropped unseen.
/// </summary>
internal static class DuplicateIds
{
    /// <summary>How many other places one diagnostic names; the rest are counted.</summary>
    private const int NamedPlaces = 3;

    public static EquatableArray<RuleDiagnostic> Find(IEnumerable<RuleIdEntry> entries)
    {
        var diagnostics = new List<RuleDiagnostic>();
        var groups = entries
            .OrderBy(e => e.RelativePath, StringComparer.Ordinal).ThenBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Span.Start)
            .GroupBy(e => RuleIds.ClassName(e.Id), StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            var places = group.ToList();
            foreach (var entry in places)
            {
                var others = places.Where(p => !ReferenceEquals(p, entry)).ToList();
                string named = string.Join("、", others.Take(NamedPlaces).Select(o => Place(o, entry)));
                if (others.Count > NamedPlaces) named += string.Format(CultureInfo.InvariantCulture, " 等 {0} 处", others.Count);
                diagnostics.Add(RuleDiagnostic.Create(DiagnosticCatalog.DuplicateRuleId, entry.Path, entry.Span, entry.Id, named));
            }
        }
        return diagnostics.ToEquatableArray();
    }

    private static string Place(RuleIdEntry other, RuleIdEntry entry) =>
        string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", other.RelativePath, other.Span.Line, other.Span.Column)
        + (other.Id == entry.Id ? "" : "“" + other.Id + "”");
}
