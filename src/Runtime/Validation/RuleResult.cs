using System.Collections.Generic;

namespace ComplianceGen.Runtime;

/// <summary>One rule's outcome on one report, with its findings.</summary>
public sealed record RuleResult(RuleDescriptor Rule, RuleStatus Status, string? Reason, IReadOnlyList<Finding> Findings)
{
    /// <summary>Items every requirement held for (a rule without <c>for each</c> checks one item, the report).</summary>
    public int PassedItems { get; init; }

    /// <summary>Items a requirement failed for.</summary>
    public int FailedItems { get; init; }

    /// <summary>Items that could not be decided because a fact they need is not stated.</summary>
    public int UndecidedItems { get; init; }
}

/// <summary>Every rule's outcome on one report.</summary>
public sealed class ComplianceResult
{
    public ComplianceResult(DisclosureReport report, IReadOnlyList<RuleResult> results)
    {
        Report = report;
        Results = results;
    }

    public DisclosureReport Report { get; }

    public IReadOnlyList<RuleResult> Results { get; }

    public IEnumerable<Finding> Findings
    {
        get
        {
            foreach (var result in Results)
                foreach (var finding in result.Findings)
                    yield return finding;
        }
    }
}
