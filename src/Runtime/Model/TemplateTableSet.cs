namespace ComplianceGen.Runtime;

/// <summary>Which of the national template's tables the file prints (an empty table with its note counts as printed).</summary>
public sealed class TemplateTableSet
{
    [Term("收支总表")]
    public bool IncomeExpenditure { get; set; }

    [Term("收入总表")]
    public bool Income { get; set; }

    [Term("支出总表")]
    public bool Expenditure { get; set; }

    [Term("财政拨款收支总表")]
    public bool Appropriation { get; set; }

    [Term("一般公共预算支出表")]
    public bool GeneralBudgetExpenditure { get; set; }

    [Term("基本支出表")]
    public bool BasicExpenditure { get; set; }

    [Term("三公经费表")]
    public bool ThreePublic { get; set; }

    [Term("政府性基金表")]
    public bool GovernmentFund { get; set; }

    [Term("国有资本经营表")]
    public bool StateCapital { get; set; }

    [Term("政府采购表")]
    public bool Procurement { get; set; }
}
