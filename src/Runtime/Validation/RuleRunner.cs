using System;
using System.Collections.Generic;

namespace ComplianceGen.Runtime;

/// <summary>Runs a set of compiled rules over a report.</summary>
public static class RuleRunner
{
    public static ComplianceResult Run(IReadOnlyList<IRuleValidator> rules, DisclosureReport report, ValidationContext context)
    {
        var results = new List<RuleResult>(rules.Count);
        var findings = new List<Finding>();
        foreach (var rule in rules)
        {
            findings.Clear();
            var outcome = rule.Validate(report, context, findings);
            results.Add(new RuleResult(rule.Descriptor, outcome.Status, outcome.Reason,
                findings.Count == 0 ? Array.Empty<Finding>() : findings.ToArray()));
        }
        return new ComplianceResult(report, results);
    }
}
