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

    /// <summary>The parts the total is split into with their shares (基本支出, 项目支出, …).</summary>
    [Term("构成")]
    public List<BreakdownLine> Parts { get; } = new();
}
