namespace ComplianceGen.Runtime;

/// <summary>One 名词解释 entry.</summary>
public sealed class GlossaryEntry
{
    [Term("词条")]
    public TextFact? Term { get; set; }

    [Term("解释")]
    public TextFact? Definition { get; set; }
}
