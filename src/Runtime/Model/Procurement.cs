namespace ComplianceGen.Runtime;

/// <summary>政府采购: total, 货物 / 工程 / 服务, and for 决算 the part awarded to SMEs.</summary>
public sealed class Procurement : DeclaredAmount
{
    [Term("货物")]
    public Amount? Goods { get; set; }

    [Term("工程")]
    public Amount? Works { get; set; }

    [Term("服务")]
    public Amount? Services { get; set; }

    /// <summary>授予中小企业合同金额.</summary>
    [Term("中小企业")]
    public Amount? SmallAndMediumEnterprises { get; set; }

    /// <summary>授予中小企业合同金额占政府采购支出总额的比重.</summary>
    [Term("中小企业占比")]
    public Share? SmallAndMediumEnterprisesShare { get; set; }

    /// <summary>Any sentence about procurement, even one without figures ("拟采购三台电脑").</summary>
    [Term("说明")]
    public TextFact? Statement { get; set; }
}
