using System;
using System.Runtime.CompilerServices;

namespace ComplianceGen.Runtime;

public enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

/// <summary>Compares quantities within a tolerance; the generated validators call this.</summary>
public static class Comparison
{
    public static bool Holds(in Quantity left, ComparisonOperator op, in Quantity right, in Tolerance tolerance) =>
        Within(left.Value - right.Value, op, tolerance.Allowed(left, right));

    /// <summary>Whether <paramref name="op"/> holds between two values <paramref name="difference"/> apart, allowing <paramref name="allowed"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Within(decimal difference, ComparisonOperator op, decimal allowed) => op switch
    {
        ComparisonOperator.Equal => Math.Abs(difference) <= allowed,
        ComparisonOperator.NotEqual => Math.Abs(difference) > allowed,
        ComparisonOperator.Less => difference < allowed,
        ComparisonOperator.LessOrEqual => difference <= allowed,
        ComparisonOperator.Greater => difference > -allowed,
        ComparisonOperator.GreaterOrEqual => difference >= -allowed,
        _ => false,
    };

    /// <summary>"差额 0.03万元，允许误差 0.02万元（按印刷精度舍入）" — printed with a failed comparison.</summary>
    public static string Explain(in Quantity left, in Quantity right, Tolerance tolerance)
    {
        string difference = Quantity.Format(left.Value - right.Value, left.Kind, left.DisplayUnit);
        return $"左边 {left}，右边 {right}，差额 {difference}，{tolerance.Describe(left, right)}";
    }
}
