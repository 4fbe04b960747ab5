using System;
using ComplianceGen.Rules.Syntax;

namespace ComplianceGen.Rules.Binding;

/// <summary>
/// Whether a literal still fits a decimal once the runtime converts it: amounts are held in 元
/// (ComplianceGen.Runtime.AmountUnits.ToYuan multiplies 万元 by 10⁴ and 亿元 by 10⁸), and so is a
/// tolerance written in a unit (<c>误差 0.5万元</c>). A literal that does not fit would throw on every
/// document; it is CG0007 instead.
/// </summary>
internal static class LiteralRange
{
    private const decimal YuanPerWan = 10_000m;
    private const decimal YuanPerYi = 100_000_000m;

    public static bool AmountFits(decimal value, UnitSyntax unit) => unit switch
    {
        UnitSyntax.WanYuan => Fits(value, YuanPerWan),
        UnitSyntax.YiYuan => Fits(value, YuanPerYi),
        _ => true,
    };

    public static string UnitText(UnitSyntax unit) => unit switch
    {
        UnitSyntax.WanYuan => "万元",
        UnitSyntax.YiYuan => "亿元",
        _ => "元",
    };

    private static bool Fits(decimal value, decimal factor) => Math.Abs(value) <= decimal.MaxValue / factor;
}
