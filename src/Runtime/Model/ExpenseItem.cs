namespace ComplianceGen.Runtime;

/// <summary>One of the “三公” items: an amount, or an explicit statement that there is none.</summary>
public class ExpenseItem : DeclaredAmount
{
    public ExpenseItem(string name) => Name = new TextFact(name);

    [Term("名称")]
    public TextFact Name { get; }

    [Term("占比")]
    public Share? Share { get; set; }

    /// <summary>The budget figure, where a 决算 states it.</summary>
    [Term("预算数")]
    public Amount? Budget { get; set; }

    /// <summary>完成预算 x% (决算).</summary>
    [Term("完成率")]
    public Share? ExecutionRate { get; set; }
}
