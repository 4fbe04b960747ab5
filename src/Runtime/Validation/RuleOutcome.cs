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
/// What one rule concluded about one report, and how many items it checked with what result (a rule
/// without <c>for each</c> checks one item: the report). A struct, so that a passing rule allocates
/// nothing; the findings of a failing rule go to the list the caller passes in.
/// </summary>
public readonly struct RuleOutcome
{
    // Every rule returns one of these for every report, so it is kept to 16 bytes (a reference and one
    // 64-bit word), which x64 returns in two registers instead of through memory: the status in the low
    // 2 bits, then the three counts in 20 or 21 bits each. A count that would not fit (over a million
    // items of one rule in one report) stays at the largest that does.
    private const int StatusBits = 2;
    private const int PassedBits = 21;
    private const int FailedBits = 21;
    private const int UndecidedBits = 20;

    private readonly string? _reason;
    private readonly ulong _packed;

    private RuleOutcome(RuleStatus status, string? reason, int passed = 0, int failed = 0, int undecided = 0)
    {
        _reason = reason;
        _packed = (ulong)status
            | Fit(passed, PassedBits) << StatusBits
            | Fit(failed, FailedBits) << (StatusBits + PassedBits)
            | Fit(undecided, UndecidedBits) << (StatusBits + PassedBits + FailedBits);
    }

    private static ulong Fit(int count, int bits) => (ulong)System.Math.Min(System.Math.Max(count, 0), (1 << bits) - 1);

    private int Field(int shift, int bits) => (int)((_packed >> shift) & ((1UL << bits) - 1));

    public RuleStatus Status => (RuleStatus)Field(0, StatusBits);

    /// <summary>Why the rule was not applicable; <c>null</c> otherwise.</summary>
    public string? Reason => _reason;

    /// <summary>Items every requirement held for.</summary>
    public int Passed => Field(StatusBits, PassedBits);

    /// <summary>Items a requirement failed for (each failure is a finding).</summary>
    public int Failed => Field(StatusBits + PassedBits, FailedBits);

    /// <summary>Items no requirement failed for but one could not be decided for: a fact it needs is not stated.</summary>
    public int Undecided => Field(StatusBits + PassedBits + FailedBits, UndecidedBits);

    public static RuleOutcome Pass => new(RuleStatus.Pass, null);

    public static RuleOutcome Fail => new(RuleStatus.Fail, null);

    public static RuleOutcome NotApplicable(string reason) => new(RuleStatus.NotApplicable, reason);

    /// <summary>
    /// Concludes from how many items passed, failed and could not be decided: any failure fails;
    /// otherwise a pass passes (the undecided items are counted, not a reason to drop the rule);
    /// otherwise undecided items make the rule not applicable (a missing fact never passes silently);
    /// no item at all is not applicable either.
    /// </summary>
    public static RuleOutcome Conclude(int passed, int failed, int undecided, string nothingToCheckReason, string undecidedReason)
    {
        if (failed > 0) return new(RuleStatus.Fail, null, passed, failed, undecided);
        if (passed > 0) return new(RuleStatus.Pass, null, passed, failed, undecided);
        return new(RuleStatus.NotApplicable, undecided > 0 ? undecidedReason : nothingToCheckReason, passed, failed, undecided);
    }

    public override string ToString() => Reason is null ? Status.ToString() : $"{Status}: {Reason}";
}
