namespace ComplianceGen.Runtime;

/// <summary>Three-valued comparisons for generated validators: null when either side is unknown.</summary>
public static class Compare
{
    public static bool? Holds(Quantity? left, ComparisonOperator op, Quantity? right, Tolerance tolerance)
    {
        if (left is not { IsDefined: true } l || right is not { IsDefined: true } r) return null;
        return Comparison.Holds(l, op, r, tolerance);
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
