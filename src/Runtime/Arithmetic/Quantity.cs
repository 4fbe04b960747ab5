using System;
using System.Globalization;

namespace ComplianceGen.Runtime;

public enum QuantityKind
{
    Number,
    /// <summary>Money; <see cref="Quantity.Value"/> is in 元.</summary>
    Amount,
    /// <summary>A percentage; <see cref="Quantity.Value"/> is in percent (79 for 79%).</summary>
    Share,
}

/// <summary>
/// A value being computed by a rule: the number, the rounding uncertainty it carries from the
/// printed precision of the facts it came from (half a unit of the last printed digit each,
/// added up as XBRL's decimals-based calculation check does), and the evidence of its first
/// fact. Amounts are held in 元 so that 元, 万元 and 亿元 figures compare directly.
/// </summary>
public readonly struct Quantity
{
    public Quantity(decimal value, decimal tolerance, QuantityKind kind, AmountUnit displayUnit, Evidence? evidence, bool isDefined = true)
    {
        Value = value;
        Tolerance = tolerance;
        Kind = kind;
        DisplayUnit = displayUnit;
        Evidence = evidence;
        IsDefined = isDefined;
    }

    public decimal Value { get; }

    /// <summary>Rounding uncertainty, in the same scale as <see cref="Value"/>.</summary>
    public decimal Tolerance { get; }

    public QuantityKind Kind { get; }

    /// <summary>The unit an amount is shown in when a message prints it.</summary>
    public AmountUnit DisplayUnit { get; }

    public Evidence? Evidence { get; }

    /// <summary>False after a division by zero or an overflow; such a value is never compared.</summary>
    public bool IsDefined { get; }

    public static Quantity FromAmount(Amount amount) =>
        new(amount.InYuan, amount.HalfUnitInYuan, QuantityKind.Amount, amount.Unit, amount.Evidence);

    public static Quantity FromShare(Share share) =>
        new(share.Percent, share.HalfUnit, QuantityKind.Share, AmountUnit.Yuan, share.Evidence);

    public static Quantity FromCount(CountFact count) =>
        new(count.Value, 0m, QuantityKind.Number, AmountUnit.Yuan, count.Evidence);

    public static Quantity Number(decimal value) => new(value, 0m, QuantityKind.Number, AmountUnit.Yuan, null);

    public static Quantity AmountLiteral(decimal value, AmountUnit unit) =>
        new(AmountUnits.ToYuan(value, unit), 0m, QuantityKind.Amount, unit, null);

    public static Quantity ShareLiteral(decimal percent) => new(percent, 0m, QuantityKind.Share, AmountUnit.Yuan, null);

    /// <summary>The empty sum of a kind, for aggregates.</summary>
    public static Quantity Zero(QuantityKind kind) => new(0m, 0m, kind, AmountUnit.Yuan, null);

    public static Quantity Undefined(QuantityKind kind) => new(0m, 0m, kind, AmountUnit.Yuan, null, isDefined: false);

    public static Quantity operator +(Quantity left, Quantity right) => Combine(left, right, subtract: false);

    public static Quantity operator -(Quantity left, Quantity right) => Combine(left, right, subtract: true);

    public static Quantity operator -(Quantity operand) =>
        new(-operand.Value, operand.Tolerance, operand.Kind, operand.DisplayUnit, operand.Evidence, operand.IsDefined);

    /// <summary>
    /// share × amount → amount; amount × number → amount; share × share and number × number keep
    /// their kind. The uncertainty of a product is |a|·δb + |b|·δa.
    /// </summary>
    public static Quantity operator *(Quantity left, Quantity right)
    {
        var kind = ProductKind(left.Kind, right.Kind);
        if (!left.IsDefined || !right.IsDefined) return Undefined(kind);
        try
        {
            decimal l = Scale(left, right), r = Scale(right, left);
            decimal lt = ScaleTolerance(left, right), rt = ScaleTolerance(right, left);
            var unit = left.Kind == QuantityKind.Amount ? left.DisplayUnit : right.DisplayUnit;
            // share × share is a fraction of a fraction: back to percent.
            decimal percent = left.Kind == QuantityKind.Share && right.Kind == QuantityKind.Share ? 100m : 1m;
            return new Quantity(l * r * percent, (Math.Abs(l) * rt + Math.Abs(r) * lt) * percent, kind, unit, left.Evidence ?? right.Evidence);
        }
        catch (OverflowException)
        {
            return Undefined(kind);
        }
    }

    /// <summary>
    /// amount ÷ amount → share (in percent, so 49.36 ÷ 62.7 is 78.72%); amount ÷ number →
    /// amount; anything ÷ zero is undefined and makes the requirement not evaluable.
    /// </summary>
    public static Quantity operator /(Quantity left, Quantity right)
    {
        var kind = QuotientKind(left.Kind, right.Kind);
        if (!left.IsDefined || !right.IsDefined || right.Value == 0m) return Undefined(kind);
        try
        {
            decimal ratio = left.Value / right.Value;
            decimal relative = (left.Value == 0m ? 0m : left.Tolerance / Math.Abs(left.Value)) + right.Tolerance / Math.Abs(right.Value);
            decimal factor = kind == QuantityKind.Share && left.Kind != QuantityKind.Share ? 100m : 1m;
            decimal value = ratio * factor;
            decimal tolerance = left.Value == 0m ? left.Tolerance / Math.Abs(right.Value) * factor : Math.Abs(value) * relative;
            var unit = left.Kind == QuantityKind.Amount ? left.DisplayUnit : right.DisplayUnit;
            return new Quantity(value, tolerance, kind, unit, left.Evidence ?? right.Evidence);
        }
        catch (OverflowException)
        {
            return Undefined(kind);
        }
    }

    public static QuantityKind ProductKind(QuantityKind left, QuantityKind right)
    {
        if (left == QuantityKind.Amount || right == QuantityKind.Amount) return QuantityKind.Amount;
        if (left == QuantityKind.Share && right == QuantityKind.Share) return QuantityKind.Share;
        if (left == QuantityKind.Share || right == QuantityKind.Share) return QuantityKind.Share;
        return QuantityKind.Number;
    }

    public static QuantityKind QuotientKind(QuantityKind left, QuantityKind right)
    {
        if (left == QuantityKind.Amount && right == QuantityKind.Amount) return QuantityKind.Share;
        if (left == QuantityKind.Share && right == QuantityKind.Share) return QuantityKind.Number;
        return left;
    }

    // In a product a share acts as a fraction (79% × 100元 = 79元, 50% × 50% = 25%), except that
    // a share times a plain number stays in percent (2 × 30% = 60%).
    private static bool AsFraction(in Quantity q, in Quantity other) =>
        q.Kind == QuantityKind.Share && other.Kind != QuantityKind.Number;

    private static decimal Scale(in Quantity q, in Quantity other) => AsFraction(q, other) ? q.Value / 100m : q.Value;

    private static decimal ScaleTolerance(in Quantity q, in Quantity other) => AsFraction(q, other) ? q.Tolerance / 100m : q.Tolerance;

    private static Quantity Combine(in Quantity left, in Quantity right, bool subtract)
    {
        var kind = left.Kind == QuantityKind.Number ? right.Kind : left.Kind;
        if (!left.IsDefined || !right.IsDefined) return Undefined(kind);
        try
        {
            decimal value = subtract ? left.Value - right.Value : left.Value + right.Value;
            var unit = left.Kind == QuantityKind.Amount ? left.DisplayUnit : right.DisplayUnit;
            return new Quantity(value, left.Tolerance + right.Tolerance, kind, unit, left.Evidence ?? right.Evidence);
        }
        catch (OverflowException)
        {
            return Undefined(kind);
        }
    }

    /// <summary>Prints the value as a reviewer reads it: "62.7万元", "79%", "3".</summary>
    public override string ToString() => Format(Value, Kind, DisplayUnit);

    public static string Format(decimal value, QuantityKind kind, AmountUnit unit)
    {
        switch (kind)
        {
            case QuantityKind.Amount:
                return Trim(Math.Round(AmountUnits.FromYuan(value, unit), 6)) + AmountUnits.Symbol(unit);
            case QuantityKind.Share:
                return Trim(Math.Round(value, 4)) + "%";
            default:
                return Trim(Math.Round(value, 6));
        }
    }

    private static string Trim(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
