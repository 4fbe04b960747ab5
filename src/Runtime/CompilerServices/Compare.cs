using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace ComplianceGen.Runtime.CompilerServices;

/// <summary>Three-valued comparisons for generated validators: null when either side is unknown.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Compare
{
    public static bool? Holds(in Quantity? left, ComparisonOperator op, in Quantity? right, in Tolerance tolerance)
    {
        if (left is not { IsDefined: true } l || right is not { IsDefined: true } r) return null;
        return Comparison.Holds(l, op, r, tolerance);
    }

    /// <summary>
    /// Sums and differences of stated figures, compared as their quantities would be (the same allowance, the same
    /// answer) without building them: what a generated requirement that compares such sums calls. It is compiled into
    /// the rule, where the operator is a constant; the allowance of rounding, of none and of a fixed amount is worked out
    /// here, and only a relative one or a set builds the two quantities.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Holds(in Figure? left, ComparisonOperator op, in Figure? right, in Tolerance tolerance)
    {
        if (left is not { } l || right is not { } r) return null;
        decimal allowed = tolerance.Kind switch
        {
            ToleranceKind.Rounding => l.Tolerance + r.Tolerance,
            ToleranceKind.Exact => 0m,
            ToleranceKind.Absolute => tolerance.Value,
            _ => Figure.Allowed(l, r, tolerance),
        };
        return Comparison.Within(l.Value - r.Value, op, allowed);
    }

    /// <summary>
    /// A count against a number, exactly (no tolerance): the same answer as comparing
    /// <c>Quantity.Number(count)</c> with <c>Quantity.Number(number)</c>, without building either.
    /// Generated validators compare counts this way ("count(…) &gt; 1").
    /// </summary>
    public static bool? Holds(int count, ComparisonOperator op, decimal number) => Ordered(((decimal)count).CompareTo(number), op);

    /// <summary>A count of a collection the document may not have (null): unknown then.</summary>
    public static bool? Holds(int? count, ComparisonOperator op, decimal number) => count is { } c ? Ordered(((decimal)c).CompareTo(number), op) : null;

    /// <summary>
    /// Two stated whole numbers (table numbers, vehicles, years): the same answer as comparing their
    /// quantities, without building them when there is no tolerance to apply.
    /// </summary>
    public static bool? Holds(CountFact? left, ComparisonOperator op, CountFact? right, Tolerance tolerance)
    {
        if (left is null || right is null) return null;
        if (tolerance.Kind != ToleranceKind.Exact) return Comparison.Holds(Quantity.FromCount(left), op, Quantity.FromCount(right), tolerance);
        return Ordered(left.Value.CompareTo(right.Value), op);
    }

    /// <summary>Whether <paramref name="op"/> holds between two values that compare as <paramref name="order"/> (&lt;0, 0, &gt;0).</summary>
    private static bool Ordered(int order, ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => order == 0,
        ComparisonOperator.NotEqual => order != 0,
        ComparisonOperator.Less => order < 0,
        ComparisonOperator.LessOrEqual => order <= 0,
        ComparisonOperator.Greater => order > 0,
        ComparisonOperator.GreaterOrEqual => order >= 0,
        _ => false,
    };

    public static bool? SameText(string? left, string? right) =>
        left is null || right is null ? null : TextComparison.Same(left, right);

    public static bool? SameBool(bool? left, bool? right) =>
        left is null || right is null ? null : left.Value == right.Value;

    public static bool? Contains(string? text, string? part) =>
        text is null || part is null ? null : TextComparison.Contains(text, part);

    /// <summary>Whether a text (or code) starts with another, compared as <see cref="TextComparison"/> does.</summary>
    public static bool? StartsWith(string? text, string? prefix) =>
        text is null || prefix is null ? null : TextComparison.StartsWith(text, prefix);

    /// <summary>Whether a text (or code) ends with another, compared as <see cref="TextComparison"/> does.</summary>
    public static bool? EndsWith(string? text, string? suffix) =>
        text is null || suffix is null ? null : TextComparison.EndsWith(text, suffix);

    /// <summary>
    /// Both sides, the difference and the tolerance, for a failed comparison's finding; and <paramref name="note"/>
    /// after them, e.g. which of several alternatives was compared.
    /// </summary>
    public static string? Explain(Quantity? left, Quantity? right, Tolerance tolerance, string? note = null)
    {
        string? detail = left is { } l && right is { } r ? Comparison.Explain(l, r, tolerance) : null;
        return note is null || detail is null ? detail : detail + "；" + note;
    }

    /// <summary>Whether two keys of <c>distinct</c> are the same: both stated and equal as texts compare.</summary>
    public static bool SameKey(string? left, string? right) => left is not null && right is not null && TextComparison.Same(left, right);

    /// <summary>Whether two number keys of <c>distinct</c> are the same: both stated and equal.</summary>
    public static bool SameKey(CountFact? left, CountFact? right) => left is not null && right is not null && left.Value == right.Value;

    /// <summary>Whether two computed number keys of <c>distinct</c> are the same: both defined and equal.</summary>
    public static bool SameKey(Quantity? left, Quantity? right) =>
        left is { IsDefined: true } l && right is { IsDefined: true } r && l.Value == r.Value;
}
