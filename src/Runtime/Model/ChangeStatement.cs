namespace ComplianceGen.Runtime;

/// <summary>
/// 比上年增加/减少 x万元，增长/下降 y%: the current figure, the signed delta and the signed
/// percent, as printed. A decrease is stored as a negative delta and percent.
/// </summary>
public sealed class ChangeStatement
{
    [Term("主题")]
    public TextFact? Subject { get; set; }

    [Term("本年数")]
    public Amount? Current { get; set; }

    /// <summary>The figure compared with, when printed ("比2025年年初预算数28479.84万元增加1476.43万元").</summary>
    [Term("上年数")]
    public Amount? Base { get; set; }

    [Term("增减额")]
    public Amount? Delta { get; set; }

    [Term("增减率")]
    public Share? Percent { get; set; }

    public Evidence? Evidence { get; set; }
}
