using System.Globalization;
using System.IO;
using System.Linq;
using ComplianceGen.Runtime;

namespace ComplianceGen.Cli.Reporting;

/// <summary>The end-of-batch table: per rule, how many documents fail, pass or are not applicable; then the totals.</summary>
public static class SummaryTable
{
    public static void Write(TextWriter output, BatchSummary summary)
    {
        var header = new[] { "rule", "severity", "failed", "passed", "n/a", "title" };
        var rows = summary.Tallies.Select(t => new[]
        {
            t.Rule.Id,
            SeverityText.Of(t.Rule.Severity),
            Number(t.Failed),
            Number(t.Passed),
            Number(t.NotApplicable),
            t.Rule.Title,
        }).ToList();
        var widths = Enumerable.Range(0, header.Length)
            .Select(c => rows.Select(r => DisplayWidth.Of(r[c])).Append(DisplayWidth.Of(header[c])).Max())
            .ToArray();

        output.WriteLine("Summary by rule (documents):");
        WriteRow(output, header, widths);
        WriteRow(output, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows) WriteRow(output, row, widths);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{summary.Documents} document(s): {summary.Checked} checked, {summary.DocumentsWithFindings} with findings, {summary.Unreadable} unreadable, {summary.NotDisclosures} not a budget disclosure; {summary.Errors} error(s), {summary.Warnings} warning(s), {summary.Infos} info{(summary.RuleErrors > 0 ? $"; {summary.RuleErrors} rule run(s) failed" : "")}."));
    }

    private static void WriteRow(TextWriter output, string[] cells, int[] widths)
    {
        for (int i = 0; i < cells.Length; i++)
        {
            output.Write(cells[i]);
            if (i < cells.Length - 1) output.Write(new string(' ', widths[i] - DisplayWidth.Of(cells[i]) + 2));
        }
        output.WriteLine();
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
