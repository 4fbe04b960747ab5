using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace ComplianceGen.Runtime.CompilerServices;

/// <summary>
/// A stated amount or share, or a sum and difference of them, reduced to what a comparison reads: the
/// value (元 for an amount, percent for a share) and its rounding uncertainty. Generated validators compare
/// sums of stated figures (<c>支出.基本支出 + 支出.项目支出 = 支出.总额</c>) in this form; a
/// <see cref="Quantity"/> also carries kind, display unit, evidence and definedness, which only a message or
/// a detail prints, so those compute their values as quantities when a requirement fails.
/// </summary>
/// <remarks>
/// The arithmetic is <see cref="Quantity"/>'s for the same operands, value and tolerance alike: a sum or
/// difference adds the uncertainties. Null stands for "not stated" and for an overflow, both of which
/// <see cref="Compare.Holds(in Figure?, ComparisonOperator, in Figure?, in Tolerance)"/> answers with
/// unknown, as it does for a quantity that is not stated or not defined.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct Figure
{
    /// <summary>
    /// A figure below this in magnitude (value and uncertainty) is modest: every real one is. A sum or difference of
    /// at most <see cref="SafeTerms"/> modest figures stays below 7.9·10²⁸, decimal's largest, so it is added without
    /// an overflow check; any other is added checked, and an overflow makes it unknown as it makes a quantity undefined.
    /// </summary>
    internal const decimal Modest = 1e26m;

    /// <summary>700 × 10²⁶ = 7·10²⁸, below decimal's largest (7.9·10²⁸).</summary>
    internal const int SafeTerms = 700;

    /// <summary>The terms a figure that is not modest counts as: past <see cref="SafeTerms"/> at once.</summary>
    private const int Large = SafeTerms + 1;

    private Figure(decimal value, decimal tolerance, int terms)
    {
        Value = value;
        Tolerance = tolerance;
        Terms = terms;
    }

    public decimal Value { get; }

    /// <summary>Rounding uncertainty, in the scale of <see cref="Value"/>.</summary>
    public decimal Tolerance { get; }

    /// <summary>How many modest figures were added up to make this one (<see cref="Large"/> once one was not).</summary>
    internal int Terms { get; }

    public static Figure? Of(Amount? amount) => amount is null ? null : new Figure(amount.InYuan, amount.HalfUnitInYuan, amount.IsModest ? 1 : Large);

    public static Figure? Of(Share? share) => share is null ? null : new Figure(share.Percent, share.HalfUnit, share.IsModest ? 1 : Large);

    /// <summary>A literal, already in the compared scale (元 for an amount, percent for a share): exact.</summary>
    public static Figure Literal(decimal value) => new(value, 0m, Math.Abs(value) < Modest ? 1 : Large);

    public static Figure? operator +(Figure? left, Figure? right) => Combine(left, right, subtract: false);

    public static Figure? operator -(Figure? left, Figure? right) => Combine(left, right, subtract: true);

    private static Figure? Combine(in Figure? left, in Figure? right, bool subtract)
    {
        if (left is not { } l || right is not { } r) return null;
        int terms = l.Terms + r.Terms;
        if (terms > SafeTerms) return Checked(l, r, subtract);
        return new Figure(subtract ? l.Value - r.Value : l.Value + r.Value, l.Tolerance + r.Tolerance, terms);
    }

    /// <summary>A relative allowance or a set of them, as <see cref="Tolerance.Allowed"/> gives it for the two quantities.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static decimal Allowed(in Figure left, in Figure right, in Tolerance tolerance) =>
        tolerance.Allowed(new Quantity(left.Value, left.Tolerance, QuantityKind.Number, AmountUnit.Yuan, null),
            new Quantity(right.Value, right.Tolerance, QuantityKind.Number, AmountUnit.Yuan, null));

    /// <summary>The same with decimal's overflow check: an overflow is unknown (null), as it makes a quantity undefined.</summary>
    private static Figure? Checked(in Figure l, in Figure r, bool subtract)
    {
        try
        {
            return new Figure(subtract ? l.Value - r.Value : l.Value + r.Value, l.Tolerance + r.Tolerance, Large);
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
