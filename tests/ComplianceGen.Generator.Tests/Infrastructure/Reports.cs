using ComplianceGen.Runtime;

namespace ComplianceGen.Generator.Tests.Infrastructure;

/// <summary>Hand-built reports for behaviour tests, with evidence on every fact.</summary>
internal static class Reports
{
    public static Evidence At(int line, string text) => new(line, 1, text);

    public static Amount Wan(decimal value, int line) => Amount.Wan(value, At(line, value + "万元"));

    public static Share Percent(decimal value, int line) => Share.Of(value, At(line, value + "%"));

    /// <summary>A budget whose file holds the explanation (rules about the 说明 apply to it) and no tables.</summary>
    public static DisclosureReport Budget(int year = 2024)
    {
        var report = new DisclosureReport
        {
            Kind = DocumentKind.Budget,
            Year = new CountFact(year, At(1, year + "年")),
            UnitName = new TextFact("区科协", At(1, "区科协")),
        };
        report.Parts.HasExplanation = true;
        return report;
    }
}
