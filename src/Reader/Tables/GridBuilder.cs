using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Extraction;
using ComplianceGen.Reader.Normalization;
using ComplianceGen.Reader.Structure;

namespace ComplianceGen.Reader.Tables;

/// <summary>
/// Reads a table's columns from its header and puts each data cell under the column it sits beneath.
/// <list type="number">
/// <item>Rows that only name the table (its title, 表3, 单位：万元, 编制单位：…, 部门：…) are skipped.</item>
/// <item>The header is every row above the first row that prints a figure or a classification code (a row of
/// column numbers 1 2 3 … counts as header).</item>
/// <item>Each column is a header cell that has no narrower header cell under it; its header path is every header
/// cell above it whose extent covers its centre, top to bottom. So spanning headers (<c>“三公”经费预算数</c> over
/// 合计 … 公务接待费) and headers wrapped over two rows (<c>政府性基金预算</c> / <c>拨款</c>) both read right.</item>
/// <item>A data cell goes under the column it overlaps most; a cell under no column goes to the nearest one.</item>
/// <item>A column whose header names 项目 / 科目 / 名称 / 编码 (and no figure: 合计, 预算数, …费, …支出) is a label column;
/// one whose header names neither or both is a label column when most of its cells are words or codes.</item>
/// <item>Notes (注：…, 本表无数据) are kept as the table's empty-note when they say the table is empty, never as rows.</item>
/// <item>A header row repeated where the table continues on a new page is not data.</item>
/// </list>
/// </summary>
internal static partial class GridBuilder
{
    [GeneratedRegex(@"^(?:表\s*\d+(?:-\d+)?|单位[:：].*|部门[:：].*|.*(?:编制单位|编制部门|部门名称|单位名称|预算单位)[:：].*|金额单位.*|.*单位[:：]\s*(?:万元|元|亿元))$")]
    private static partial Regex Meta { get; }
    [GeneratedRegex(@"^(?:[23]\d{2}(?:\d{2}){0,2}|0\d)$")]
    private static partial Regex Code { get; }
    [GeneratedRegex(@"合计|小计|总计|预算数|决算数|执行数|金额|数$|费$|支出$|收入$|拨款|资金|结转|结余|\d{4}年")]
    private static partial Regex FigureHeader { get; }
    [GeneratedRegex(@"本表无数据|无发生额|未发生|不涉及|无此项|无该项|此表无数据|本表为空|为空表|空表|无(?:相关)?数据|没有.{0,20}(?:收入|支出|收支)|无.{0,20}(?:收入|支出|收支)")]
    private static partial Regex Empty { get; }
    [GeneratedRegex(@"\s*[（(]\s*(?:万元|元|亿元)\s*[）)]\s*$")]
    private static partial Regex UnitSuffix { get; }

    /// <summary>A header without the unit printed after it (“购置费（万元）”): the unit belongs to the figures, and a rule reads the header's own ending.</summary>
    internal static string WithoutUnit(string header) => header.EndsWith("）", StringComparison.Ordinal) || header.EndsWith(")", StringComparison.Ordinal) ? UnitSuffix.Replace(header, "") : header;
    [GeneratedRegex(@"项\s*目(?!\s*(?:支出|经费|资金))|科目|名称|编码|代码|类|款|功能分类|经济分类|预算单位|单位名称|部门")]
    private static partial Regex LabelHeader { get; }

    public static TableGrid Build(DocTable table, TemplateTableKind kind)
    {
        var grid = new TableGrid(table, kind);
        var rows = new List<List<CellBox>>();
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var boxes = new List<CellBox>(table.Rows[r].Cells.Count);
            foreach (var cell in table.Rows[r].Cells)
                if (!WhiteSpace.IsBlank(cell.Text)) boxes.Add(CellBox.Of(cell, table.Layout, r));
            rows.Add(boxes);
        }

        int first = 0;
        while (first < rows.Count && IsMeta(rows[first], table.Title)) first++;
        int data = first;
        while (data < rows.Count && !IsDataRow(rows[data])) data++;
        var header = new List<CellBox>();
        for (int r = first; r < data; r++)
            foreach (var box in rows[r])
                if (!IsMetaCell(box, table.Title) && !IsColumnNumbers(rows[r])) header.Add(box);

