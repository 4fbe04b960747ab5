using System.Collections.Generic;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// Where the classification rows of one column of codes are printed — a whole table, or one half
/// of a side-by-side table: the table's number in the document and its title, and the codes read
/// so far, so that each row knows the row it is printed under (the nearest row above with a
/// shorter code). The extractor keeps one per column while it reads the rows in order; a row a
/// previous table already gave still counts as a row above.
/// </summary>
public sealed class TablePlacement
{
    private readonly List<(string Code, Evidence Evidence)> _above = new();

    public TablePlacement(int number, TextFact? title)
    {
        Number = number;
        Title = title;
    }

    /// <summary>1 = the document's first table, as <see cref="DisclosureReport.Tables"/> lists them.</summary>
    public int Number { get; }

    public TextFact? Title { get; }

    /// <summary>The row <paramref name="code"/> is printed under, if any; then remembers the row as one above the next.</summary>
    public CodeFact? Under(string code, Evidence evidence)
    {
        CodeFact? parent = null;
        for (int k = _above.Count - 1; k >= 0; k--)
        {
            if (_above[k].Code.Length < code.Length)
            {
                parent = new CodeFact(_above[k].Code, _above[k].Evidence);
                break;
            }
        }
        _above.Add((code, evidence));
        return parent;
    }
}
