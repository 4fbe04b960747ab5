namespace ComplianceGen.Runtime;

/// <summary>The money units printed in disclosure documents.</summary>
public enum AmountUnit
{
    /// <summary>元</summary>
    Yuan,
    /// <summary>万元 (10,000 元)</summary>
    WanYuan,
    /// <summary>亿元 (100,000,000 元)</summary>
    YiYuan,
}

public static class AmountUnits
{
    /// <summary>How many 元 one unit is worth.</summary>
    public static decimal YuanPerUnit(AmountUnit unit) => unit switch
    {
        AmountUnit.WanYuan => 10_000m,
        AmountUnit.YiYuan => 100_000_000m,
        _ => 1m,
    };

    public static decimal ToYuan(decimal value, AmountUnit unit) => value * YuanPerUnit(unit);

    public static decimal FromYuan(decimal yuan, AmountUnit unit) => yuan / YuanPerUnit(unit);

    public static string Symbol(AmountUnit unit) => unit switch
    {
        AmountUnit.WanYuan => "万元",
        AmountUnit.YiYuan => "亿元",
        _ => "元",
    };

    /// <summary>Parses 元 / 万元 / 亿元 (also 千元 is not used in these documents, so it is rejected).</summary>
    public static bool TryParse(string text, out AmountUnit unit)
    {
        switch (text.Trim())
        {
            case "元": unit = AmountUnit.Yuan; return true;
            case "万元": unit = AmountUnit.WanYuan; return true;
            case "亿元": unit = AmountUnit.YiYuan; return true;
            default: unit = AmountUnit.Yuan; return false;
        }
    }
}
