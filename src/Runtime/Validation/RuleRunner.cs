using System;
using System.Collections.Generic;

namespace ComplianceGen.Runtime;

/// <summary>Runs a set of compiled rules over a report.</summary>
public static class RuleRunner
{
    /// <summary>
    /// Every rule's result. A rule that throws (a computation its rule file made possible, or a bug), while checking
    /// or while making its findings' evidence and detail, gets <see cref="RuleStatus.Error"/> with the exception as its
    /// reason; the other rules' results stand.
    /// </summary>
    public static ComplianceResult Run(IReadOnlyList<RuleValidator> rules, DisclosureReport report, ValidationContext context)
    {
        var results = new List<RuleResult>(rules.Count);
        var findings = new List<Finding>();
        foreach (var rule in rules)
        {
            findings.Clear();
            RuleOutcome outcome;
            try
            {
                outcome = rule.Validate(report, context, findings);
                // A generated finding's evidence and detail are made by its rule's code when first read. They are read
                // here, where a rule that throws is that rule's error on this report, and not later, in whatever
                // prints the finding, where it would stop the batch.
                foreach (var finding in findings)
                {
                    _ = finding.Evidence;
                    _ = finding.Detail;
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                string reason = (e.GetType().Name + ": " + e.Message).Replace('\r', ' ').Replace('\n', ' ');
                results.Add(new RuleResult(rule.Descriptor, RuleStatus.Error, reason, Array.Empty<Finding>()));
                continue;
            }
            results.Add(new RuleResult(rule.Descriptor, outcome.Status, outcome.Reason,
                findings.Count == 0 ? Array.Empty<Finding>() : findings.ToArray())
            {
                PassedItems = outcome.Passed,
                FailedItems = outcome.Failed,
                UndecidedItems = outcome.Undecided,
            });
        }
        return new ComplianceResult(report, results);
    }
}
