using System.Collections.Generic;

namespace ComplianceGen.Runtime;

/// <summary>收入: the total and its sources (一般公共预算拨款, 政府性基金, 上年结转, 事业收入, 其他收入 …).</summary>
public sealed class IncomeSection
{
    [Term("总额")]
    public Amount? Total { get; set; }

    [Term("来源")]
    public List<BreakdownLine> Sources { get; } = new();

    /// <summary>收支总计 (income and carried-over balances), when the document states it.</summary>
    [Term("收支总计")]
    public Amount? GrandTotal { get; set; }
}
