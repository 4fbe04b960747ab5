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

public enum ToleranceSyntaxKind
{
    Absolute,
    Relative,
    Rounding,
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
    /// <summary><c>same unit as</c> / <c>同一单位</c>: the same name, or one an abbreviation of the other.</summary>
    SameUnit,
}

public enum AggregateKind
{
    Sum,
    Count,
    Any,
    All,
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
