using System.Collections.Generic;
using ComplianceGen.Reader.Normalization;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Structure;

/// <summary>How a table was printed in the source.</summary>
public enum TableLayout
{
    /// <summary>One cell a line, tab-led, a blank line between rows (Word export, and .docx tables as rendered).</summary>
    CellPerLine,
    /// <summary>Columns aligned with runs of spaces (pdftotext -layout).</summary>
    Columns,
}

/// <summary>One cell: its normalized text and where it sits in the source.</summary>
public sealed class DocCell
{
    public DocCell(SourceLine line, int start, int length, int column)
    {
        Line = line;
        Start = start;
        Length = length;
        Column = column;
    }

    public SourceLine Line { get; }

    public int Start { get; }

    public int Length { get; }

    /// <summary>Visual column (0-based) in the normalized line; used to align layout columns.</summary>
    public int Column { get; }

    private string? _text;

    /// <summary>The cell's characters of the normalized line, cut on first use and kept (table passes read them often).</summary>
    public string Text => _text ??= Line.Text.Substring(Start, Length);

    private string? _trimmed;

    /// <summary>The cell's text without white space at either end, cut once: the grid and the table readers compare and parse it often.</summary>
    public string Trimmed => _trimmed ??= WhiteSpace.Trimmed(Text);

    public MappedText Mapped => MappedText.Of(Line, Start, Length);

    /// <summary>Evidence for [<paramref name="start"/>, +<paramref name="length"/>) of the cell's text, as <see cref="Mapped"/> gives it, without making the mapped text.</summary>
    public Evidence EvidenceFor(int start, int length) => MappedText.EvidenceInRun(Line, Start, Length, start, length);

    public override string ToString() => Text;
}

public sealed class DocRow
{
    public List<DocCell> Cells { get; } = new();

    public int Line => Cells.Count > 0 ? Cells[0].Line.Number : 0;

    public override string ToString() => string.Join(" | ", Cells);
}

/// <summary>A table rebuilt from the text: rows of cells, the title printed above it and the unit its header states.</summary>
public sealed class DocTable
{
    public DocTable(TableLayout layout) => Layout = layout;

    public TableLayout Layout { get; }

    public List<DocRow> Rows { get; } = new();

    /// <summary>
    /// Layout tables: every source line under the title, empty ones included. Some layouts separate
    /// rows with an empty line and wrap a cell onto the lines around its row, so the rows above
    /// cannot be rebuilt from the non-empty lines alone.
    /// </summary>
    public List<SourceLine> Lines { get; } = new();

    public string? Title { get; set; }

    public Evidence? TitleEvidence { get; set; }

    /// <summary>单位：万元 / （元） in the header; null when the table does not say.</summary>
    public AmountUnit? Unit { get; set; }

    public int FirstLine { get; set; }

    public int LastLine { get; set; }

    public int ColumnCount
    {
        get
        {
            int max = 0;
            foreach (var row in Rows) if (row.Cells.Count > max) max = row.Cells.Count;
            return max;
        }
    }
}
