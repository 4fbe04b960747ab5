using System.Collections.Generic;

namespace ComplianceGen.Runtime;

/// <summary>支出: total, 基本支出 / 项目支出 with shares, 人员经费 / 公用经费.</summary>
public sealed class ExpenditureSection
{
    [Term("总额")]
    public Amount? Total { get; set; }

    [Term("基本支出")]
    public Amount? Basic { get; set; }

    [Term("项目支出")]
    public Amount? Project { get; set; }

    [Term("人员经费")]
    public Amount? Personnel { get; set; }

    [Term("公用经费")]
    public Amount? Public { get; set; }

    /// <summary>
    /// 年终结转结余 / 结转下年 stated with the spending: some templates count it in the year's 支出 total
    /// (支出预算 = 基本支出 + 项目支出 + 年终结转结余).
    /// </summary>
    [Term("结转下年")]
    public Amount? CarriedForward { get; set; }

    /// <summary>The parts the total is split into with their shares (基本支出, 项目支出, …).</summary>
    [Term("构成")]
    public List<BreakdownLine> Parts { get; } = new();
}
