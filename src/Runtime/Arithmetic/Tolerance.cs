using System;

namespace ComplianceGen.Runtime;

public enum ToleranceKind
{
    /// <summary>No <c>within</c> clause: the values must be equal.</summary>
    Exact,
    /// <summary><c>within 0.01</c>: an absolute difference in the unit the left side was printed in.</summary>
    Absolute,
    /// <summary><c>within 0.5%</c>: relative to the right side (the expected value).</summary>
    Relative,
    /// <summary><c>within rounding</c>: the half-units of every printed value involved.</summary>
    Rounding,
}

/// <summary>The tolerance a comparison is made with.</summary>
public readonly struct Tolerance
{
    private Tolerance(ToleranceKind kind, decimal value)
    {
        Kind = kind;
        Value = value;
    }

    public ToleranceKind Kind { get; }

    public decimal Value { get; }

    public static Tolerance Exact => new(ToleranceKind.Exact, 0m);

    public static Tolerance Rounding => new(ToleranceKind.Rounding, 0m);

    public static Tolerance Absolute(decimal value) => new(ToleranceKind.Absolute, Math.Abs(value));

    public static Tolerance Relative(decimal percent) => new(ToleranceKind.Relative, Math.Abs(percent));

    /// <summary>The largest difference allowed between <paramref name="left"/> and <paramref name="right"/>.</summary>
    public decimal Allowed(in Quantity left, in Quantity right)
    {
        switch (Kind)
        {
            case ToleranceKind.Absolute:
                return left.Kind == QuantityKind.Amount ? Value * AmountUnits.YuanPerUnit(left.DisplayUnit) : Value;
            case ToleranceKind.Relative:
                decimal basis = right.Value != 0m ? Math.Abs(right.Value) : Math.Abs(left.Value);
                return basis * Value / 100m;
            case ToleranceKind.Rounding:
                return left.Tolerance + right.Tolerance;
            default:
                return 0m;
        }
    }

    public string Describe(in Quantity left, in Quantity right)
    {
        string allowed = Quantity.Format(Allowed(left, right), left.Kind, left.DisplayUnit);
        return Kind switch
        {
            ToleranceKind.Rounding => $"允许误差 {allowed}（按印刷精度舍入）",
            ToleranceKind.Relative => $"允许误差 {allowed}（{Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}%）",
            ToleranceKind.Absolute => $"允许误差 {allowed}",
            _ => "不设误差",
        };
    }
}
