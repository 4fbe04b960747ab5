namespace ComplianceGen.Runtime;

/// <summary>A table the reader found: its title, size and where it starts.</summary>
public sealed class TableInfo
{
    [Term("标题")]
    public TextFact? Title { get; set; }

    [Term("行数")]
    public CountFact? RowCount { get; set; }

    public int ColumnCount { get; set; }

    public Evidence? Evidence { get; set; }
}
