namespace ComplianceGen.Runtime;

/// <summary>
/// Where a value was read: 1-based line and column in the source document and the exact
/// text that was read there. Every fact in the report model carries one, so a finding can
/// point a reviewer at the words it is about.
/// </summary>
public sealed record Evidence(int Line, int Column, string Text)
{
    public override string ToString() => $"{Line}:{Column} “{Text}”";
}
