namespace ComplianceGen.Runtime;

/// <summary>国有资产占有使用情况: vehicles and large equipment.</summary>
public sealed class StateAssets
{
    [Term("车辆数")]
    public CountFact? Vehicles { get; set; }

    /// <summary>单价 50 万元以上通用设备 / 100 万元以上专用设备 / 200 万元以上大型设备, added up.</summary>
    [Term("大型设备数")]
    public CountFact? LargeEquipment { get; set; }

    [Term("说明")]
    public TextFact? Statement { get; set; }
}
