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

    /// <summary>A rule whose finding, like a generated one, makes its evidence or its detail when read, and throws then.</summary>
    private sealed class ThrowsWhenRead(string id, bool inEvidence)
        : GeneratedRule(id, "title " + id, Severity.Error, Array.Empty<DocumentKind>(), "c", "", "", "x.rules", 1, new[] { "require" })
    {
        protected override void Check(DisclosureReport report, ValidationContext context, ref RuleTally tally)
        {
            tally.Add(Failure(1, report, context, null, "fails"));
            tally.Item(false);
        }

        protected override void AddEvidence(int requirement, DisclosureReport report, ValidationContext context, object? item, EvidenceList evidence)
        {
            if (inEvidence) throw new DivideByZeroException("evidence");
        }

        protected override string? Explain(int requirement, DisclosureReport report, ValidationContext context, object? item) =>
            inEvidence ? null : throw new InvalidOperationException("detail");
    }

    [Fact]
    public void A_rule_whose_finding_throws_when_its_evidence_or_detail_is_made_is_an_error_result_there_and_not_later()
    {
        var rules = new RuleValidator[]
        {
            new ThrowsWhenRead("D-1", inEvidence: true),
            new Fake("A-1", (_, _, item) => item(true)),
            new ThrowsWhenRead("E-1", inEvidence: false),
        };

        var result = RuleRunner.Run(rules, new DisclosureReport(), ValidationContext.WithoutCatalog);

        Assert.Equal(new[] { RuleStatus.Error, RuleStatus.Pass, RuleStatus.Error }, result.Results.Select(r => r.Status));
        Assert.Equal("DivideByZeroException: evidence", result.Results[0].Reason);
        Assert.Equal("InvalidOperationException: detail", result.Results[2].Reason);
        Assert.Empty(result.Findings);
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
