using System.Collections.Generic;
using System.ComponentModel;
using ComplianceGen.Runtime.CompilerServices;

namespace ComplianceGen.Runtime;

/// <summary>
/// A rule compiled from a rule file: its descriptor, and <see cref="Validate"/>, which checks one report.
/// The source generator writes the rules (they derive from <see cref="GeneratedRule"/>).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Validate"/> is the order of the checks every rule shares (kind and year, then the rule's
/// condition, then its own check, then the conclusion from its items), and it is not virtual: a batch calls
/// every rule on every report from one loop, and a plain method is compiled into that loop, leaving one
/// call per rule (its own condition or check). Through an interface or a virtual <c>Validate</c> the loop
/// paid 3–4 ns more per rule, about a quarter of checking a report most rules do not apply to
/// (docs/benchmarks.md, issue 12).
/// </para>
/// <para>
/// Only <see cref="GeneratedRule"/> derives from this class (its constructor is not visible outside the
/// runtime), so every rule's reasons for not applying are the ones its rule file's texts make.
/// </para>
/// </remarks>
public abstract class RuleValidator
{
    private readonly string? _conditionFalse;
    private readonly string? _conditionUnknown;
    private readonly string _nothingToCheck;
    private readonly string _undecided;

    private protected RuleValidator(RuleDescriptor descriptor, string? conditionFalse, string? conditionUnknown, string nothingToCheck, string undecided)
    {
        Descriptor = descriptor;
        _conditionFalse = conditionFalse;
        _conditionUnknown = conditionUnknown;
        _nothingToCheck = nothingToCheck;
        _undecided = undecided;
    }

    public RuleDescriptor Descriptor { get; }

    /// <summary>
    /// Checks one report. Findings are added to <paramref name="findings"/>; a passing report adds
    /// nothing and allocates nothing.
    /// </summary>
    public RuleOutcome Validate(DisclosureReport report, ValidationContext context, ICollection<Finding> findings)
    {
        var descriptor = Descriptor;
        if (!descriptor.Admits(report) && !descriptor.AppliesTo(report, out var notApplicable)) return RuleOutcome.NotApplicable(notApplicable!);
        if (_conditionFalse is not null)
        {
            var condition = Condition(report, context);
            if (condition != true) return RuleOutcome.NotApplicable(condition == false ? _conditionFalse : _conditionUnknown!);
        }
        var tally = new RuleTally(findings);
        Check(report, context, ref tally);
        return tally.Condition switch
        {
            false => RuleOutcome.NotApplicable(_conditionFalse!),
            null => RuleOutcome.NotApplicable(_conditionUnknown!),
            _ => tally.Conclude(_nothingToCheck, _undecided),
        };
    }

    /// <summary>
    /// The rule's <c>when</c> condition, when it can be decided on its own: a separate method, so that a rule
    /// that does not apply returns before <see cref="Check"/> sets up what its requirements compute. A rule
    /// whose condition computes a value its requirements also compare keeps the condition in
    /// <see cref="Check"/> (<see cref="RuleTally.Applies"/>) and does not override this.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected virtual bool? Condition(DisclosureReport report, ValidationContext context) => true;

    /// <summary>The rule's own check: each item and its requirements (and its condition, when it shares a value with them).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected abstract void Check(DisclosureReport report, ValidationContext context, ref RuleTally tally);
}
