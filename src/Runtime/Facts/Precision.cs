using System;

namespace ComplianceGen.Runtime;

/// <summary>Printed precision: how many decimals a number was printed with, and the half-unit it implies.</summary>
public static class Precision
{
    /// <summary>Half of the last printed digit: "79" → 0.5, "5.56" → 0.005.</summary>
    public static decimal HalfUnit(int decimals)
    {
        if (decimals < 0) decimals = 0;
        if (decimals > 20) decimals = 20;
        decimal unit = 1m;
        for (int i = 0; i < decimals; i++) unit /= 10m;
        return unit / 2m;
    }

    /// <summary>Counts the decimals in a printed number such as "1,951,646.68" or "79".</summary>
    public static int DecimalsOf(string printed)
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
