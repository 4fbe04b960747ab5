using System;
using System.Collections.Generic;
using System.Linq;
using ComplianceGen.Runtime;
using ComplianceGen.Runtime.CompilerServices;

namespace ComplianceGen.Runtime.Tests;

/// <summary>A rule that throws is that rule's error on that report; every other rule's result stands.</summary>
public class RuleRunnerTests
{
    /// <summary>A rule whose check does what the test says (rules derive from GeneratedRule, as the generator writes them).</summary>
    private sealed class Fake(string id, Action<RuleDescriptor, Action<Finding>, Action<bool>> check)
        : GeneratedRule(id, "title " + id, Severity.Error, Array.Empty<DocumentKind>(), "c", "", "", "x.rules", 1, new[] { "require" })
    {
        protected override void Check(DisclosureReport report, ValidationContext context, ref RuleTally tally)
        {
            var items = new List<bool>();
            var findings = new List<Finding>();
            try
            {
                check(Descriptor, findings.Add, items.Add);
            }
            finally
            {
                foreach (var finding in findings) tally.Add(finding);
                foreach (var item in items) tally.Item(item);
            }
        }

        protected override void AddEvidence(int requirement, DisclosureReport report, ValidationContext context, object? item, EvidenceList evidence)
        {
        }
    }

    [Fact]
    public void A_throwing_rule_is_an_error_result_and_the_other_rules_findings_are_kept()
    {
        var rules = new RuleValidator[]
        {
            new Fake("A-1", (_, _, item) => item(true)),
            new Fake("B-1", (d, finding, _) =>
            {
                finding(new Finding(d, "half-written", Array.Empty<Evidence>(), null));
                throw new OverflowException("Value was either too large or too small for a Decimal.");
            }),
            new Fake("C-1", (d, finding, item) =>
            {
                finding(new Finding(d, "C fails", Array.Empty<Evidence>(), null));
                item(false);
            }),
        };

        var result = RuleRunner.Run(rules, new DisclosureReport(), ValidationContext.WithoutCatalog);

        Assert.Equal(new[] { RuleStatus.Pass, RuleStatus.Error, RuleStatus.Fail }, result.Results.Select(r => r.Status));
        var error = result.Results[1];
        Assert.Equal("B-1", error.Rule.Id);
        Assert.Equal("OverflowException: Value was either too large or too small for a Decimal.", error.Reason);
        Assert.Empty(error.Findings);
        Assert.Equal("C fails", Assert.Single(result.Findings).Message);
    }
}
