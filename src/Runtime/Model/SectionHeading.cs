namespace ComplianceGen.Runtime;

/// <summary>A numbered heading (第X部分, 一、, （一）, 1.) and its nesting level (1 = outermost).</summary>
public sealed class SectionHeading
{
    [Term("标题")]
    public TextFact? Title { get; set; }

    [Term("层级")]
    public CountFact? Level { get; set; }

    /// <summary>The numbering as printed: "一、", "（二）", "第三部分".</summary>
    public string Numbering { get; set; } = "";
}
