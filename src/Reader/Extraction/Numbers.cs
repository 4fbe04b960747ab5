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

    public static bool TryParse(string printed, out decimal value, out int decimals)
    {
        string clean = printed.Replace(",", "").Replace(" ", "");
        decimals = Precision.DecimalsOf(clean);
        return decimal.TryParse(clean, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    public static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
