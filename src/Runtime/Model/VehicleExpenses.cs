namespace ComplianceGen.Runtime;

/// <summary>
/// 公务用车购置及运行（维护）费 = 公务用车购置费 + 公务用车运行（维护）费. The item counts as
/// declared when the combined figure or either part is declared; whether both parts are
/// declared is a separate question (the split the regulations ask for).
/// </summary>
public sealed class VehicleExpenses : ExpenseItem
{
    public VehicleExpenses()
        : base("公务用车购置及运行（维护）费")
    {
    }

    [Term("购置费")]
    public ExpenseItem Purchase { get; } = new("公务用车购置费");

    [Term("运行维护费")]
    [Term("运行费")]
    public ExpenseItem Operation { get; } = new("公务用车运行（维护）费");

    public override bool IsDeclared => base.IsDeclared || Purchase.IsDeclared || Operation.IsDeclared;

    public override Evidence? Evidence => base.Evidence ?? Purchase.Evidence ?? Operation.Evidence;
}
