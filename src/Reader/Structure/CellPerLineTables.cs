using System.Collections.Generic;
using ComplianceGen.Reader.Normalization;

namespace ComplianceGen.Reader.Structure;

/// <summary>
/// Rebuilds tables that a Word export flattened into one cell a line: each cell line starts
/// with a tab and rows are separated by one blank line. Two or more blank lines, or a line
/// without the leading tab, end the table.
/// </summary>
public static class CellPerLineTables
{
    public static List<DocTable> Find(IReadOnlyList<SourceLine> lines, ISet<int> tableLines)
    {
        var tables = new List<DocTable>();
        int i = 0;
        while (i < lines.Count)
        {
            if (!IsCellLine(lines[i]))
            {
                i++;
                continue;
            }
            var table = new DocTable(TableLayout.CellPerLine) { FirstLine = lines[i].Number };
            while (i < lines.Count)
            {
                var row = new DocRow();
                while (i < lines.Count && IsCellLine(lines[i]))
                {
                    var line = lines[i];
                    int start = 1;
                    while (start < line.Text.Length && line.Text[start] == ' ') start++;
                    int end = line.Text.Length;
                    while (end > start && WhiteSpace.Is(line.Text[end - 1])) end--;
                    row.Cells.Add(new DocCell(line, start, end - start, row.Cells.Count));
                    tableLines.Add(line.Number);
                    i++;
                }
                if (row.Cells.Count > 0) table.Rows.Add(row);
                table.LastLine = lines[i - 1].Number;
                // One blank line separates rows; anything else ends the table.
                if (i + 1 < lines.Count && lines[i].IsBlank && IsCellLine(lines[i + 1]))
                {
                    tableLines.Add(lines[i].Number);
                    i++;
                    continue;
                }
                break;
            }
            if (table.Rows.Count > 0)
            {
                SetTitle(table, lines);
                tables.Add(table);
            }
        }
        return tables;
    }

    private static bool IsCellLine(SourceLine line) => line.Text.Length > 0 && line.Text[0] == '\t';

    /// <summary>The title is a one-cell first row ending in 表, or else the short line just above the table.</summary>
    private static void SetTitle(DocTable table, IReadOnlyList<SourceLine> lines)
    {
        var first = table.Rows[0];
        if (first.Cells.Count == 1 && first.Cells[0].Text.EndsWith("表", System.StringComparison.Ordinal))
        {
            table.Title = first.Cells[0].Trimmed;
            table.TitleEvidence = first.Cells[0].EvidenceFor(0, first.Cells[0].Length);
            return;
        }
        for (int n = table.FirstLine - 2; n >= 0 && n >= table.FirstLine - 4; n--)
        {
            var line = lines[n];
            if (line.IsBlank) continue;
            string text = line.Trimmed;
            if (text.Length <= 40 && text[0] != '\t')
            {
                table.Title = text;
                int start = line.Text.IndexOf(text, System.StringComparison.Ordinal);
                table.TitleEvidence = MappedText.Of(line).EvidenceFor(start, text.Length);
            }
            return;
        }
    }
}
