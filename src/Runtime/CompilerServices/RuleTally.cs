using System.Collections.Generic;
using System.ComponentModel;

namespace ComplianceGen.Runtime.CompilerServices;

/// <summary>
/// What a generated rule's check found so far on one report: whether its condition held, the items
/// that passed, failed and could not be decided, and the findings. A struct passed by reference,
/// so checking a passing report allocates nothing.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct RuleTally
{
    private readonly ICollection<Finding> _findings;
    private int _passed;
    private int _failed;
    private int _undecided;

    internal RuleTally(ICollection<Finding> findings)
    {
        _findings = findings;
        _passed = _failed = _undecided = 0;
        Condition = true;
    }

    /// <summary>The rule's <c>when</c> condition: false or unknown makes the rule not applicable.</summary>
    internal bool? Condition { get; private set; }

    /// <summary>Records the rule's condition; the check goes on only when it holds.</summary>
    public bool Applies(bool? condition)
    {
        Condition = condition;
        return condition == true;
    }

    /// <summary>A failed requirement's finding.</summary>
    public void Add(Finding finding) => _findings.Add(finding);

    /// <summary>One item checked whose requirements are always decided (no nullable to unwrap in the loop of every item).</summary>
    public void Item(bool outcome)
    {
        if (outcome) _passed++;
        else _failed++;
    }

    /// <summary>One item checked: true when every requirement held, false when one failed, null when one could not be decided.</summary>
    public void Item(bool? outcome)
    {
        switch (outcome)
        {
            case true: _passed++; break;
            case false: _failed++; break;
            default: _undecided++; break;
        }
    }

    internal readonly RuleOutcome Conclude(string nothingToCheck, string undecided) =>
        RuleOutcome.Conclude(_passed, _failed, _undecided, nothingToCheck, undecided);
}
