namespace ComplianceGen.Runtime;

/// <summary>
/// A unit named as the subject of a budget statement ("2022年县科技局无政府性基金预算收入",
/// "上海市普陀区财政局2024年度无机关运行经费支出") or in a table title ("上海市XX局2024年度部门决算表").
/// A document about one unit should name only that unit there; another name is usually text
/// left over from a template or from another unit's document.
/// </summary>
public sealed class UnitMention
{
    [Term("名称")]
    public TextFact? Name { get; set; }

    /// <summary>
    /// The document lists this unit among its subordinate units (a sentence about 下属 / 所属 / 二级预算单位,
    /// or a row of a table's 预算单位 column): a department's budget rightly names them.
    /// </summary>
    [Term("已列为下属单位")]
    public bool IsListedSubordinate { get; set; }

    public Evidence? Evidence => Name?.Evidence;
}
