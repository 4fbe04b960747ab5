using System.IO;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Output;

/// <summary>A plain-text dump of the tables the reader found: kind, columns by header, rows with labelled figures.</summary>
public static class TableText
{
    public static void Write(DisclosureReport report, TextWriter writer)
    {
        int n = 0;
        foreach (var table in report.Tables)
        {
            n++;
            writer.WriteLine($"table {n}: {table.Title?.Value ?? "(no title)"}  [{table.Kind?.Value ?? "other"}] at {table.Evidence}{(table.EmptyNote is null ? "" : "  empty: " + table.EmptyNote.Value)}");
            writer.WriteLine("  columns: " + string.Join(" | ", table.Columns.ConvertAll(c => c.Value)));
            foreach (var row in table.Rows)
                writer.WriteLine("  " + (row.Label?.Value ?? "") + " :: " + string.Join("  ", row.Cells.ConvertAll(c => $"{c.Column?.Value}={c.Amount}")));
        }
        var t = report.TemplateTables;
        writer.WriteLine($"parts: explanation={report.Parts.HasExplanation} tables={report.Parts.HasTables} tables-elsewhere={report.Parts.TablesElsewhere}");
    }
}
