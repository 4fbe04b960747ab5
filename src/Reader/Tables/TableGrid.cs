using System;
using System.Collections.Generic;
using ComplianceGen.Reader.Normalization;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

using System.Text.RegularExpressions;

namespace ComplianceGen.Reader.Tables;

/// <summary>
/// A column of a table, known by its header: the texts of the header cells above it, outermost first
/// (<c>“三公”经费预算数 / 公务用车购置及运行费 / 购置费</c>). A label column holds row names or codes.
/// </summary>
internal sealed partial record GridColumn(int Index, IReadOnlyList<string> HeaderPath, double X0, double X1)
{
    public string Header => string.Concat(HeaderPath);

    /// <summary>The innermost header text.</summary>
    public string Leaf => HeaderPath.Count > 0 ? HeaderPath[^1] : "";

    public bool IsLabel { get; set; }

    public bool HeaderSays(string word) => Header.Contains(word, StringComparison.Ordinal);
}

/// <summary>A data row: its cells by column, and the line it starts on.</summary>
internal sealed partial class GridRow
{
    /// <param name="line">The line the row starts on.</param>
    /// <param name="cells">How many cells it will hold, at most: the table is built row by row, and a row's dictionary is sized once.</param>
    public GridRow(int line, int cells = 0)
    {
        Line = line;
        Cells = new Dictionary<int, DocCell>(cells);
    }

    public int Line { get; }

    public Dictionary<int, DocCell> Cells { get; }

    /// <summary>Figures the row prints that no column took: under no header, or a second figure under one.</summary>
    public int UnplacedFigures { get; set; }

    // Columns whose cell began on the row above (a wrapped name), and the rest of a wrapped name printed on the row
    // below, by column. Made when first needed: most rows have neither.
    private HashSet<int>? _continued;
    private Dictionary<int, DocCell>? _tails;

    public bool IsContinued(int column) => _continued?.Contains(column) == true;

    public void MarkContinued(int column) => (_continued ??= new()).Add(column);

    public void AddTail(int column, DocCell cell) => (_tails ??= new())[column] = cell;

    /// <summary>Moves the row's cells, tails and continued columns to their columns' new numbers; a column not renumbered is dropped.</summary>
    public void Renumber(Dictionary<int, int> renumber)
    {
        var cells = new Dictionary<int, DocCell>(Cells);
        Cells.Clear();
        foreach (var (old, cell) in cells) if (renumber.TryGetValue(old, out int now)) Cells[now] = cell;
        if (_tails is not null)
        {
            var tails = new Dictionary<int, DocCell>(_tails);
            _tails.Clear();
            foreach (var (old, cell) in tails) if (renumber.TryGetValue(old, out int now)) _tails[now] = cell;
        }
        if (_continued is not null)
        {
            var continued = new List<int>(_continued);
            _continued.Clear();
            foreach (int old in continued) if (renumber.TryGetValue(old, out int now)) _continued.Add(now);
        }
    }

    public string? TextAt(int column)
    {
        string? text = Cells.TryGetValue(column, out var cell) ? cell.Trimmed : null;
        if (_tails is not null && _tails.TryGetValue(column, out var tail) && !ReferenceEquals(tail, cell)) text += tail.Trimmed;
        return text;
    }
}

/// <summary>
/// A table read by header text rather than by position: its columns with their header paths, its data
/// rows with cells placed under the column they sit beneath, and a note such as 本表无数据 printed under it.
/// A table that continued over pages has been joined into one before it gets here.
/// </summary>
internal sealed partial class TableGrid
{
    public TableGrid(DocTable table, TemplateTableKind kind)
    {
        Table = table;
        Kind = kind;
    }

    public DocTable Table { get; }

    public TemplateTableKind Kind { get; }

    public List<GridColumn> Columns { get; } = new();

    public List<GridRow> Rows { get; } = new();

    /// <summary>An 本表无数据 / 此表为空表 / 无…收支 note printed with the table.</summary>
    public Evidence? EmptyNote { get; set; }

    /// <summary>The table's unit: its 单位 line, else a unit its column headers print (预算数（万元）).</summary>
    public AmountUnit? Unit
    {
        get
        {
            if (Table.Unit is { } unit) return unit;
            foreach (var column in Columns)
            {
                var m = HeaderUnit.Match(column.Header);
                if (m.Success && AmountUnits.TryParse(m.Groups["u"].Value, out var parsed)) return parsed;
            }
            return null;
        }
    }

    [GeneratedRegex(@"[（(](?<u>万元|亿元|元)[）)]|单位[:：]\s*(?<u>万元|亿元|元)")]
    private static partial Regex HeaderUnit { get; }

    /// <summary>
    /// Whether any data row prints a figure other than zero. A figure with decimals under a label column counts too: a
    /// code or a year never prints a decimal point, so such a cell is a figure the layout put where a label stands (a
    /// table copied from a web page one cell a line, `合计` / `|` / `0.36`), and the table is not empty.
    /// </summary>
    public bool HasNonZeroFigure
    {
        get
        {
            foreach (var row in Rows)
                foreach (var (column, cell) in row.Cells)
                    if (Extraction.Numbers.TryParse(cell.Trimmed, out decimal v, out int decimals) && v != 0 &&
                        (!Columns[column].IsLabel || decimals > 0)) return true;
            // So for a header that holds one: a table whose rows are not parted into cells (text copied from a PDF viewer,
            // one space between cells) is read as one long header, its figures in it (合计基本支出…301工资福利支出7,728.96…).
            foreach (var column in Columns)
                foreach (string header in column.HeaderPath)
                    if (HeaderFigure.IsMatch(header)) return true;
            return false;
        }
    }

    /// <summary>
    /// A figure with decimals other than zero, such as no header prints (years and codes are whole numbers); not a date
    /// (2025.03.10, 2024.1.1-2024.12.31), a table's number (附表3.1) or a share (含1.5%工会经费). Figures read glued together
    /// (`…支出471.44460.6710.77…`) still count.
    /// </summary>
    [GeneratedRegex(@"(?<![\d.．表])(?!(?:19|20)\d{2}[.．])(?:\d{1,3}(?:,\d{3})+|\d+)\.\d*[1-9](?!\d*[%％])")]
    private static partial Regex HeaderFigure { get; }

    /// <summary>The label column a figure column belongs to: the nearest label column to its left (a side-by-side table has two).</summary>
    public GridColumn? LabelFor(GridColumn column)
    {
        GridColumn? best = null;
        foreach (var c in Columns)
            if (c.IsLabel && c.Index < column.Index) best = c;
        return best;
    }

    /// <summary>The row label a figure in <paramref name="column"/> is printed against, joined over the row's label cells.</summary>
    public string LabelOf(GridRow row, GridColumn column)
    {
        var label = LabelFor(column);
        if (label is null) return "";
        // The run of label columns that ends there (code, then name) all describe the row.
        int first = label.Index;
        while (first > 0 && Columns[first - 1].IsLabel) first--;
        var text = new System.Text.StringBuilder();
        for (int c = first; c <= label.Index; c++)
            if (row.TextAt(c) is { } t) text.Append(t);
        return text.ToString();
    }
}
