namespace ComplianceGen.Runtime;

/// <summary>
/// Turns model facts into the values rules compute with. A fact that was not stated (null)
/// becomes null, and null propagates through arithmetic (C#'s lifted operators) and logic
/// (<c>bool?</c>'s three-valued &amp; and |), so a missing fact makes a requirement "unknown"
/// rather than passing or failing silently.
/// </summary>
public static class Values
{
    public static Quantity? Of(Amount? amount) => amount is null ? null : Quantity.FromAmount(amount);

    public static Quantity? Of(Share? share) => share is null ? null : Quantity.FromShare(share);

    public static Quantity? Of(CountFact? count) => count is null ? null : Quantity.FromCount(count);

    public static string? Of(TextFact? text) => text?.Value;

    public static string? Of(CodeFact? code) => code?.Value;
}