        BuildColumns(grid, header);
        if (grid.Columns.Count == 0) return grid;
        var headerTexts = new HashSet<string>(header.Select(h => WhiteSpace.Removed(h.Text)));

        var figures = new int[grid.Columns.Count];
        var words = new int[grid.Columns.Count];
        for (int r = data; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Count == 0) continue;
            bool printsFigures = row.Exists(b => b.IsFigure);
            if (!printsFigures || row[0].Text.StartsWith("注", StringComparison.Ordinal))
            {
                string text = WhiteSpace.Removed(Joined(row));
                if (text.StartsWith("注", StringComparison.Ordinal) || MayBeEmptyNote(text) && Empty.IsMatch(text))
                {
                    if (MayBeEmptyNote(text) && Empty.IsMatch(text)) grid.EmptyNote ??= row[0].Cell.EvidenceFor(0, row[0].Cell.Length);
                    continue;
                }
                if (row.All(b => headerTexts.Contains(WhiteSpace.Removed(b.Text)))) continue;
            }
            if (IsMeta(row, table.Title) || printsFigures && IsColumnNumbers(row)) continue;
            var gridRow = new GridRow(row[0].Cell.Line.Number, row.Count);
            foreach (var box in row)
            {
                int column = ColumnOf(grid.Columns, box);
                if (column < 0)
                {
                    // ColumnOf falls back to the nearest column, so this is for a table without columns; a row that prints
                    // more figures than the header has columns shows below, as two figures under one column.
                    if (box.IsFigure) gridRow.UnplacedFigures++;
                    continue;
                }
                if (gridRow.Cells.TryGetValue(column, out var already))
                {
                    // Two cells under one column: a name cell cut in two by the renderer. Keep the first. Two figures
                    // under one column mean the columns were read wrong: the second is not placed.
                    if (IsFigure(already.Text) && box.IsFigure) gridRow.UnplacedFigures++;
                    if (IsFigure(already.Text) || !box.IsFigure) continue;
                }
                gridRow.Cells[column] = box.Cell;
                if (box.IsFigure) figures[column]++;
                else words[column]++;
            }
            if (gridRow.Cells.Count > 0) grid.Rows.Add(gridRow);
        }
        MergeWrappedLabels(grid);
        (figures, words) = FoldSpanningHeaders(grid, header, figures, words);
        // The header decides; only a header that names neither (or both) leaves it to what the cells hold.
        foreach (var column in grid.Columns)
        {
            // "项目支出（万元）" is a column of figures: the unit after a header does not hide its ending, and 项目 followed by
            // 支出 names the project spending, not the 项目 (subject) column.
            string leaf = UnitSuffix.Replace(column.Leaf, "");
            bool label = LabelHeader.IsMatch(leaf), figure = FigureHeader.IsMatch(leaf);
            column.IsLabel = label != figure ? label : words[column.Index] > figures[column.Index];
        }
        for (int i = 0; i < table.Lines.Count && grid.EmptyNote is null; i++)
        {
            var line = table.Lines[i];
            // A note says so itself (注：/备注：/说明：) and may hold a year and wrap ("备注：本单位 2026 年没有使用国有资本经营
            // 预算拨款安排的支" / "出。"); any other line that says "无…" must hold no figure, or it is a row.
            if (NoteStart.IsMatch(line.Text))
            {
                string note = WhiteSpace.Removed(line.Text) + (i + 1 < table.Lines.Count ? WhiteSpace.Removed(table.Lines[i + 1].Text) : "");
                if (MayBeEmptyNote(note) && Empty.IsMatch(note)) grid.EmptyNote = MappedText.Of(line).EvidenceFor(0, line.Text.Length);
                continue;
            }
            if (!MayBeEmptyNote(line.Text)) continue;
            var m = Empty.Match(line.Text);
            if (m.Success && !Numbers.Number.IsMatch(line.Text)) grid.EmptyNote = MappedText.Of(line).EvidenceFor(m.Index, m.Length);
        }
        return grid;
    }

    /// <summary>
    /// A header over several columns printed narrow in the middle of its merged cell (<c>收    入</c> over
    /// 项目 and 预算数) covers none of their centres, so it first stands as a column of its own with no cells.
    /// Such a column, when header cells lie under it between its neighbours in its row, is their parent: its text
    /// goes into their header paths and it is dropped.
    /// </summary>
    private static (int[] Figures, int[] Words) FoldSpanningHeaders(TableGrid grid, List<CellBox> header, int[] figures, int[] words)
    {
        var drop = new HashSet<int>();
        for (int i = 0; i < grid.Columns.Count; i++)
        {
            var column = grid.Columns[i];
            if (figures[column.Index] + words[column.Index] > 0) continue;
            var cell = header.Find(h => h.X0 == column.X0 && h.X1 == column.X1);
            if (cell.Cell is null) continue;
            // Its merged cell reaches halfway to the next header printed in the same row.
            double left = double.MinValue, right = double.MaxValue;
            foreach (var h in header)
            {
                if (h.Row != cell.Row || h.X0 == cell.X0) continue;
                if (h.X1 <= cell.X0) left = Math.Max(left, (h.Center + cell.Center) / 2);
                if (h.X0 >= cell.X1) right = Math.Min(right, (h.Center + cell.Center) / 2);
            }
            var children = grid.Columns.FindAll(c => c.Index != column.Index && c.HeaderPath.Count > 0 &&
                header.Exists(h => h.Row > cell.Row && h.X0 == c.X0 && h.X1 == c.X1) && (c.X0 + c.X1) / 2 > left && (c.X0 + c.X1) / 2 < right);
            if (children.Count == 0) continue;
            foreach (var child in children)
            {
                var path = new List<string>(child.HeaderPath);
                path.Insert(0, column.Leaf);
                grid.Columns[child.Index] = child with { HeaderPath = path };
            }
            drop.Add(column.Index);
        }
        if (drop.Count == 0) return (figures, words);
        var kept = new List<GridColumn>();
        var renumber = new Dictionary<int, int>();
        foreach (var c in grid.Columns)
        {
            if (drop.Contains(c.Index)) continue;
            renumber[c.Index] = kept.Count;
            kept.Add(c with { Index = kept.Count });
        }
        var newFigures = new int[kept.Count];
        var newWords = new int[kept.Count];
        foreach (var (old, now) in renumber)
        {
            newFigures[now] = figures[old];
            newWords[now] = words[old];
        }
        grid.Columns.Clear();
        grid.Columns.AddRange(kept);
        foreach (var row in grid.Rows) row.Renumber(renumber);
        return (newFigures, newWords);
    }

    /// <summary>
    /// A long name wraps onto the rows around its figures (<c>国家统一法律职业资格</c> / <c>2040608 … 500.00</c> /
    /// <c>考试</c>): a row of words alone joins the next row that prints figures with that cell empty, and a
    /// row of words alone right after a joined row continues it.
    /// </summary>
    private static void MergeWrappedLabels(TableGrid grid)
    {
        bool HasFigures(GridRow r)
        {
            foreach (var (c, cell) in r.Cells) if (IsFigure(cell.Text)) return true;
            return false;
        }
        for (int i = 0; i < grid.Rows.Count; i++)
        {
            var row = grid.Rows[i];
            if (HasFigures(row) || row.Cells.Count != 1) continue;
            var (column, cell) = First(row);
            if (i + 1 < grid.Rows.Count && HasFigures(grid.Rows[i + 1]) && !grid.Rows[i + 1].Cells.ContainsKey(column))
            {
                grid.Rows[i + 1].Cells[column] = cell;
                grid.Rows[i + 1].MarkContinued(column);
                grid.Rows.RemoveAt(i--);
            }
            else if (i > 0 && grid.Rows[i - 1].IsContinued(column) || i > 0 && HasFigures(grid.Rows[i - 1]) && !grid.Rows[i - 1].Cells.ContainsKey(column))
            {
                var above = grid.Rows[i - 1];
                above.AddTail(column, cell);
                if (!above.Cells.ContainsKey(column)) above.Cells[column] = cell;
                grid.Rows.RemoveAt(i--);
            }
        }
    }

    private static (int Column, DocCell Cell) First(GridRow row)
    {
        foreach (var (c, cell) in row.Cells) return (c, cell);
        throw new InvalidOperationException("empty row");
    }

    private static void BuildColumns(TableGrid grid, List<CellBox> header)
    {
        var leaves = new List<CellBox>();
        foreach (var h in header)
        {
            bool hasNarrowerBelow = false;
            foreach (var o in header)
                if (o.Row > h.Row && o.Center >= h.X0 && o.Center <= h.X1 && o.X1 - o.X0 < (h.X1 - h.X0) * 0.95)
                {
                    hasNarrowerBelow = true;
                    break;
                }
            if (!hasNarrowerBelow) leaves.Add(h);
        }
        // Leaves in different rows that overlap (a wrapped header's two lines of equal width) are one column: keep the lowest.
        leaves.Sort((a, b) => a.Center.CompareTo(b.Center));
        var kept = new List<CellBox>();
        foreach (var leaf in leaves)
        {
            int same = kept.FindIndex(k => CellBox.Overlap(k.X0, k.X1, leaf.X0, leaf.X1) > 0.6);
            if (same < 0) kept.Add(leaf);
            else if (leaf.Row > kept[same].Row) kept[same] = leaf;
        }
        kept.Sort((a, b) => a.Center.CompareTo(b.Center));
        foreach (var leaf in kept)
        {
            // The header cells are in row order (Build adds them row by row), so the path is top to bottom as it is found.
            var path = new List<string>();
            foreach (var h in header)
                if (h.Row <= leaf.Row && leaf.Center >= h.X0 - Slack(h) && leaf.Center <= h.X1 + Slack(h)) path.Add(WhiteSpace.Removed(h.Text));
            grid.Columns.Add(new GridColumn(grid.Columns.Count, path, leaf.X0, leaf.X1));
        }
    }

    /// <summary>Half a point of slack for word boxes; none for one-cell-a-line tables, whose cells are one unit wide.</summary>
    private static double Slack(CellBox box) => box.X1 - box.X0 <= 1 ? 0 : 0.5;

    private static int ColumnOf(List<GridColumn> columns, CellBox box)
    {
        int best = -1;
        double bestOverlap = 0;
        foreach (var c in columns)
        {
            double overlap = CellBox.Overlap(c.X0, c.X1, box.X0, box.X1);
            if (overlap > bestOverlap)
            {
                best = c.Index;
                bestOverlap = overlap;
            }
        }
        if (best >= 0) return best;
        double nearest = double.MaxValue;
        foreach (var c in columns)
        {
            double distance = Math.Abs((c.X0 + c.X1) / 2 - box.Center);
            if (distance < nearest)
            {
                nearest = distance;
                best = c.Index;
            }
        }
        return best;
    }

    /// <summary>A cheap test before the empty-note regex: every note it matches has one of these characters.</summary>
    /// <summary>
    /// An empty table's note printed under it after a gap, outside the lines the table finder kept ("合计 0.00 0.00",
    /// a blank line, "备注：本单位2026年没有使用政府性基金预算拨款安排的支出。"): the first three lines with text after the
    /// table, before the next table.
    /// </summary>
    public static void FindNoteAfter(TableGrid grid, IReadOnlyList<SourceLine> lines, int lastLine, int nextTableLine)
    {
        for (int number = lastLine + 1, seen = 0; number <= lines.Count && number < nextTableLine && seen < 3; number++)
        {
            var line = lines[number - 1];
            if (line.IsBlank) continue;
            seen++;
            if (!NoteStart.IsMatch(line.Text)) continue;
            string note = WhiteSpace.Removed(line.Text) + (number < lines.Count ? WhiteSpace.Removed(lines[number].Text) : "");
            if (MayBeEmptyNote(note) && Empty.IsMatch(note)) grid.EmptyNote = MappedText.Of(line).EvidenceFor(0, line.Text.Length);
            return;
        }
    }

    [GeneratedRegex(@"^\s*(?:备注|注|说明)\s*\d?\s*[：:]")]
    private static partial Regex NoteStart { get; }

    /// <summary>Whether a line or cell opens a table's note (注：, 备注：, 说明：): shared with the web page reader, whose tables print notes as cells.</summary>
    internal static bool IsNote(string text) => NoteStart.IsMatch(text);

    private static bool MayBeEmptyNote(string text) => text.AsSpan().IndexOfAny("无空没") >= 0;

    /// <summary>A row's cells' text run together, without an iterator for the rows of one cell to three, most of them.</summary>
    private static string Joined(List<CellBox> row) => row.Count switch
    {
        0 => "",
        1 => row[0].Text,
        2 => string.Concat(row[0].Text, row[1].Text),
        3 => string.Concat(row[0].Text, row[1].Text, row[2].Text),
        _ => string.Concat(row.ConvertAll(b => b.Text)),
    };

    private static bool IsMeta(List<CellBox> row, string? title)
    {
        if (row.Count == 0) return true;
        if (row.Count > 3) return false;
        string text = WhiteSpace.Removed(Joined(row));
        if (title is not null && text == WhiteSpace.Removed(title)) return true;
        if (row.Count <= 2 && row.All(b => Meta.IsMatch(WhiteSpace.Removed(b.Text)))) return true;
        return row.Count == 1 && Meta.IsMatch(text);
    }

    /// <summary><see cref="IsMeta"/> of a row of one cell, without making the row.</summary>
    private static bool IsMetaCell(CellBox box, string? title)
    {
        string text = WhiteSpace.Removed(box.Text);
        return title is not null && text == WhiteSpace.Removed(title) || Meta.IsMatch(text);
    }

    private static bool IsDataRow(List<CellBox> row) =>
        row.Any(b => b.IsFigure && !IsYear(b.Text)) && !IsColumnNumbers(row) || row.Any(b => b.Text.Length is 3 or 5 or 7 && Code.IsMatch(b.Text));

    /// <summary>A row of column numbers (1 2 3 … or 栏次 1 2 3): header furniture.</summary>
    private static bool IsColumnNumbers(List<CellBox> row)
    {
        int expected = 1, numbers = 0;
        foreach (var b in row)
        {
            string t = b.Text;
            // The label of a row of column numbers: 栏次, 行次, or the asterisks some templates print there ("**  1  2  3").
            if (t is "栏次" or "行次" || t.Length > 0 && t.AsSpan().TrimStart('*').IsEmpty) continue;
            if (!int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)) return false;
            if (n != expected && n != expected + 1) return false;
            expected = n + 1;
            numbers++;
        }
        return numbers >= 3;
    }

    internal static bool IsFigure(string text)
    {
        string t = WhiteSpace.Trimmed(text);
        // A figure starts with a digit (any script's, as the pattern's \d) or a dash: the names and headers of a table,
        // most of its cells, are turned away before the patterns run.
        if (t.Length == 0 || !(IsDigit(t[0]) || t[0] is '-' or '—' or '－')) return false;
        return (Numbers.IsFullNumber(t) || t is "-" or "—" or "－") && !IsCode(t) || t == "0";
    }

    /// <summary><see cref="char.IsDigit(char)"/> without the Unicode lookup for ASCII and Chinese characters: no decimal digit lies below U+0660 but 0–9, nor among the Chinese characters.</summary>
    private static bool IsDigit(char c) => c < '\u0660' ? c is >= '0' and <= '9' : c is not (>= '\u4E00' and <= '\u9FFF') && char.IsDigit(c);

    /// <summary>A classification code (3, 5 or 7 digits) or a two-digit 款/项 number: the length is told before the pattern runs.</summary>
    private static bool IsCode(string text) => text.Length is 2 or 3 or 5 or 7 && Code.IsMatch(text);

    private static bool IsYear(string text) => text.Length == 4 && (text.StartsWith("19", StringComparison.Ordinal) || text.StartsWith("20", StringComparison.Ordinal)) && !text.Contains('.');

}
