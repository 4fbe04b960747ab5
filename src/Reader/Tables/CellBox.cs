using ComplianceGen.Reader.Structure;

namespace ComplianceGen.Reader.Tables;

/// <summary>
/// A table cell with its horizontal extent: in points when the line came from a PDF's word boxes, in
/// character columns for text laid out with spaces, and in cell positions for one-cell-a-line tables
/// (which have no spans). Within one table all cells use the same measure.
/// </summary>
internal readonly record struct CellBox(DocCell Cell, double X0, double X1, int Row)
{
    public double Center => (X0 + X1) / 2;

    /// <summary>The cell's text without surrounding space, cut once: the grid tests it many times.</summary>
    public string Text { get; } = Cell.Trimmed;

    /// <summary>Whether the cell prints a figure (<see cref="GridBuilder.IsFigure"/>), told once: the grid asks it of most cells several times.</summary>
    public bool IsFigure { get; } = GridBuilder.IsFigure(Cell.Trimmed);

    public static CellBox Of(DocCell cell, TableLayout layout, int row)
    {
        if (layout == TableLayout.CellPerLine) return new CellBox(cell, cell.Column, cell.Column + 1, row);
        var line = cell.Line;
        if (line.Cells.Count > 0 && cell.Start < line.Text.Length)
        {
            int original = line.OriginalColumn(cell.Start);
            foreach (var c in line.Cells)
                if (original >= c.Start && original < c.Start + c.Length) return new CellBox(cell, c.X0, c.X1, row);
        }
        return new CellBox(cell, cell.Column, cell.Column + cell.Length, row);
    }

    /// <summary>How much of the narrower of two extents the other covers, 0 to 1.</summary>
    public static double Overlap(double a0, double a1, double b0, double b1)
    {
        double overlap = System.Math.Min(a1, b1) - System.Math.Max(a0, b0);
        double narrower = System.Math.Max(1e-6, System.Math.Min(a1 - a0, b1 - b0));
        return overlap <= 0 ? 0 : overlap / narrower;
    }
}
