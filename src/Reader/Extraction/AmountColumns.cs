using System.Collections.Generic;
using ComplianceGen.Reader.Structure;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// Which column of a classification table holds the figure a classification line keeps, read
/// from the header row.
/// <para>
/// The rule: the figure kept is the expenditure the document's prose talks about, because the
/// rules compare table lines with the prose, with 支出 totals and with the catalogue of 支出功能分类.
/// So, among the amount columns (share columns — 百分比, 比例, % — are never amounts):
/// 1. a total expenditure column: its header says 支出 (not 收入) and names a total or the year's
///    figure (合计, 总计, 本年支出, 决算数, 预算数, or 支出 alone as in 财政拨款本年支出（元）) —
///    not a part such as 基本支出 / 项目支出;
/// 2. else any column whose header says 合计 / 决算数 / 预算数 / 金额 and not 收入;
/// 3. else any column whose header says 支出 and not 收入 (a part);
/// 4. else the first column that is not an income column; 5. else the first column.
/// Seed 002 prints 财政拨款本年收入（元） | 占总收入百分比 | 财政拨款本年支出（元） | 占总支出百分比:
/// the income column comes first, but its prose (2060101 行政运行 1,949,713.29元) speaks of the
/// 支出 column. In 合计 | 基本支出 | 项目支出 the total comes first and wins by rule 2.
/// The share kept with the figure is the percentage column right after it, when its header says so.
/// </para>
/// </summary>
public static class AmountColumns
{
    /// <summary>The index of the amount column in <paramref name="header"/>, or -1 when the header names none.</summary>
    public static int Choose(IReadOnlyList<DocCell> header)
    {
        int best = -1, bestRank = int.MaxValue;
        for (int i = 0; i < header.Count; i++)
        {
            int rank = Rank(header[i].Text);
            if (rank < bestRank) { best = i; bestRank = rank; }
        }
        return best;
    }

    public static bool IsShare(string header) => header.Contains("百分比") || header.Contains("比例") || header.Contains('%') || header.Contains("占比");

    /// <summary>Lower is better; int.MaxValue for a column that holds no amount (codes, names, shares).</summary>
    private static int Rank(string header)
    {
        if (IsShare(header) || header.Contains("代码") || header.Contains("编码") || header.Contains("名称") || header.Contains("科目") || header.Trim() == "项目") return int.MaxValue;
        bool income = header.Contains("收入"), expenditure = header.Contains("支出");
        bool total = header.Contains("合计") || header.Contains("总计") || header.Contains("决算数") || header.Contains("预算数") || header.Contains("金额");
        bool part = header.Contains("基本支出") || header.Contains("项目支出") || header.Contains("人员经费") || header.Contains("公用经费");
        if (expenditure && !income && !part) return 1;
        if (total && !income) return 2;
        if (expenditure && !income) return 3;
        if (!income) return header.Trim().Length == 0 ? int.MaxValue : 4;
        return 5;
    }
}
