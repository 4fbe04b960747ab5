namespace ComplianceGen.Runtime;

/// <summary>One part of a breakdown: "一般公共预算拨款收入62.7万元，占100%".</summary>
public sealed class BreakdownLine
{
    [Term("名称")]
    public TextFact? Name { get; set; }

    [Term("金额")]
    public Amount? Amount { get; set; }

    [Term("占比")]
    public Share? Share { get; set; }

    public Evidence? Evidence => Amount?.Evidence ?? Name?.Evidence;
}
