namespace ComplianceGen.Runtime;

/// <summary>A budget-execution statement: 决算数 and 完成预算 x%, with the budget where stated.</summary>
public sealed class ExecutionStatement
{
    [Term("主题")]
    public TextFact? Subject { get; set; }

    [Term("决算数")]
    public Amount? Actual { get; set; }

    [Term("预算数")]
    public Amount? Budget { get; set; }

    [Term("完成率")]
    public Share? Rate { get; set; }

    public Evidence? Evidence { get; set; }
}
