using System.Collections.Generic;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Normalization;

namespace ComplianceGen.Reader.Structure;

/// <summary>
/// Rebuilds tables that a Word export flattened into one cell a line: each cell line starts
/// with a tab and rows are separated by one blank line. Two or more blank lines, or a line
/// without the leading tab, end the table.
/// </summary>
public static partial class CellPerLineTables
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
                SetTitleAndUnit(table, lines, tableLines);
                if (table.Title is null && tables.Count > 0 && Continues(tables[^1], table, lines))
                {
                    // A table split in two with nothing but blank lines between (a Word table broken by a page or a
                    // split): one table, as a PDF's table that runs on over a page is.
                    var previous = tables[^1];
                    for (int n = previous.LastLine + 1; n < table.FirstLine; n++) tableLines.Add(n);
                    previous.Rows.AddRange(table.Rows);
                    previous.LastLine = table.LastLine;
                    previous.Unit ??= table.Unit;
                }
                else tables.Add(table);
            }
        }
        return tables;
    }

    /// <summary>Whether <paramref name="next"/>, untitled, goes on with <paramref name="previous"/>: only blank lines between, and rows as wide.</summary>
    private static bool Continues(DocTable previous, DocTable next, IReadOnlyList<SourceLine> lines)
    {
        for (int n = previous.LastLine + 1; n < next.FirstLine; n++)
            if (!lines[n - 1].IsBlank) return false;
        return Width(previous) == Width(next);
    }

    private static int Width(DocTable table)
    {
        int width = 0;
        foreach (var row in table.Rows) width = System.Math.Max(width, row.Cells.Count);
        return width;
    }

    private static bool IsCellLine(SourceLine line) => line.Text.Length > 0 && line.Text[0] == '\t';

    private static readonly char[] SentenceMarks = { '。', '，', '；', '：', ':' };

    /// <summary>A table's own title (表1 收支总表, 一般公共预算支出表（按功能分类）): it ends in 表 and is no sentence.</summary>
    private static bool IsTableTitle(string text) =>
        text.TrimEnd('）', ')', ' ').EndsWith("表", System.StringComparison.Ordinal) && text.IndexOfAny(SentenceMarks) < 0;

    /// <summary>Lines between a table and its title that are not the title: the unit (单位：万元) and who prepared it (编制单位：…).</summary>
    [GeneratedRegex(@"(?:金额)?单位\s*[：:]|编制(?:单位|部门)\s*[：:]|部门名称\s*[：:]")]
    private static partial Regex MetaLine { get; }

    /// <summary>
    /// The title is a one-cell first row ending in 表, or else the short line just above the table; lines that give the
    /// unit or who prepared the table (a web page prints 单位：万元 between the title and the table) are passed over.
    /// The unit is taken from them, or from a cell of the table's first rows.
    /// </summary>
    private static void SetTitleAndUnit(DocTable table, IReadOnlyList<SourceLine> lines, ISet<int> tableLines)
    {
        for (int r = 0; r < table.Rows.Count && r < 3 && table.Unit is null; r++)
            foreach (var cell in table.Rows[r].Cells)
                if ((table.Unit = LayoutTables.UnitIn(cell.Text)) is not null) break;
        var first = table.Rows[0];
        if (first.Cells.Count == 1 && first.Cells[0].Text.EndsWith("表", System.StringComparison.Ordinal))
        {
            table.Title = first.Cells[0].Trimmed;
            table.TitleEvidence = first.Cells[0].EvidenceFor(0, first.Cells[0].Length);
            return;
        }
        for (int n = table.FirstLine - 2, last = table.FirstLine - 4; n >= 0 && n >= last; n--)
        {
            var line = lines[n];
            if (line.IsBlank) continue;
            // The table above's last cell is no title.
            if (IsCellLine(line)) return;
            string text = line.Trimmed;
            if (MetaLine.IsMatch(text))
            {
                table.Unit ??= LayoutTables.UnitIn(text);
                last--;
                continue;
            }
            if (text.Length <= 40)
            {
                table.Title = text;
                int start = line.Text.IndexOf(text, System.StringComparison.Ordinal);
                table.TitleEvidence = MappedText.Of(line).EvidenceFor(start, text.Length);
                // A table's title ("表1 收支总表") and the lines after it are this table's: the layout table finder must not
                // take the title for a table of its own (a title and a 单位：万元 line, with no columns). A short sentence
                // above a table ("具体如下：") stays prose.
                if (IsTableTitle(text))
                    for (int k = n; k < table.FirstLine - 1; k++) tableLines.Add(lines[k].Number);
                // A title in the table's caption comes after a unit line printed above the table.
                for (int k = n - 1; k >= 0 && k >= n - 2 && table.Unit is null; k--)
                    if (!lines[k].IsBlank && !IsCellLine(lines[k])) table.Unit = LayoutTables.UnitIn(lines[k].Text);
                return;
            }
        }
    }
}
