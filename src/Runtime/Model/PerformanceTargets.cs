namespace ComplianceGen.Runtime;

/// <summary>绩效目标: how many projects have targets, and the money they cover.</summary>
public sealed class PerformanceTargets
{
    [Term("项目数")]
    public CountFact? ProjectCount { get; set; }

    [Term("金额")]
    public Amount? Amount { get; set; }

    [Term("说明")]
    public TextFact? Statement { get; set; }
}
