using System.Collections.Generic;

namespace ComplianceGen.Runtime;

/// <summary>A rule compiled from a rule file. The source generator writes the implementations.</summary>
public interface IRuleValidator
{
    RuleDescriptor Descriptor { get; }

    /// <summary>
    /// Checks one report. Findings are added to <paramref name="findings"/>; a passing report adds
    /// nothing and allocates nothing.
    /// </summary>
    RuleOutcome Validate(DisclosureReport report, ValidationContext context, ICollection<Finding> findings);
}
