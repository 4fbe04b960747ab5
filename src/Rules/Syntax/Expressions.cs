namespace ComplianceGen.Rules.Syntax;

/// <summary>An expression in a rule. Every node carries the span it was parsed from.</summary>
public abstract record Expr(SourceSpan Span);

/// <summary>One name in a dotted path, as written (C# member name or Chinese term).</summary>
public sealed record PathSegment(string Name, SourceSpan Span);

/// <summary><c>三公经费.明细.金额</c>, <c>item.名称</c>, <c>年度</c>.</summary>
public sealed record PathExpr(EquatableArray<PathSegment> Segments, SourceSpan Span) : Expr(Span)
{
    public string Text => string.Join(".", System.Linq.Enumerable.Select(Segments, s => s.Name));
}

/// <summary>A plain number: <c>0.01</c>, <c>3</c>. <see cref="Text"/> keeps the printed digits.</summary>
public sealed record NumberLiteral(decimal Value, string Text, SourceSpan Span) : Expr(Span);

/// <summary><c>100%</c></summary>
public sealed record PercentLiteral(decimal Value, string Text, SourceSpan Span) : Expr(Span);

/// <summary><c>5万元</c>, <c>1000元</c></summary>
public sealed record AmountLiteral(decimal Value, string Text, UnitSyntax Unit, SourceSpan Span) : Expr(Span);

public sealed record StringLiteral(string Value, SourceSpan Span) : Expr(Span);

public sealed record BinaryExpr(BinaryOperator Operator, Expr Left, Expr Right, SourceSpan Span) : Expr(Span);

public sealed record UnaryExpr(UnaryOperator Operator, Expr Operand, SourceSpan Span) : Expr(Span);

/// <summary>One tolerance: <c>舍入</c>, <c>相对 1%</c>, <c>0.1个百分点</c>, <c>0.5万元</c>, <c>2</c>.</summary>
public sealed record TolerancePart(ToleranceSyntaxKind Kind, decimal Value, string Text, UnitSyntax? Unit, SourceSpan Span);

/// <summary>
/// <c>误差 舍入 或 0.1个百分点</c> / <c>within rounding or 0.1 points</c>: the comparison holds when it holds
/// within any of the parts, that is within the largest of them.
/// </summary>
public sealed record ToleranceSyntax(EquatableArray<TolerancePart> Parts, SourceSpan Span)
{
    /// <summary>The parts as written after <c>误差</c>, for messages.</summary>
    public string Text => string.Join(" 或 ", System.Linq.Enumerable.Select(Parts, p => p.Text));
}

public sealed record ComparisonExpr(CompareOperator Operator, Expr Left, Expr Right, ToleranceSyntax? Tolerance, SourceSpan Span) : Expr(Span);

/// <summary><c>若 A 则 B</c> / <c>if A then B</c>: B must hold wherever A holds (three-valued <c>not A or B</c>).</summary>
public sealed record ImplicationExpr(Expr Condition, Expr Consequence, SourceSpan Span) : Expr(Span);

/// <summary><c>首个已说明(A, B, C)</c> / <c>first stated(A, B, C)</c>: the first alternative the document states.</summary>
public sealed record FirstStatedExpr(EquatableArray<Expr> Alternatives, SourceSpan Span) : Expr(Span);

/// <summary><c>x is stated</c>, <c>x is not declared</c>.</summary>
public sealed record PredicateExpr(PredicateKind Kind, bool Negated, Expr Operand, SourceSpan Span) : Expr(Span);

/// <summary><c>name matches catalog(code, year)</c></summary>
public sealed record MatchesCatalogExpr(Expr Name, Expr Code, Expr Year, SourceSpan Span) : Expr(Span);

/// <summary><c>catalog(code, year)</c>: the catalogue's name for a code.</summary>
public sealed record CatalogNameExpr(Expr Code, Expr Year, SourceSpan Span) : Expr(Span);

/// <summary><c>text contains "…"</c>, <c>code starts with parent</c>, <c>name same unit as 单位名称</c>.</summary>
public sealed record TextTestExpr(TextTest Test, Expr Text, Expr Other, SourceSpan Span) : Expr(Span);

/// <summary>
/// <c>sum(path)</c>, <c>count(path)</c>, or the quantified forms
/// <c>any(x in path where cond)</c>, <c>all(…)</c>, <c>count(x in path where cond)</c>,
/// <c>sum(x in path where cond, x.金额)</c> (the selector is the last argument), and
/// <c>distinct(x in path, x.编码)</c>, <c>distinct(path.编码)</c> (the selector is the key).
/// </summary>
public sealed record AggregateExpr(
    AggregateKind Kind,
    string? Variable,
    SourceSpan VariableSpan,
    Expr Source,
    Expr? Where,
    Expr? Selector,
    SourceSpan Span) : Expr(Span);
