namespace ComplianceGen.Runtime;

/// <summary>财政拨款收支: fiscal appropriation income and spending.</summary>
public sealed class AppropriationSection
{
    [Term("收入总额")]
    public Amount? IncomeTotal { get; set; }

    [Term("支出总额")]
    public Amount? ExpenditureTotal { get; set; }

    /// <summary>财政拨款收支总计 as one figure ("财政拨款收、支总计661.68万元").</summary>
    [Term("收支总计")]
    public Amount? GrandTotal { get; set; }
}
