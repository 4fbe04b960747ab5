using System;
using System.Collections.Generic;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// Places classification rows in their tables: which table a row belongs to (by the line its code
/// was read on), and the row it is printed under (the nearest row above with a shorter code). Done
/// after extraction from the evidence alone, so it holds for every table layout. A side-by-side table
/// prints two columns of codes; a row's parent is looked for only among codes printed in the same
/// column, so the right half's 302 never becomes the parent of the left half's 30101.
/// </summary>
public static class TablePlacement
{
    /// <summary>Codes printed within this many characters of each other are in one column.</summary>
    private const int ColumnSlack = 6;

    public static void Place(ExtractionContext context)
    {
        var tables = context.Structure.Tables;
        Place(context.Report.FunctionalClassification.Lines, tables);
        Place(context.Report.EconomicClassification.Lines, tables);
    }

    private static void Place(List<ClassificationLine> lines, List<DocTable> tables)
    {
        var byTable = new Dictionary<int, List<ClassificationLine>>();
        foreach (var line in lines)
        {
            if (line.Form != ClassificationForm.TableRow || line.Code?.Evidence is not { } evidence) continue;
            int number = TableOf(tables, evidence.Line);
            if (number == 0) continue;
            line.TableNumber = new CountFact(number, evidence);
            var table = tables[number - 1];
            if (table.Title is not null) line.TableTitle = new TextFact(table.Title, table.TitleEvidence);
            if (!byTable.TryGetValue(number, out var rows)) byTable[number] = rows = new List<ClassificationLine>();
            rows.Add(line);
        }
        foreach (var rows in byTable.Values) PlaceUnderParents(rows);
    }

    /// <summary>The 1-based number of the table whose lines include <paramref name="line"/>, 0 when none does.</summary>
    private static int TableOf(List<DocTable> tables, int line)
    {
        for (int i = 0; i < tables.Count; i++)
            if (line >= tables[i].FirstLine && line <= Math.Max(tables[i].FirstLine, tables[i].LastLine)) return i + 1;
        return 0;
    }

    private static void PlaceUnderParents(List<ClassificationLine> rows)
    {
        rows.Sort((a, b) => a.Code!.Evidence!.Line != b.Code!.Evidence!.Line
            ? a.Code.Evidence.Line.CompareTo(b.Code.Evidence.Line)
            : a.Code.Evidence.Column.CompareTo(b.Code.Evidence.Column));
        // Each column of codes keeps the rows seen so far, latest last.
        var columns = new List<(int Column, List<ClassificationLine> Seen)>();
        foreach (var row in rows)
        {
            int column = row.Code!.Evidence!.Column;
            var seen = columns.Find(c => Math.Abs(c.Column - column) <= ColumnSlack).Seen;
            if (seen is null) columns.Add((column, seen = new List<ClassificationLine>()));
            for (int k = seen.Count - 1; k >= 0; k--)
            {
                if (seen[k].Code!.Value.Length < row.Code.Value.Length)
                {
                    row.PrintedParent = new CodeFact(seen[k].Code!.Value, seen[k].Code!.Evidence);
                    break;
                }
            }
            seen.Add(row);
        }
    }
}
