using System.Collections.Generic;

namespace ComplianceGen.Runtime;

/// <summary>
/// “三公”经费: 因公出国（境）费, 公务用车购置及运行（维护）费 (= 购置费 + 运行维护费) and
/// 公务接待费. <see cref="Items"/> always holds the three items in that order, so a rule
/// can require each to be declared even when the document never mentions it.
/// </summary>
public sealed class ThreePublicExpenses
{
    public ThreePublicExpenses()
    {
        Items.Add(OverseasTravel);
        Items.Add(Vehicles);
        Items.Add(Reception);
    }

    [Term("合计")]
    public Amount? Total { get; set; }

    /// <summary>A statement that covers all three items ("没有使用财政拨款安排“三公”经费预算").</summary>
    public Evidence? NoneStatement { get; set; }

    [Term("已声明无")]
    public bool IsDeclaredNone => NoneStatement is not null;

    /// <summary>The three items, in order.</summary>
    [Term("明细")]
    public List<ExpenseItem> Items { get; } = new();

    [Term("因公出国（境）费")]
    [Term("因公出国境费")]
    public ExpenseItem OverseasTravel { get; } = new("因公出国（境）费");

    [Term("公务用车购置及运行费")]
    [Term("公务用车购置及运行维护费")]
    public VehicleExpenses Vehicles { get; } = new();

    [Term("公务用车购置费")]
    public ExpenseItem VehiclePurchase => Vehicles.Purchase;

    [Term("公务用车运行维护费")]
    [Term("公务用车运行费")]
    public ExpenseItem VehicleOperation => Vehicles.Operation;

    [Term("公务接待费")]
    public ExpenseItem Reception { get; } = new("公务接待费");

    /// <summary>完成预算 x% for the total (决算).</summary>
    [Term("完成率")]
    public Share? ExecutionRate { get; set; }

    /// <summary>Where the document first speaks of “三公”经费: findings about an item it never mentions point here.</summary>
    public Evidence? Evidence { get; set; }

    /// <summary>The total's budget figure, where a 决算 states it.</summary>
    [Term("预算数")]
    public Amount? Budget { get; set; }
}
