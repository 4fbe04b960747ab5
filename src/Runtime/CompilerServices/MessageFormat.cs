using System.ComponentModel;

namespace ComplianceGen.Runtime.CompilerServices;

/// <summary>Prints <c>{expr}</c> placeholder values in messages; an unknown value prints as （未说明）.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class MessageFormat
{
    public const string NotStated = "（未说明）";

    public static string Of(Quantity? value) => value is { IsDefined: true } v ? v.ToString() : NotStated;

    public static string Of(string? value) => value ?? NotStated;

    /// <summary>A whole number as Quantity prints it (the year, a count), without building the Quantity.</summary>
    public static string Of(CountFact? count) => count is null ? NotStated : count.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Of(bool? value) => value is null ? NotStated : value.Value ? "是" : "否";
}
