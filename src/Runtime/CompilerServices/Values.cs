using System.ComponentModel;

namespace ComplianceGen.Runtime.CompilerServices;

/// <summary>
/// Turns model facts into the values rules compute with. A fact that was not stated (null)
/// becomes null, and null propagates through arithmetic (C#'s lifted operators) and logic
/// (<c>bool?</c>'s three-valued &amp; and |), so a missing fact makes a requirement "unknown"
/// rather than passing or failing silently.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Values
{
    public static Quantity? Of(Amount? amount) => amount is null ? null : Quantity.FromAmount(amount);

    public static Quantity? Of(Share? share) => share is null ? null : Quantity.FromShare(share);

    public static Quantity? Of(CountFact? count) => count is null ? null : Quantity.FromCount(count);

    public static string? Of(TextFact? text) => text?.Value;

    /// <summary>A count as a number to compute with.</summary>
    public static Quantity? Number(int count) => Quantity.Number(count);

    /// <summary>A count of a collection the document may not have: null then.</summary>
    public static Quantity? Number(int? count) => count is { } c ? Quantity.Number(c) : null;

    public static string? Of(CodeFact? code) => code?.Value;
}
