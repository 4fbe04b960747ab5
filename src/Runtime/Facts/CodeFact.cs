namespace ComplianceGen.Runtime;

/// <summary>
/// A classification code (支出功能分类 3/5/7 digits, 经济分类 3/5 digits) as assembled from
/// the document, e.g. "2060101" from 科学技术支出（206）科学技术管理事务（01）行政运行（01）.
/// </summary>
public sealed class CodeFact
{
    public CodeFact(string value, Evidence? evidence = null)
    {
        Value = value;
        Evidence = evidence;
        IsDigits = value.Length > 0;
        foreach (char c in value) IsDigits &= c is >= '0' and <= '9';
    }

    public string Value { get; }

    /// <summary>
    /// Whether the code is ASCII digits only, as codes almost always are: two such codes are the same for
    /// <see cref="TextComparison.Same"/> exactly when they are equal strings, a comparison that stops at
    /// differing lengths. A table's parent/child walk compares every pair of its codes.
    /// </summary>
    internal bool IsDigits { get; }

    public Evidence? Evidence { get; }

    /// <summary>The code's level from its length: 3 → 类, 5 → 款, 7 → 项.</summary>
    public ClassificationLevel Level => ClassificationLevels.FromCode(Value);

    public override string ToString() => Value;
}

public enum ClassificationLevel
{
    Unknown,
    /// <summary>类 (3 digits)</summary>
    Class,
    /// <summary>款 (5 digits)</summary>
    Section,
    /// <summary>项 (7 digits)</summary>
    Item,
}

public static class ClassificationLevels
{
    public static ClassificationLevel FromCode(string code) => code.Length switch
    {
        3 => ClassificationLevel.Class,
        5 => ClassificationLevel.Section,
        7 => ClassificationLevel.Item,
        _ => ClassificationLevel.Unknown,
    };

    public static string Chinese(ClassificationLevel level) => level switch
    {
        ClassificationLevel.Class => "类",
        ClassificationLevel.Section => "款",
        ClassificationLevel.Item => "项",
        _ => "?",
    };
}
