using System.Collections.Generic;
using ComplianceGen.Reader.Normalization;

namespace ComplianceGen.Reader.Documents;

/// <summary>
/// Running headers and footers of text whose pages are marked with form feeds (pdftotext output): the line a page
/// opens or closes with that recurs on many pages ("无锡市人力资源和社会保障局 2026 年度部门预算公开"). It is taken
/// out of the text flow, as a PDF's furniture is, so a sentence that runs on to the next page is not joined to it;
/// its text is kept as a running header, where the unit and year are often printed.
/// </summary>
internal static class TextPageFurniture
{
    /// <summary>Pages a line must open or close before it counts as furniture, at least.</summary>
    private const int MinimumPages = 3;

    /// <summary>
    /// And the share of the pages it must open or close: a running header heads nearly every page, a table's title repeated
    /// over the few pages the table runs over does not.
    /// </summary>
    private const double MinimumShare = 0.5;

    /// <summary>
    /// Blanks the running header and footer lines in <paramref name="lines"/> and returns their distinct texts. A header of
    /// two lines (the unit's name over the document's title) is taken off one line at a time: with the outer line gone,
    /// the inner one opens the page.
    /// </summary>
    public static IReadOnlyList<string> Remove(List<SourceLine> lines)
    {
        var headers = new List<string>();
        // Pages whose top (or bottom) line was furniture: only there does the next line in count as an edge.
        HashSet<int>? tops = null, bottoms = null;
        for (int round = 0; round < MaximumLines; round++)
        {
            var found = RemoveEdges(lines, tops, bottoms, out tops, out bottoms);
            if (found.Count == 0) break;
            foreach (var header in found)
                if (!headers.Contains(header)) headers.Add(header);
        }
        return headers;
    }

    /// <summary>Lines a running header or footer may take, at most.</summary>
    private const int MaximumLines = 3;

    private static List<string> RemoveEdges(List<SourceLine> lines, HashSet<int>? tops, HashSet<int>? bottoms, out HashSet<int> removedTops, out HashSet<int> removedBottoms)
    {
        // The first and last line with text on each page, by a key that ignores white space.
        var edges = new Dictionary<string, List<int>>();
        var pages = new HashSet<int>();
        var isTop = new HashSet<int>();
        int i = 0;
        while (i < lines.Count)
        {
            int page = lines[i].Page, first = -1, last = -1, j = i;
            for (; j < lines.Count && lines[j].Page == page; j++)
            {
                if (lines[j].IsBlank) continue;
                if (first < 0) first = j;
                last = j;
            }
            pages.Add(page);
            // Under a header taken off, a table's title repeated on the pages of its kind ("项目支出绩效目标表") is the table's.
            bool inner = tops is not null;
            if (first >= 0 && (!inner || tops!.Contains(page)) && !(inner && Layout.PageFurniture.IsTableTitle(lines[first].Text.TrimEnd())))
            {
                Add(edges, lines[first], first);
                isTop.Add(first);
            }
            if (last > first && (!inner || bottoms!.Contains(page)) && !(inner && Layout.PageFurniture.IsTableTitle(lines[last].Text.TrimEnd()))) Add(edges, lines[last], last);
            i = j;
        }
        removedTops = new HashSet<int>();
        removedBottoms = new HashSet<int>();
        var headers = new List<string>();
        foreach (var (_, at) in edges)
        {
            if (at.Count < MinimumPages || at.Count < MinimumShare * pages.Count) continue;
            headers.Add(lines[at[0]].Original.Trim());
            // The top of the first page is the cover or the title: a line there that the running header repeats is the title
            // ("中国共产党北京市委员会宣传部" over "2026 年度部门预算信息公开"), and the document's identity is read from it.
            // A footer is furniture on the first page too.
            foreach (int k in at)
            {
                if (lines[k].Page == lines[0].Page && isTop.Contains(k)) continue;
                (isTop.Contains(k) ? removedTops : removedBottoms).Add(lines[k].Page);
                lines[k] = LineNormalizer.Normalize(lines[k].Number, "", lines[k].Page);
            }
        }
        return headers;
    }

    private static void Add(Dictionary<string, List<int>> edges, SourceLine line, int index)
    {
        string text = line.Original.Trim();
        // A table's header row repeated on each page it runs over is the table, not furniture: its cells stand apart, two
        // spaces or a tab between them, as TitledTables reads cells.
        if (text.Contains("  ", System.StringComparison.Ordinal) || text.Contains('\t') || text.Length < 4) return;
        // The same words on every page; figures are part of them ("2026"), so rows of a table that differ only in their
        // figures are not one line.
        string key = WhiteSpace.Removed(text);
        if (!edges.TryGetValue(key, out var at)) edges[key] = at = new List<int>();
        at.Add(index);
    }
}
