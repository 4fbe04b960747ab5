namespace ComplianceGen.Runtime;

/// <summary>How a classification line was printed.</summary>
public enum ClassificationForm
{
    /// <summary>科学技术支出（206）科学技术管理事务（01）行政运行（01）</summary>
    ProseCodes,
    /// <summary>科学技术（类）科学技术管理事务（款）行政运行（项）</summary>
    ProseLevels,
    /// <summary>A table row: 2060101 行政运行 1,951,646.68</summary>
    TableRow,
    /// <summary>A class named with an amount in prose: 科学技术支出49.36万元，占79%</summary>
    ProseClassName,
}

/// <summary>One classification line: code, name, level, amounts and shares.</summary>
public sealed class ClassificationLine
{
    /// <summary>The assembled code; <c>null</c> when the line names levels without codes.</summary>
    [Term("编码")]
    public CodeFact? Code { get; set; }

    /// <summary>The name printed for the deepest level of the line.</summary>
    [Term("名称")]
    public TextFact? Name { get; set; }

    /// <summary>The whole printed path, e.g. 科学技术支出/科学技术管理事务/行政运行.</summary>
    [Term("全称")]
    public TextFact? Path { get; set; }

    [Term("金额")]
    public Amount? Amount { get; set; }

    [Term("占比")]
    public Share? Share { get; set; }

    /// <summary>完成预算 x% (决算 prose).</summary>
    [Term("完成率")]
    public Share? ExecutionRate { get; set; }

    public ClassificationLevel Level { get; set; }

    public ClassificationForm Form { get; set; }

    public Evidence? Evidence { get; set; }
}
