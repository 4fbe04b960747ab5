using System.Collections.Generic;

namespace ComplianceGen.Reader.Layout;

/// <summary>A run of words on one row that belong together: a cell of a table, or a line of prose.</summary>
internal sealed record RowSegment(double X0, double X1, string Text);

/// <summary>The words of one page that share a baseline, left to right, cut into segments where a gap opens.</summary>
internal sealed class VisualRow
{
    public VisualRow(double y0, double y1, double height, IReadOnlyList<RowSegment> segments)
    {
        Y0 = y0;
        Y1 = y1;
        Height = height;
        Segments = segments;
    }

    public double Y0 { get; }

    public double Y1 { get; }

    /// <summary>The typical word height on the row (the font size, near enough).</summary>
    public double Height { get; }

    public IReadOnlyList<RowSegment> Segments { get; }

    public double X0 => Segments[0].X0;

    public double X1 => Segments[^1].X1;

    public double CenterY => (Y0 + Y1) / 2;

    /// <summary>The row's text with its segments joined by one space, for matching furniture and titles.</summary>
    public string Text => string.Join(" ", System.Linq.Enumerable.Select(Segments, s => s.Text));
}
