using System;
using ComplianceGen.Cli.Reporting;

namespace ComplianceGen.Cli.Commands;

/// <summary>Parses the values of --format and --fail-on with messages that list what is accepted.</summary>
public static class CheckOptions
{
    public static readonly string[] Formats = { "console", "json", "sarif", "html" };

    public static string Format(string? value)
    {
        string format = (value ?? "console").Trim().ToLowerInvariant();
        if (Array.IndexOf(Formats, format) < 0)
            throw new CliUsageException($"unknown --format '{value}': expected one of {string.Join(", ", Formats)}");
        return format;
    }

    public static FailOn FailOn(string? value) => (value ?? "error").Trim().ToLowerInvariant() switch
    {
        "error" => Reporting.FailOn.Error,
        "warning" => Reporting.FailOn.Warning,
        "never" => Reporting.FailOn.Never,
        _ => throw new CliUsageException($"unknown --fail-on '{value}': expected one of error, warning, never"),
    };

    public static IReportWriter Reporter(string format, OutputTarget target, CliConsole console) => format switch
    {
        "json" => new JsonReporter(target.Writer),
        "sarif" => new SarifReporter(target.Writer),
        "html" => new HtmlReporter(target.Writer),
        _ => new ConsoleReporter(target.Writer, colour: !target.IsFile && console.OutputIsTerminal),
    };
}
