using System;
using System.Collections.Generic;
using System.Linq;
using ComplianceGen.Runtime;

namespace ComplianceGen.Benchmarks.Shared;

/// <summary>A finding of the run-time compiled checks: the rule id and the message, as the generated Finding has them.</summary>
public sealed record CheckFinding(string RuleId, string Message);

/// <summary>What the script checks see: the report, the context and where findings go.</summary>
public sealed class ScriptGlobals
{
    public DisclosureReport Report { get; set; } = new();

    public ValidationContext Context { get; set; } = ValidationContext.WithoutCatalog;

    public List<CheckFinding> Findings { get; } = new();
}

/// <summary>Findings as comparable text, to prove the three implementations check the same things.</summary>
public static class FindingSet
{
    public static string[] Of(IEnumerable<(string Id, string Message)> findings) =>
        findings.Select(f => f.Id + " " + f.Message).OrderBy(s => s, StringComparer.Ordinal).ToArray();
}
