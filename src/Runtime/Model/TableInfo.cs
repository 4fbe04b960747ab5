using System.Collections.Generic;

namespace ComplianceGen.Runtime;

/// <summary>
/// A table the reader found: its title, which of the template's tables it is, its columns by header and
/// its rows with their cells, and the note an empty table carries.
/// </summary>
public sealed class TableInfo
{
    [Term("标题")]
    public TextFact? Title { get; set; }

    /// <summary>The template's name for the table (收支总表, “三公”经费支出表, …), or null when it is none of them.</summary>
    [Term("类型")]
    public TextFact? Kind { get; set; }

    [Term("行数")]
    public CountFact? RowCount { get; set; }

    /// <summary>How many columns the reader knows by their header (<see cref="Columns"/>).</summary>
    [Term("列数")]
    public CountFact? ColumnCount { get; set; }

    /// <summary>The header text of each column, outer headers first (<c>“三公”经费预算数公务用车购置及运行费购置费</c>).</summary>
    [Term("列名")]
    public List<TextFact> Columns { get; } = new();

    [Term("行")]
    public List<TableRow> Rows { get; } = new();

    /// <summary>The note that says the table is empty (本表无数据, 无…收支).</summary>
    [Term("无数据说明")]
    public TextFact? EmptyNote { get; set; }

    /// <summary>Whether any row prints a figure other than zero.</summary>
    [Term("有数据")]
    public bool HasFigures { get; set; }

    public Evidence? Evidence { get; set; }
}

/// <summary>One data row of a table: what it is labelled (its code and name cells) and its figures by column.</summary>
public sealed class TableRow
{
    [Term("名称")]
    public TextFact? Label { get; set; }

    /// <summary>The template's name for the table the row is in (收支总表 …), or null: for rules over the rows of all tables.</summary>
    [Term("表类型")]
    public TextFact? TableKind { get; set; }

    /// <summary>The row's first figure (a side-by-side table: the left half's).</summary>
    [Term("首个金额")]
    public Amount? FirstAmount => Cells.Count > 0 ? Cells[0].Amount : null;

    /// <summary>The row's last figure (a side-by-side table: the right half's).</summary>
    [Term("末个金额")]
    public Amount? LastAmount => Cells.Count > 0 ? Cells[^1].Amount : null;

    [Term("单元格")]
    public List<TableCell> Cells { get; } = new();

    /// <summary>
    /// How many figures the row prints that the reader could not put under a column (more figures than columns, or
    /// two under one): when not 0, the row's cells may be under the wrong headers.
    /// </summary>
    [Term("未归列数字")]
    public CountFact? UnplacedFigures { get; set; }
}

/// <summary>A figure in a table, with the header of the column it is printed under.</summary>
public sealed class TableCell
{
    [Term("列名")]
    public TextFact? Column { get; set; }

    [Term("金额")]
    public Amount? Amount { get; set; }
}
