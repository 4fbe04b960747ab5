namespace ComplianceGen.Runtime;

/// <summary>Three-valued comparisons for generated validators: null when either side is unknown.</summary>
public static class Compare
{
    public static bool? Holds(Quantity? left, ComparisonOperator op, Quantity? right, Tolerance tolerance)
    {
        if (left is not { IsDefined: true } l || right is not { IsDefined: true } r) return null;
        return Comparison.Holds(l, op, r, tolerance);
    }

    /// <summary>
    /// A count against a number, exactly (no tolerance): the same answer as comparing
    /// <c>Quantity.Number(count)</c> with <c>Quantity.Number(number)</c>, without building either.
    /// Generated validators compare counts this way ("count(…) &gt; 1").
    /// </summary>
    public static bool? Holds(int count, ComparisonOperator op, decimal number) => op switch
    {
        ComparisonOperator.Equal => count == number,
        ComparisonOperator.NotEqual => count != number,
        ComparisonOperator.Less => count < number,
        ComparisonOperator.LessOrEqual => count <= number,
        ComparisonOperator.Greater => count > number,
        ComparisonOperator.GreaterOrEqual => count >= number,
        _ => false,
    };

    /// <summary>
    /// Two stated whole numbers (table numbers, vehicles, years): the same answer as comparing their
    /// quantities, without building them when there is no tolerance to apply.
    /// </summary>
    public static bool? Holds(CountFact? left, ComparisonOperator op, CountFact? right, Tolerance tolerance)
    {
        if (left is null || right is null) return null;
        if (tolerance.Kind != ToleranceKind.Exact) return Comparison.Holds(Quantity.FromCount(left), op, Quantity.FromCount(right), tolerance);
        int l = left.Value, r = right.Value;
        return op switch
        {
            ComparisonOperator.Equal => l == r,
            ComparisonOperator.NotEqual => l != r,
            ComparisonOperator.Less => l < r,
            ComparisonOperator.LessOrEqual => l <= r,
            ComparisonOperator.Greater => l > r,
            ComparisonOperator.GreaterOrEqual => l >= r,
            _ => false,
        };
    }

    public static bool? SameText(string? left, string? right) =>
        left is null || right is null ? null : TextComparison.Same(left, right);

    public static bool? SameBool(bool? left, bool? right) =>
        left is null || right is null ? null : left.Value == right.Value;

    public static bool? Contains(string? text, string? part) =>
        text is null || part is null ? null : TextComparison.Contains(text, part);

    /// <summary>Whether a text (or code) starts with another, compared as <see cref="TextComparison"/> does.</summary>
    public static bool? StartsWith(string? text, string? prefix) =>
        text is null || prefix is null ? null : TextComparison.StartsWith(text, prefix);

    /// <summary>Both sides, the difference and the tolerance, for a failed comparison's finding.</summary>
    public static string? Explain(Quantity? left, Quantity? right, Tolerance tolerance) =>
        left is { } l && right is { } r ? Comparison.Explain(l, r, tolerance) : null;
}
