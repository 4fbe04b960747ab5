using System;
using System.Collections.Generic;
using System.Linq;
using ComplianceGen.Cli.Batch;
using ComplianceGen.Runtime;

namespace ComplianceGen.Cli.Reporting;

/// <summary>Counts gathered as outcomes stream past: per rule and over the whole batch. Small and fixed-size per rule.</summary>
public sealed class BatchSummary
{
    private readonly Dictionary<string, RuleTally> _byRule;

    public BatchSummary(IReadOnlyList<RuleValidator> rules)
    {
        Rules = rules.Select(r => r.Descriptor).ToList();
        _byRule = Rules.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new RuleTally(g.First()), StringComparer.Ordinal);
    }

    public IReadOnlyList<RuleDescriptor> Rules { get; }

    public int Documents { get; private set; }

    public int Unreadable { get; private set; }

    public int Checked => Documents - Unreadable;

    public int DocumentsWithFindings { get; private set; }

    /// <summary>Documents judged not to be a budget disclosure: read, but no rule run.</summary>
    public int NotDisclosures { get; private set; }

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int Infos { get; private set; }

    /// <summary>Rule runs that threw, over all documents.</summary>
    public int RuleErrors { get; private set; }

    public IEnumerable<RuleTally> Tallies => _byRule.Values.OrderBy(t => t.Rule.Id, StringComparer.Ordinal);

    public void Add(DocumentOutcome outcome)
    {
        Documents++;
        if (outcome.Error is not null)
        {
            Unreadable++;
            return;
        }
        if (outcome.Findings.Count > 0) DocumentsWithFindings++;
        if (outcome.NotDisclosure is not null) NotDisclosures++;
        RuleErrors += outcome.RuleErrors.Count;
        foreach (var finding in outcome.Findings)
        {
            switch (finding.Severity)
            {
                case Severity.Error: Errors++; break;
                case Severity.Warning: Warnings++; break;
                default: Infos++; break;
            }
        }
        foreach (var id in outcome.Findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal))
            if (_byRule.TryGetValue(id, out var tally)) tally.Failed++;
        foreach (var na in outcome.NotApplicable)
            if (_byRule.TryGetValue(na.Rule.Id, out var tally)) tally.NotApplicable++;
        foreach (var id in outcome.Passed)
            if (_byRule.TryGetValue(id, out var tally)) tally.Passed++;
    }

    /// <summary>The documented exit code for this batch under <paramref name="failOn"/>.</summary>
    public int ExitCode(FailOn failOn)
    {
        // A rule that could not run leaves the check incomplete: never a clean exit.
        if (Unreadable > 0 || RuleErrors > 0) return ExitCodes.UsageOrInputError;
        return failOn switch
        {
            FailOn.Error => Errors > 0 ? ExitCodes.Findings : ExitCodes.Ok,
            FailOn.Warning => Errors + Warnings > 0 ? ExitCodes.Findings : ExitCodes.Ok,
            _ => ExitCodes.Ok,
        };
    }
}

/// <summary>How many documents one rule failed, passed, or could not be applied to.</summary>
public sealed class RuleTally
{
    public RuleTally(RuleDescriptor rule) => Rule = rule;

    public RuleDescriptor Rule { get; }

    public int Failed { get; set; }

    public int Passed { get; set; }

    public int NotApplicable { get; set; }
}

public enum FailOn
{
    Error,
    Warning,
    Never,
}
