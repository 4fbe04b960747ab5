using System.Collections.Generic;
using ComplianceGen.Reader.Structure;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// The order in which tables are read for classification rows; the first table that prints a
/// code gives that code's line. A 部门决算 prints the same codes in up to four tables with
/// different figures: 收入决算表 (income, all sources), 支出决算表 (expenditure, all sources),
/// 一般公共预算财政拨款支出决算表 and, for economic codes, its 基本支出 table. The prose
/// explains the 一般公共预算财政拨款支出 item by item (财预〔2016〕143号 requires it down to 项级 codes),
/// so that table comes first, then other expenditure tables, then tables that are neither, and
/// income tables last: an income figure is never the expenditure the rules compare (corpus 01:
/// 行政运行 is 1,511.90 received but 1,511.89 spent, and the prose says 1511.89万元).
/// Tables of equal rank keep document order.
/// </summary>
public static class TableRanking
{
    public static int Rank(DocTable table)
    {
        string title = table.Title ?? "";
        bool expenditure = title.Contains("支出"), income = title.Contains("收入");
        if (expenditure && !income) return title.Contains("一般公共预算") ? 0 : 1;
        return income && !expenditure ? 3 : 2;
    }

    /// <summary>Whether a 合计 row of this table totals expenditure.</summary>
    public static bool TotalsExpenditure(DocTable table) => Rank(table) <= 1;

    public static List<DocTable> Order(IEnumerable<DocTable> tables)
    {
        var list = new List<(int Rank, int Index, DocTable Table)>();
        int index = 0;
        foreach (var t in tables) list.Add((Rank(t), index++, t));
        list.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.Index.CompareTo(b.Index));
        var ordered = new List<DocTable>(list.Count);
        foreach (var item in list) ordered.Add(item.Table);
        return ordered;
    }
}
