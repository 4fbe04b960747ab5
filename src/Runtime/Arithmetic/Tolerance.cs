using System;
using System.Globalization;

namespace ComplianceGen.Runtime;

public enum ToleranceKind
{
    /// <summary>No <c>within</c> clause: the values must be equal.</summary>
    Exact,
    /// <summary>
    /// <c>within 0.5万元</c>, <c>within 0.1 points</c>, <c>within 2</c>: an absolute difference, held in the
    /// compared values' own scale (元 for amounts, percentage points for shares).
    /// </summary>
    Absolute,
    /// <summary><c>within relative 0.5%</c>: relative to the right side (the expected value).</summary>
    Relative,
    /// <summary><c>within rounding</c>: the half-units of every printed value involved.</summary>
    Rounding,
    /// <summary><c>within rounding or 0.1 points</c>: the largest allowance of its parts.</summary>
    AnyOf,
}

/// <summary>
/// The tolerance a comparison is made with: one allowance, or a set of them of which the largest
/// applies. A finding's detail names the allowance that applied (<see cref="Describe"/>).
/// </summary>
public readonly struct Tolerance
{
    private readonly Tolerance[]? _parts;

    /// <summary>How an absolute allowance was written: 万元, 个百分点, or nothing (a plain number).</summary>
    private readonly AbsoluteUnit _unit;

    private enum AbsoluteUnit : byte
    {
        Plain,
        Points,
        Amount,
    }

    private Tolerance(ToleranceKind kind, decimal value, AbsoluteUnit unit = AbsoluteUnit.Plain, AmountUnit amountUnit = AmountUnit.Yuan, Tolerance[]? parts = null)
    {
        Kind = kind;
        Value = value;
        _unit = unit;
        WrittenUnit = amountUnit;
        _parts = parts;
    }

    public ToleranceKind Kind { get; }

    /// <summary>The allowance in the compared values' scale (元 for an amount), or the percentage for a relative one.</summary>
    public decimal Value { get; }

    /// <summary>The unit an amount allowance was written in (<c>0.5万元</c>: 万元).</summary>
    public AmountUnit WrittenUnit { get; }

    public static Tolerance Exact => new(ToleranceKind.Exact, 0m);

    public static Tolerance Rounding => new(ToleranceKind.Rounding, 0m);

    /// <summary>An absolute allowance between plain numbers (or, in language v1, between shares).</summary>
    public static Tolerance Absolute(decimal value) => new(ToleranceKind.Absolute, Math.Abs(value));

    /// <summary>An absolute allowance between shares, in percentage points: <c>0.1个百分点</c>.</summary>
    public static Tolerance Points(decimal points) => new(ToleranceKind.Absolute, Math.Abs(points), AbsoluteUnit.Points);

    /// <summary>An absolute allowance between amounts, written in <paramref name="unit"/>: <c>0.5万元</c>.</summary>
    public static Tolerance Amount(decimal value, AmountUnit unit) =>
        new(ToleranceKind.Absolute, Math.Abs(AmountUnits.ToYuan(value, unit)), AbsoluteUnit.Amount, unit);

    public static Tolerance Relative(decimal percent) => new(ToleranceKind.Relative, Math.Abs(percent));

    /// <summary>A comparison that holds within any of <paramref name="parts"/>, that is within the largest.</summary>
    public static Tolerance AnyOf(params Tolerance[] parts)
    {
        if (parts.Length == 1) return parts[0];
        return new Tolerance(ToleranceKind.AnyOf, 0m, parts: (Tolerance[])parts.Clone());
    }

    /// <summary>The largest difference allowed between <paramref name="left"/> and <paramref name="right"/>.</summary>
    public decimal Allowed(in Quantity left, in Quantity right)
    {
        switch (Kind)
        {
            case ToleranceKind.Absolute:
                return Value;
            case ToleranceKind.Relative:
                decimal basis = right.Value != 0m ? Math.Abs(right.Value) : Math.Abs(left.Value);
                return basis * Value / 100m;
            case ToleranceKind.Rounding:
                return left.Tolerance + right.Tolerance;
            case ToleranceKind.AnyOf:
                return Largest(left, right);
            default:
                return 0m;
        }
    }

    /// <summary>What the part that allows most allows: each part's allowance computed once (every comparison of a set asks this).</summary>
    private decimal Largest(in Quantity left, in Quantity right)
    {
        var parts = _parts!;
        decimal most = parts[0].Allowed(left, right);
        for (int i = 1; i < parts.Length; i++)
        {
            decimal allowed = parts[i].Allowed(left, right);
            if (allowed > most) most = allowed;
        }
        return most;
    }

    /// <summary>The index of the part that allows most (the first of equals), which a finding's detail names.</summary>
    private int Decisive(in Quantity left, in Quantity right)
    {
        int best = 0;
        decimal most = _parts![0].Allowed(left, right);
        for (int i = 1; i < _parts.Length; i++)
        {
            decimal allowed = _parts[i].Allowed(left, right);
            if (allowed > most)
            {
                most = allowed;
                best = i;
            }
        }
        return best;
    }

    /// <summary>
    /// "允许误差 0.01万元（按印刷精度舍入）"; for a set, the allowance that applied and what the others
    /// allowed: "允许误差 0.1%（取 0.1个百分点；按印刷精度舍入为 0.05%）".
    /// </summary>
    public string Describe(in Quantity left, in Quantity right)
    {
        string allowed = Quantity.Format(Allowed(left, right), left.Kind, left.DisplayUnit);
        switch (Kind)
        {
            case ToleranceKind.Rounding:
                return $"允许误差 {allowed}（按印刷精度舍入）";
            case ToleranceKind.Relative:
                return $"允许误差 {allowed}（相对 {Value.ToString(CultureInfo.InvariantCulture)}%）";
            case ToleranceKind.Absolute:
                return _unit == AbsoluteUnit.Points ? $"允许误差 {allowed}（{Name}）" : $"允许误差 {allowed}";
            case ToleranceKind.AnyOf:
                int decisive = Decisive(left, right);
                var others = new System.Text.StringBuilder();
                for (int i = 0; i < _parts!.Length; i++)
                {
                    if (i == decisive) continue;
                    others.Append('；').Append(_parts[i].Name).Append("为 ")
                        .Append(Quantity.Format(_parts[i].Allowed(left, right), left.Kind, left.DisplayUnit));
                }
                return $"允许误差 {allowed}（取 {_parts[decisive].Name}{others}）";
            default:
                return "不设误差";
        }
    }

    /// <summary>How a rule author wrote the allowance: 按印刷精度舍入, 相对 1%, 0.1个百分点, 0.5万元, 2.</summary>
    public string Name => Kind switch
    {
        ToleranceKind.Rounding => "按印刷精度舍入",
        ToleranceKind.Relative => "相对 " + Value.ToString(CultureInfo.InvariantCulture) + "%",
        ToleranceKind.Absolute => _unit switch
        {
            AbsoluteUnit.Points => Value.ToString(CultureInfo.InvariantCulture) + "个百分点",
            AbsoluteUnit.Amount => Quantity.Format(Value, QuantityKind.Amount, WrittenUnit),
            _ => Value.ToString(CultureInfo.InvariantCulture),
        },
        ToleranceKind.AnyOf => string.Join(" 或 ", Array.ConvertAll(_parts!, p => p.Name)),
        _ => "不设误差",
    };
}
