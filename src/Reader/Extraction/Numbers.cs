using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>Number parsing with invariant culture; decimals counted from the printed digits.</summary>
public static partial class Numbers
{
    public const string NumberPattern = @"(?<![\d.,])-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])";

    [GeneratedRegex(NumberPattern)]
    public static partial Regex Number { get; }

    [GeneratedRegex("^" + NumberPattern + "$")]
    public static partial Regex FullNumber { get; }

    /// <summary>
    /// Whether <paramref name="text"/> is one number and nothing else: what <see cref="FullNumber"/> matches, decided without
    /// entering the regex engine (a table's cells ask it thousands of times a document). <c>NumbersTests</c> holds the two
    /// to the same answer on every cell of the seeds and on random strings of digits, separators and signs.
    /// </summary>
    public static bool IsFullNumber(System.ReadOnlySpan<char> text)
    {
        int n = text.Length;
        if (n > 0 && text[n - 1] == '\n') n--; // `$` also matches before a final newline
        int i = 0;
        if (i < n && text[i] == '-') i++;
        int digits = 0;
        while (i < n && char.IsDigit(text[i]))
        {
            i++;
            digits++;
        }
        if (digits == 0) return false;
        if (i < n && text[i] == ',')
        {
            // Thousands groups: one to three digits before the first comma, exactly three after each.
            if (digits > 3) return false;
            while (i < n && text[i] == ',')
            {
                int start = ++i;
                while (i < n && char.IsDigit(text[i])) i++;
                if (i - start != 3) return false;
            }
        }
        if (i < n && text[i] == '.')
        {
            int start = ++i;
            while (i < n && char.IsDigit(text[i])) i++;
            if (i == start) return false;
        }
        return i == n;
    }

    public static bool TryParse(string printed, out decimal value, out int decimals)
    {
        // The thousands separators and spaces are left out in a buffer, not in two new strings: most figures of a table print separators.
        System.Span<char> buffer = printed.Length <= 256 ? stackalloc char[printed.Length] : new char[printed.Length];
        int length = 0;
        foreach (char c in printed)
            if (c is not (',' or ' ')) buffer[length++] = c;
        var clean = buffer[..length];
        decimals = Precision.DecimalsOf(clean);
        return decimal.TryParse(clean, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    public static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
