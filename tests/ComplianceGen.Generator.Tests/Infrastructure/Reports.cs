using ComplianceGen.Runtime;

namespace ComplianceGen.Generator.Tests.Infrastructure;

/// <summary>Hand-built reports for behaviour tests, with evidence on every fact.</summary>
internal static class Reports
{
    public static Evidence At(int line, string text) => new(line, 1, text);

    public static Amount Wan(decimal value, int line) => Amount.Wan(value, At(line, value + "万元"));

    public static Share Percent(decimal value, int line) => Share.Of(value, At(line, value + "%"));

    public static DisclosureReport Budget(int year = 2024)
    {
        return new DisclosureReport
        {
            Kind = DocumentKind.Budget,
            Year = new CountFact(year, At(1, year + "年")),
            UnitName = new TextFact("区科协", At(1, "区科协")),
        };
    }
}
