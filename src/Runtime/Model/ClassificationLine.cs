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
    private CodeFact? _code;

    /// <summary>The assembled code; <c>null</c> when the line names levels without codes.</summary>
    [Term("编码")]
    public CodeFact? Code
    {
        get => _code;
        set
        {
            _code = value;
            ParentCode = ParentOf(value);
            ClassCode = value is { Value.Length: >= 5 } ? new CodeFact(value.Value.Substring(0, 3), value.Evidence) : null;
            SectionCode = value is { Value.Length: 7 } ? new CodeFact(value.Value.Substring(0, 5), value.Evidence) : null;
        }
    }

    /// <summary>
    /// The code one level up, by the code itself: 20601 for 2060101, 206 for 20601; <c>null</c>
    /// for a 类 and for a line without a code. Set with <see cref="Code"/>, so checking it allocates nothing.
    /// </summary>
    [Term("上级编码")]
    public CodeFact? ParentCode { get; private set; }

    /// <summary>The 类 code of a 款 or 项 line (206 for 2060101); set with <see cref="Code"/>.</summary>
    [Term("类编码")]
    public CodeFact? ClassCode { get; private set; }

    /// <summary>The 款 code of a 项 line (20601 for 2060101); set with <see cref="Code"/>.</summary>
    [Term("款编码")]
    public CodeFact? SectionCode { get; private set; }

    /// <summary>
    /// The 类 name the line prints before its own ("科学技术支出" in 科学技术支出（206）科学技术管理事务（01）
    /// 行政运行（01）); <c>null</c> for a table row, which names only its own level.
    /// </summary>
    [Term("类名称")]
    public TextFact? ClassName { get; set; }

    /// <summary>The 款 name a 项 line prints before its own ("科学技术管理事务" above).</summary>
    [Term("款名称")]
    public TextFact? SectionName { get; set; }

    /// <summary>
    /// Whether the figure is printed in 元 in prose while the document's figures are in 万元 (…卫生健康支出预算4.24万元，住房保障支出预算
    /// 7.83元): the one kind of figure a slip of 万元 to 元 can make. A figure printed in 万元, or in a table whose unit line
    /// says 元, is what it says, however small beside the total.
    /// </summary>
    [Term("元孤例")]
    public bool InYuanAmongWan { get; set; }

    /// <summary>Which table of the document the line is a row of (1 = the document's first table); <c>null</c> for prose.</summary>
    [Term("表号")]
    public CountFact? TableNumber { get; set; }

    /// <summary>
    /// Which money the figure is of: 一般公共预算, 政府性基金预算, 国有资本经营预算, 财政拨款 (the three together) or
    /// 全部资金 (all sources); null when neither the table's title nor the prose around the line says. Figures of one
    /// code in different scopes differ legitimately and are never compared.
    /// </summary>
    [Term("口径")]
    public TextFact? Scope { get; set; }

    /// <summary>The title of that table, when it has one ("一般公共预算财政拨款基本支出决算表").</summary>
    [Term("表名")]
    public TextFact? TableTitle { get; set; }

    /// <summary>
    /// For a table row: the code of the nearest row above it in the same table (and the same half of
    /// a side-by-side table) whose code is shorter — the row the table prints it under.
    /// </summary>
    [Term("表中上级")]
    public CodeFact? PrintedParent { get; set; }

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

    private static CodeFact? ParentOf(CodeFact? code)
    {
        if (code is null) return null;
        int length = code.Value.Length switch { 7 => 5, 5 => 3, _ => 0 };
        return length == 0 ? null : new CodeFact(code.Value.Substring(0, length), code.Evidence);
    }
}
