using System.Collections.Generic;
using ComplianceGen.Reader.Extraction;

namespace ComplianceGen.Reader.Documents;

/// <summary>One cell of a web page's or a Word file's table row as the file gives it: its text and how many grid columns and rows it spans.</summary>
internal readonly record struct SourceCell(string Text, int ColumnSpan = 1, int RowSpan = 1);

/// <summary>
/// Lays the rows of a table with merged cells out on its grid, so that the i-th cell written for a row stands in the
/// i-th column, as the table readers take it (one cell a line; a cell's place in its row is its column).
/// <para>
/// Both formats merge the template's header cells: 基本支出 over 人员经费 and 公用经费, 公务用车购置及运行费 over its 小计,
/// 购置费 and 运行费, 合计 down two header rows. Written cell by cell, the second header row's cells would stand under the
/// first row's first columns, and the figures under the wrong headers.
/// </para>
/// <list type="bullet">
/// <item>A cell spanning columns is written in each column it spans when its row is a header row (a row of two cells or
/// more, none a figure): each column under 公务用车购置及运行费 then reads its own header under it. In a row of figures it is
/// written once, then empty cells (a 合计 label over the code and name columns is one label, not two).</item>
/// <item>A cell spanning rows is written once; the rows below get an empty cell in its columns (an HTML row leaves those
/// cells out; a Word row has them, empty, so Word tables pass no row span).</item>
/// <item>A row of one cell (a title, 单位：万元, a note) is written as it is, one cell, whatever it spans.</item>
/// </list>
/// </summary>
internal sealed class MergedCells
{
    /// <summary>Spans are clamped: a page may say colspan="1000", and no budget table is wider or longer.</summary>
    private const int MaxColumnSpan = 64, MaxRowSpan = 1000;

    /// <summary>For each grid column, how many more rows a cell above still covers.</summary>
    private readonly Dictionary<int, int> _covered = new();

    /// <summary>The row's cells in grid order, one string a column; <paramref name="skipped"/> grid columns come first empty (Word's gridBefore).</summary>
    public List<string> Row(IReadOnlyList<SourceCell> cells, int skipped = 0)
    {
        var written = new List<string>(cells.Count);
        if (cells.Count == 1 && skipped == 0 && _covered.Count == 0)
        {
            written.Add(cells[0].Text);
            return written;
        }
        bool header = cells.Count >= 2;
        foreach (var cell in cells)
            if (header && Numbers.IsFullNumber(cell.Text.Trim())) header = false;
        int column = 0;
        void Covered()
        {
            while (_covered.TryGetValue(column, out int rows) && rows > 0)
            {
                written.Add("");
                Take(column);
                column++;
            }
        }
        for (int k = 0; k < System.Math.Clamp(skipped, 0, MaxColumnSpan); k++)
        {
            Covered();
            written.Add("");
            column++;
        }
        foreach (var cell in cells)
        {
            Covered();
            int columns = System.Math.Clamp(cell.ColumnSpan, 1, MaxColumnSpan);
            int rows = System.Math.Clamp(cell.RowSpan, 1, MaxRowSpan);
            for (int k = 0; k < columns; k++)
            {
                written.Add(k == 0 || header ? cell.Text : "");
                if (rows > 1) _covered[column + k] = rows - 1;
            }
            column += columns;
        }
        // Columns at the row's end that a cell above still covers.
        int last = -1;
        foreach (var (c, rows) in _covered)
            if (rows > 0 && c >= column && c > last) last = c;
        while (column <= last)
        {
            written.Add("");
            if (_covered.TryGetValue(column, out int rows) && rows > 0) Take(column);
            column++;
        }
        return written;
    }

    private void Take(int column)
    {
        int rows = _covered[column] - 1;
        if (rows > 0) _covered[column] = rows;
        else _covered.Remove(column);
    }
}
