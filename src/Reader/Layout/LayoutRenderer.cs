using System;
using System.Collections.Generic;
using System.Text;

namespace ComplianceGen.Reader.Layout;

/// <summary>A cell of a rendered line: where its text sits in the line and where it sat on the page.</summary>
public sealed record LineCell(int Start, int Length, double X0, double X1);

/// <summary>One rendered line: its text, the page it is on, and its cells when it came from word boxes.</summary>
internal sealed record RenderedLine(string Text, int Page, IReadOnlyList<LineCell> Cells);

/// <summary>
/// Writes the rows of every page as lines of text, page furniture left out. Each segment starts at the
/// column its left edge gives in half-font-size units from the page's left margin, at least two spaces
/// after the segment before it, so the columns of a table line up as they do on the page and cells are
/// always two or more spaces apart. A vertical gap of a line or more, and well over the page's usual gap between rows, becomes a blank line. Pages follow
/// each other with nothing between, so a sentence cut by a page break reads on.
/// </summary>
internal static class LayoutRenderer
{
    public static List<RenderedLine> Render(IReadOnlyList<PdfPage> pages, IReadOnlyList<List<VisualRow>> rows, ISet<(int Page, int Row)> furniture)
    {
        var lines = new List<RenderedLine>();
        var text = new StringBuilder();
        for (int p = 0; p < rows.Count; p++)
        {
            var content = new List<VisualRow>();
            for (int r = 0; r < rows[p].Count; r++)
                if (!furniture.Contains((p, r))) content.Add(rows[p][r]);
            if (content.Count == 0) continue;

            double left = double.MaxValue;
            var heights = new List<double>(content.Count);
            foreach (var row in content)
            {
                left = Math.Min(left, row.X0);
                heights.Add(row.Height);
            }
            heights.Sort();
            double unit = Math.Max(1, heights[heights.Count / 2] / 2);
            double usualGap = UsualGap(content);

            VisualRow? previous = null;
            foreach (var row in content)
            {
                if (previous is not null)
                {
                    double gap = row.Y0 - previous.Y1, height = Math.Max(1, Math.Min(row.Height, previous.Height));
                    if (gap > 0.8 * height && gap > 1.7 * usualGap) lines.Add(new RenderedLine("", pages[p].Number, Array.Empty<LineCell>()));
                    if (gap > 2.5 * height && gap > 3.4 * usualGap) lines.Add(new RenderedLine("", pages[p].Number, Array.Empty<LineCell>()));
                }
                previous = row;
                text.Clear();
                var cells = new List<LineCell>(row.Segments.Count);
                foreach (var segment in row.Segments)
                {
                    int target = (int)Math.Round((segment.X0 - left) / unit);
                    if (cells.Count > 0) target = Math.Max(target, text.Length + 2);
                    if (target > text.Length) text.Append(' ', target - text.Length);
                    cells.Add(new LineCell(text.Length, segment.Text.Length, segment.X0, segment.X1));
                    text.Append(segment.Text);
                }
                lines.Add(new RenderedLine(text.ToString(), pages[p].Number, cells));
            }
        }
        return lines;
    }

    /// <summary>
    /// The page's usual space between one row and the next. A gap is a blank line only when it is well
    /// over this: a page set with double line spacing has no blank line between its lines, as on paper.
    /// </summary>
    private static double UsualGap(List<VisualRow> rows)
    {
        if (rows.Count < 3) return 0;
        var gaps = new List<double>(rows.Count - 1);
        for (int i = 1; i < rows.Count; i++) gaps.Add(Math.Max(0, rows[i].Y0 - rows[i - 1].Y1));
        gaps.Sort();
        return gaps[gaps.Count / 2];
    }
}
