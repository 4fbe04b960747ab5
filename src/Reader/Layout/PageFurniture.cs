using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Normalization;

namespace ComplianceGen.Reader.Layout;

/// <summary>
/// Finds the rows that belong to the page rather than to the text: page numbers (<c>- 3 -</c>, a lone
/// <c>24</c>, <c>第3页</c>, <c>第 3 页 共 12 页</c>, <c>3/12</c>) as the first or last row in the top or
/// bottom band of a page, and running headers and footers: a first or last row in that band whose text,
/// digits aside, comes back on at least three pages and a quarter of them. Table titles are never
/// furniture, even when a continued table repeats its title on every page.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>The share of the page height, from the top and from the bottom, where furniture sits.</summary>
    private const double Band = 0.12;

    [GeneratedRegex(@"^(?:[-–—－─~～·•\s]*\d{1,4}[-–—－─~～·•\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|[-–—－]?\s*[IVXLivxl]{1,6}\s*[-–—－]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber { get; }

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits { get; }

    /// <summary>The rows to drop, per page, and the distinct running header texts (the unit and year often sit there).</summary>
    public static (HashSet<(int Page, int Row)> Furniture, List<string> RunningHeaders) Find(IReadOnlyList<PdfPage> pages, IReadOnlyList<List<VisualRow>> rows)
    {
        var furniture = new HashSet<(int, int)>();
        var candidates = new Dictionary<string, List<(int Page, int Row, string Text)>>();
        for (int p = 0; p < rows.Count; p++)
        {
            var pageRows = rows[p];
            double height = pages[p].Height;
            foreach (int r in EdgeRows(pageRows.Count))
            {
                var row = pageRows[r];
                bool top = row.CenterY <= height * Band, bottom = row.CenterY >= height * (1 - Band);
                if (height <= 0 || !(top || bottom)) continue;
                string text = WhiteSpace.Removed(row.Text);
                if (PageNumber.IsMatch(text) && StandsApart(pageRows, r, top))
                {
                    furniture.Add((p, r));
                    continue;
                }
                if (text.Length == 0 || IsTableTitle(text)) continue;
                string key = (top ? "t:" : "b:") + Digits.Replace(text, "#");
                if (!candidates.TryGetValue(key, out var list)) candidates[key] = list = new List<(int, int, string)>();
                if (list.Count == 0 || list[^1].Page != p) list.Add((p, r, row.Text));
            }
        }
        var headers = new List<string>();
        int needed = Math.Max(3, (rows.Count + 3) / 4);
        foreach (var list in candidates.Values)
        {
            if (list.Count < needed) continue;
            foreach (var (page, row, _) in list) furniture.Add((page, row));
            if (!headers.Contains(list[0].Text)) headers.Add(list[0].Text);
        }
        return (furniture, headers);
    }

    /// <summary>A table's title ("项目支出绩效目标表", "…表（续）"): a continued table repeats it, and it is the table's, not the page's.</summary>
    internal static bool IsTableTitle(string text) => text.EndsWith('表') || text.EndsWith("表（续）", StringComparison.Ordinal);

    /// <summary>The first two and last two rows of a page: a header may sit above a page number, and a footer under it.</summary>
    private static IEnumerable<int> EdgeRows(int count)
    {
        for (int r = 0; r < count; r++)
            if (r < 2 || r >= count - 2) yield return r;
    }

    /// <summary>
    /// A page number is set apart from the body by at least half a line; a figure that ends a table row
    /// on the row below its wrapped name is not.
    /// </summary>
    private static bool StandsApart(List<VisualRow> rows, int r, bool top)
    {
        var row = rows[r];
        double gap = top
            ? (r + 1 < rows.Count ? rows[r + 1].Y0 - row.Y1 : double.MaxValue)
            : (r > 0 ? row.Y0 - rows[r - 1].Y1 : double.MaxValue);
        return gap >= 0.5 * row.Height;
    }
}
