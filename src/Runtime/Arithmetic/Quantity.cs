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
                return Trim(Math.Round(InUnit(value, unit), 6), AmountUnits.Symbol(unit));
            case QuantityKind.Share:
                return Trim(Math.Round(value, 4), "%");
            default:
                return Trim(Math.Round(value, 6), "");
        }
    }

    /// <summary>
    /// <see cref="AmountUnits.FromYuan"/> without the division where it is exact: 元 ÷ 10⁴ or ÷ 10⁸
    /// is the same number with its decimal point moved, while the scale stays within 28.
    /// </summary>
    private static decimal InUnit(decimal yuan, AmountUnit unit)
    {
        int shift = unit switch { AmountUnit.WanYuan => 4, AmountUnit.YiYuan => 8, _ => 0 };
        if (shift == 0) return yuan;
        int[] bits = decimal.GetBits(yuan);
        int scale = (bits[3] >> 16) & 0xFF;
        if (yuan == 0m || scale + shift > 28) return AmountUnits.FromYuan(yuan, unit);
        return new decimal(bits[0], bits[1], bits[2], bits[3] < 0, (byte)(scale + shift));
    }

    /// <summary>
    /// The value (already rounded to at most six decimals) as "0.######" prints it — no trailing
    /// zeros, no point when whole — followed by <paramref name="suffix"/>, in one string. Messages
    /// and details print several values per finding, and the custom format string is parsed anew on
    /// every call, so the plain invariant form is trimmed on the stack instead; zero (which may carry
    /// a sign) keeps the custom format.
    /// </summary>
    private static string Trim(decimal value, string suffix)
    {
        Span<char> buffer = stackalloc char[64];
        if (value == 0m || suffix.Length > 16 || !value.TryFormat(buffer, out int length, default, CultureInfo.InvariantCulture))
            return value.ToString("0.######", CultureInfo.InvariantCulture) + suffix;
        var text = buffer.Slice(0, length);
        int point = text.IndexOf('.');
        if (point >= 0)
        {
            while (text[text.Length - 1] == '0') text = text.Slice(0, text.Length - 1);
            if (text.Length - 1 == point) text = text.Slice(0, point);
        }
        suffix.AsSpan().CopyTo(buffer.Slice(text.Length));
        return new string(buffer.Slice(0, text.Length + suffix.Length));
    }
}
