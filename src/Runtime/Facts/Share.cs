using System.Globalization;

namespace ComplianceGen.Runtime;

/// <summary>A share printed as a percentage ("占79%"): <see cref="Percent"/> is 79.</summary>
public sealed class Share
{
    public Share(decimal percent, int decimals, Evidence? evidence = null)
    {
        Percent = percent;
        Decimals = decimals < 0 ? 0 : decimals;
        Evidence = evidence;
        IsModest = System.Math.Abs(percent) < CompilerServices.Figure.Modest;
    }

    public decimal Percent { get; }

    public int Decimals { get; }

    public Evidence? Evidence { get; }

    public decimal HalfUnit => Precision.HalfUnit(Decimals);

    /// <summary>Below 10²⁶ %, as every real share is: generated comparisons add such shares without an overflow check.</summary>
    internal bool IsModest { get; }

    public static Share Of(decimal percent, Evidence? evidence = null) =>
        new(percent, Precision.DecimalsOf(percent), evidence);

    public override string ToString() =>
        Percent.ToString("0.############################", CultureInfo.InvariantCulture) + "%";
}
