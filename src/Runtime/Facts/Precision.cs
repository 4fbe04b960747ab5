using System;

namespace ComplianceGen.Runtime;

/// <summary>Printed precision: how many decimals a number was printed with, and the half-unit it implies.</summary>
public static class Precision
{
    private const int MaxDecimals = 20;

    // Every value (fact) a rule reads asks for its half-unit, and computing it takes decimal
    // divisions, the costliest decimal operation: a profile of the validators found them a fifth of
    // all validation time. They are computed once here, the same way, so the values are identical.
    private static readonly decimal[] s_halfUnits = ComputeHalfUnits();

    /// <summary>Half of the last printed digit: "79" → 0.5, "5.56" → 0.005.</summary>
    public static decimal HalfUnit(int decimals)
    {
        if (decimals < 0) decimals = 0;
        if (decimals > MaxDecimals) decimals = MaxDecimals;
        return s_halfUnits[decimals];
    }

    private static decimal[] ComputeHalfUnits()
    {
        var halfUnits = new decimal[MaxDecimals + 1];
        for (int decimals = 0; decimals <= MaxDecimals; decimals++)
        {
            decimal unit = 1m;
            for (int i = 0; i < decimals; i++) unit /= 10m;
            halfUnits[decimals] = unit / 2m;
        }
        return halfUnits;
    }

    /// <summary>Counts the decimals in a printed number such as "1,951,646.68" or "79".</summary>
    public static int DecimalsOf(string printed) => DecimalsOf(printed.AsSpan());

    /// <summary><see cref="DecimalsOf(string)"/> of printed characters that are not a string of their own.</summary>
    internal static int DecimalsOf(ReadOnlySpan<char> printed)
    {
        int dot = printed.LastIndexOf('.');
        if (dot < 0) return 0;
        int count = 0;
        for (int i = dot + 1; i < printed.Length && char.IsDigit(printed[i]); i++) count++;
        return count;
    }

    public static int DecimalsOf(decimal value)
    {
        int[] bits = decimal.GetBits(value);
        return (bits[3] >> 16) & 0xFF;
    }

    internal static decimal Abs(decimal value) => Math.Abs(value);
}
