namespace ComplianceGen.Runtime;

/// <summary>
/// One subject stated twice with different figures ("支出总额 29956.27万元" in the explanation of spending,
/// "支出总额 134133.33万元" where carry-over is counted in). Both are kept, each with the scope its sentence
/// gives it, and the report's fact stays the first: the reader never silently replaces one figure with another.
/// Different figures of different scope (all funds against fiscal only, budget against actual, this year against
/// last) are expected; of one scope, they disagree.
/// </summary>
public sealed class FigureConflict
{
    [Term("主题")]
    public TextFact? Subject { get; set; }

    /// <summary>The first statement, the one the report keeps as the fact.</summary>
    [Term("金额")]
    public Amount? First { get; set; }

    [Term("口径")]
    public TextFact? FirstScope { get; set; }

    /// <summary>The later statement with other digits.</summary>
    [Term("另一金额")]
    public Amount? Other { get; set; }

    [Term("另一口径")]
    public TextFact? OtherScope { get; set; }

    public Evidence? Evidence => Other?.Evidence;
}
