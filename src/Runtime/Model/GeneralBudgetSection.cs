namespace ComplianceGen.Runtime;

/// <summary>一般公共预算（财政拨款）支出 and its 基本支出 split.</summary>
public sealed class GeneralBudgetSection
{
    [Term("支出总额")]
    public Amount? Total { get; set; }

    [Term("基本支出")]
    public Amount? Basic { get; set; }

    [Term("人员经费")]
    public Amount? Personnel { get; set; }

    [Term("公用经费")]
    public Amount? Public { get; set; }

    /// <summary>完成预算 x% for the whole general budget (决算).</summary>
    [Term("完成率")]
    public Share? ExecutionRate { get; set; }
}
