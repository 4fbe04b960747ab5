using System;
using System.Collections.Generic;
using System.Linq;
using ComplianceGen.Runtime;

namespace ComplianceGen.Runtime.Tests;

/// <summary>A rule that throws is that rule's error on that report; every other rule's result stands.</summary>
public class RuleRunnerTests
{
    private sealed class Fake(string id, Func<ICollection<Finding>, RuleDescriptor, RuleOutcome> validate) : IRuleValidator
    {
        public RuleDescriptor Descriptor { get; } = new(id, "title " + id, Severity.Error, Array.Empty<DocumentKind>(), null, null, "c", "", "", "x.rules", 1, "require");

        public RuleOutcome Validate(DisclosureReport report, ValidationContext context, ICollection<Finding> findings) => validate(findings, Descriptor);
    }

    [Fact]
    public void A_throwing_rule_is_an_error_result_and_the_other_rules_findings_are_kept()
    {
        var rules = new IRuleValidator[]
        {
            new Fake("A-1", (_, _) => RuleOutcome.Pass),
            new Fake("B-1", (findings, d) =>
            {
                findings.Add(new Finding(d, "half-written", Array.Empty<Evidence>(), null));
                throw new OverflowException("Value was either too large or too small for a Decimal.");
            }),
            new Fake("C-1", (findings, d) =>
            {
                findings.Add(new Finding(d, "C fails", Array.Empty<Evidence>(), null));
                return RuleOutcome.Fail;
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
