using System;
using System.Collections.Generic;
using AngleSharp.Dom;

namespace ComplianceGen.Reader.Documents;

/// <summary>Tables that lay out a page rather than hold figures, and their cells.</summary>
public static partial class HtmlLoader
{
    /// <summary>A table's own rows (not the rows of the tables nested in its cells), each as its cells (td, th), in order.</summary>
    private static IEnumerable<List<IElement>> RowsOf(IElement table)
    {
        foreach (var row in table.QuerySelectorAll("tr"))
        {
            if (row.Closest("table") != table) continue;
            var cells = new List<IElement>();
            foreach (var cell in row.Children)
                if (cell.LocalName is "td" or "th") cells.Add(cell);
            yield return cells;
        }
    }

    /// <summary>The cells of a table's own rows, row by row.</summary>
    private static IEnumerable<IElement> CellsOf(IElement table)
    {
        foreach (var row in RowsOf(table))
            foreach (var cell in row) yield return cell;
    }

    /// <summary>
    /// Whether a table lays out the page rather than holding figures: older sites put the logo, the menu, the article
    /// and the footer each in a cell of one table. Read as a table of figures, the whole article became one cell, one
    /// line, and nothing in it was read. A layout table nests tables in its cells, or holds prose (a cell of two full
    /// stops or more, or over 200 letters) in rows of one or two cells. A table of figures has cells that are figures,
    /// and its note (注：…。) is no prose.
    /// </summary>
    internal static bool IsLayout(IElement table)
    {
        int rows = 0, narrow = 0;
        bool prose = false;
        foreach (var row in RowsOf(table))
        {
            foreach (var cell in row)
            {
                if (cell.QuerySelector("table") is not null) return true;
                string text = cell.TextContent.Trim();
                // A cell that is a figure is a table of figures' (with its title and 单位 line printed as rows of one cell
                // above, as tables exported from a spreadsheet are); a note under the figures is not prose.
                if (Extraction.Numbers.IsFullNumber(text)) return false;
                if (Tables.GridBuilder.IsNote(text)) continue;
                prose |= text.AsSpan().Count('。') >= 2 || Letters(text) > 200;
            }
            if (row.Count == 0) continue;
            rows++;
            if (row.Count <= 2) narrow++;
        }
        return prose && narrow * 2 > rows;
    }
}
