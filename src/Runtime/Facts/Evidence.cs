namespace ComplianceGen.Runtime;

/// <summary>
/// Where a value was read: 1-based line and column in the source document and the exact
/// text that was read there. Every fact in the report model carries one, so a finding can
/// point a reviewer at the words it is about. A PDF's evidence also names its page: a reviewer opens
/// the PDF at that page and finds the quoted words there.
/// </summary>
public sealed record Evidence(int Line, int Column, string Text)
{
    /// <summary>The page (1-based) in a paged document, 0 when the format has no pages.</summary>
    public int Page { get; init; }

    public override string ToString() => $"{(Page > 0 ? "p" + Page.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " : "")}{Line}:{Column} “{Text}”";
}
