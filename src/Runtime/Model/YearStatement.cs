namespace ComplianceGen.Runtime;

/// <summary>
/// A statement that opens with the fiscal year it is about: "2019年“三公”经费财政拨款支出决算为14.98万元",
/// "2022年县科技局无政府性基金预算收入". Comparisons ("比2018年"), dates ("截至2019年12月31日",
/// "2023年底") and narrative without figures are not year statements.
/// </summary>
public sealed class YearStatement
{
    [Term("年份")]
    public CountFact? Year { get; set; }

    [Term("原文")]
    public TextFact? Text { get; set; }

    public Evidence? Evidence => Year?.Evidence;
}
