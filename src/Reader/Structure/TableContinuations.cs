using System.Collections.Generic;

namespace ComplianceGen.Reader.Structure;

/// <summary>
/// A table that runs over several pages is printed with its title again on each page (sometimes with
/// （续）). Consecutive tables with the same title are one table: the later pieces' rows are appended to
/// the first, whose title and evidence are kept.
/// </summary>
public static class TableContinuations
{
    public static void Join(List<DocTable> tables)
    {
        for (int i = tables.Count - 1; i > 0; i--)
        {
            var previous = tables[i - 1];
            var next = tables[i];
            if (previous.Layout != next.Layout || previous.Title is null || next.Title is null) continue;
            if (Key(previous.Title) != Key(next.Title)) continue;
            previous.Rows.AddRange(next.Rows);
            previous.Lines.AddRange(next.Lines);
            previous.LastLine = next.LastLine;
            previous.Unit ??= next.Unit;
            tables.RemoveAt(i);
        }
    }

    private static string Key(string title)
    {
        return Normalization.WhiteSpace.Removed(title).Replace("（续）", "").Replace("(续)", "").Replace("续表", "");
    }
}
