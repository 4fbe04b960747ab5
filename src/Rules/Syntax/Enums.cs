namespace ComplianceGen.Rules.Syntax;

public enum RuleSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>The document kinds a rule can apply to; the names match ComplianceGen.Runtime.DocumentKind.</summary>
public enum DocumentKindSyntax
{
    Budget,
    FinalAccount,
    PerformanceReport,
}

public enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    And,
    Or,
}

public enum UnaryOperator
{
    Not,
    Negate,
}

public enum CompareOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

/// <summary>One part of a tolerance (<c>误差 舍入 或 0.1个百分点</c> has two).</summary>
public enum ToleranceSyntaxKind
{
    /// <summary><c>舍入</c> / <c>rounding</c>: the half-units of the printed values.</summary>
    Rounding,
    /// <summary><c>相对 1%</c> / <c>relative 1%</c>: a share of the expected (right-hand) value.</summary>
    Relative,
    /// <summary><c>0.1个百分点</c> / <c>0.1 points</c>: an absolute difference between shares.</summary>
    Points,
    /// <summary><c>0.5万元</c> / <c>0.5 wan</c>: an absolute difference between amounts, in that unit.</summary>
    Amount,
    /// <summary><c>2</c>: an absolute difference between plain numbers.</summary>
    Plain,
    /// <summary><c>1%</c> without <c>相对</c>: language v1's relative tolerance, which reads like a percentage point.</summary>
    BarePercent,
}

public enum PredicateKind
{
    /// <summary><c>is stated</c> / <c>已说明</c></summary>
    Stated,
    /// <summary><c>is declared</c> / <c>已公开</c></summary>
    Declared,
}

/// <summary>The predicates between two texts.</summary>
public enum TextTest
{
    /// <summary><c>contains</c> / <c>包含</c></summary>
    Contains,
    /// <summary><c>starts with</c> / <c>开头为</c></summary>
    StartsWith,
    /// <summary><c>ends with</c> / <c>结尾为</c></summary>
    EndsWith,
    /// <summary><c>same unit as</c> / <c>同一单位</c>: the same name, or one an abbreviation of the other.</summary>
    SameUnit,
}

public enum AggregateKind
{
    Sum,
    Count,
    Any,
    All,
    /// <summary><c>各不相同(x 属于 C, x.编码)</c> / <c>distinct(…)</c>: every element states its key and no two keys are the same.</summary>
    Distinct,
}

public enum UnitSyntax
{
    Yuan,
    WanYuan,
    YiYuan,
}

public enum ExampleExpectation
{
    Pass,
    Fail,
}
