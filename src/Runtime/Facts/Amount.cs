using System.Globalization;

namespace ComplianceGen.Runtime;

/// <summary>
/// A money amount as printed in a document: the printed number, its unit, the decimals it
/// was printed with and where it was read. A <c>null</c> <see cref="Amount"/> in the model
/// means "not stated"; a zero amount means "stated as zero".
/// </summary>
public sealed class Amount
{
    public Amount(decimal value, AmountUnit unit, int decimals, Evidence? evidence = null)
    {
        Value = value;
        Unit = unit;
        Decimals = decimals < 0 ? 0 : decimals;
        Evidence = evidence;
        // Computed once: validators read them for every rule that uses the amount (two decimal
        // multiplications each time otherwise).
        InYuan = AmountUnits.ToYuan(Value, Unit);
        HalfUnitInYuan = AmountUnits.ToYuan(Precision.HalfUnit(ExactDecimals(Value, Decimals)), Unit);
        IsModest = System.Math.Abs(InYuan) < CompilerServices.Figure.Modest && HalfUnitInYuan < CompilerServices.Figure.Modest;
    }

    /// <summary>The number as printed, in <see cref="Unit"/>.</summary>
    public decimal Value { get; }

    public AmountUnit Unit { get; }

    /// <summary>Decimals printed after the point; sets the rounding tolerance.</summary>
    public int Decimals { get; }

    public Evidence? Evidence { get; }

    public decimal InYuan { get; }

    /// <summary>
    /// Half of the last digit the figure is exact to, in 元. Disclosure documents drop trailing
    /// zeros of money in prose ("62.7万元" for 62.70, "2万元" for 2.00) while their tables print
    /// two decimals, so money is taken as exact to at least two decimals of its unit; a share,
    /// by contrast, really is rounded to what is printed ("79%").
    /// </summary>
    public decimal HalfUnitInYuan { get; }

    /// <summary>Below 10²⁶ 元, as every real figure is: generated comparisons add such amounts without an overflow check.</summary>
    internal bool IsModest { get; }

    /// <summary>The decimals money is assumed exact to when fewer are printed.</summary>
    public const int MinimumExactDecimals = 2;

    /// <summary>A whole number at least this large, printed without decimals, is rounded to the unit ("30,441万元" for 30441.39, "87万元" for 86.63); a small one ("2万元") is taken as exact.</summary>
    public const decimal RoundedWholeFrom = 10m;

    /// <summary>
    /// The decimals a printed figure is exact to: what it prints, at least two ("62.7万元" is 62.70), except a large
    /// whole number, which documents round to the unit when they print their prose in whole 万元.
    /// </summary>
    public static int ExactDecimals(decimal value, int printedDecimals) =>
        printedDecimals == 0 && System.Math.Abs(value) >= RoundedWholeFrom ? 0 : System.Math.Max(printedDecimals, MinimumExactDecimals);

    public bool IsZero => Value == 0m;

    public static Amount Of(decimal value, AmountUnit unit, Evidence? evidence = null) =>
        new(value, unit, Precision.DecimalsOf(value), evidence);

    public static Amount Wan(decimal value, Evidence? evidence = null) => Of(value, AmountUnit.WanYuan, evidence);

    public static Amount Yuan(decimal value, Evidence? evidence = null) => Of(value, AmountUnit.Yuan, evidence);

    public override string ToString() =>
        Value.ToString("0.############################", CultureInfo.InvariantCulture) + AmountUnits.Symbol(Unit);
}
