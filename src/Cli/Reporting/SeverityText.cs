using ComplianceGen.Runtime;

namespace ComplianceGen.Cli.Reporting;

/// <summary>Severity names as every format prints them.</summary>
public static class SeverityText
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>SARIF's level vocabulary.</summary>
    public static string SarifLevel(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
