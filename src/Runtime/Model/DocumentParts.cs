namespace ComplianceGen.Runtime;

/// <summary>
/// What the file holds of the disclosure. Units often publish the explanation (说明) and the tables (报表)
/// as separate files, or a page that links to them; a rule about a part the file does not hold cannot be
/// judged on it, so such rules ask here first and are not applicable otherwise.
/// </summary>
public sealed class DocumentParts
{
    /// <summary>The file has explanatory prose: headed sections with statements of figures.</summary>
    [Term("含说明")]
    public bool HasExplanation { get; set; }

    /// <summary>
    /// The file prints at least one of the template's tables. A unit's “三公” section published on its own holds neither the
    /// explanation nor the tables, even when it prints its “三公” table under it: that table is the section's.
    /// </summary>
    [Term("含报表")]
    public bool HasTables { get; set; }

    /// <summary>The file prints none of the template's tables but names them (in its contents or as an 附件): they are published elsewhere.</summary>
    [Term("报表另行公开")]
    public bool TablesElsewhere { get; set; }

    /// <summary>
    /// The file is written in traditional characters and was read in simplified ones: a copy from a site that converts what it
    /// reposts, whose punctuation is the site's, not the unit's (such copies print “,,” and “,、” at clause after clause).
    /// </summary>
    [Term("转自繁体")]
    public bool ReadFromTraditional { get; set; }
}
