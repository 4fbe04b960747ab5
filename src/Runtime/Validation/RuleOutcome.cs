namespace ComplianceGen.Runtime;

public enum RuleStatus
{
    Pass,
    Fail,
    NotApplicable,

    /// <summary>The rule threw while checking the report (set by <see cref="RuleRunner"/>, never by a rule).</summary>
    Error,
}

/// <summary>
/// What one rule concluded about one report. A struct, so that a passing rule allocates
/// nothing; the findings of a failing rule go to the list the caller passes in.
/// </summary>
public readonly struct RuleOutcome
{
    private RuleOutcome(RuleStatus status, string? reason)
    {
        Status = status;
        Reason = reason;
    }

    public RuleStatus Status { get; }

    /// <summary>Why the rule was not applicable; <c>null</c> otherwise.</summary>
    public string? Reason { get; }

    public static RuleOutcome Pass => new(RuleStatus.Pass, null);

    public static RuleOutcome Fail => new(RuleStatus.Fail, null);

    public static RuleOutcome NotApplicable(string reason) => new(RuleStatus.NotApplicable, reason);

    /// <summary>
    /// Concludes from how many checks passed, failed and could not be decided: any failure fails;
    /// otherwise an undecided check makes the rule not applicable (a missing fact never passes
    /// silently); otherwise at least one pass passes; no check at all is not applicable.
    /// </summary>
    public static RuleOutcome Conclude(int passed, int failed, int unknown, string nothingToCheckReason, string unknownReason)
    {
        if (failed > 0) return Fail;
        if (unknown > 0) return NotApplicable(unknownReason);
        return passed > 0 ? Pass : NotApplicable(nothingToCheckReason);
    }

    public override string ToString() => Reason is null ? Status.ToString() : $"{Status}: {Reason}";
}
