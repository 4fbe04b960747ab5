namespace ComplianceGen.Runtime;

/// <summary>An entry of the table of contents and whether the document has a heading or table of that title after it.</summary>
public sealed class ContentsEntry
{
    /// <summary>The entry as printed, without its dot leader and page number.</summary>
    [Term("标题")]
    public TextFact? Title { get; set; }

    /// <summary>Whether a heading or a table title after the contents matches the entry (numbering and spaces aside).</summary>
    [Term("已找到")]
    public bool Found { get; set; }

    /// <summary>Whether the entry names a table (…表), which a file of explanation may leave to another file.</summary>
    [Term("是报表")]
    public bool IsTable { get; set; }

    public Evidence? Evidence => Title?.Evidence;
}
