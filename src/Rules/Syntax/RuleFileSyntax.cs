namespace ComplianceGen.Rules.Syntax;

/// <summary>A parsed rule file: the optional ruleset header and its rules.</summary>
public sealed record RuleFileSyntax(RuleSetHeader? Header, EquatableArray<RuleSyntax> Rules);

public sealed record KindReference(DocumentKindSyntax Kind, SourceSpan Span);

/// <summary><c>2016..2030</c>, <c>2019..</c>, <c>..2018</c> or one year.</summary>
public sealed record YearRange(int? First, int? Last, SourceSpan Span);

public sealed record RuleSetHeader(
    string Name,
    SourceSpan NameSpan,
    string? Title,
    EquatableArray<KindReference> AppliesTo,
    string? Citation,
    YearRange? Years,
    SourceSpan Span);

public sealed record ForEachClause(string Variable, SourceSpan VariableSpan, Expr Collection, Expr? Where, SourceSpan Span);

/// <summary>A message with its <c>{expr}</c> holes: literal text parts and expression parts.</summary>
public sealed record MessagePart(string? Text, Expr? Expression);

public sealed record MessageTemplate(string Raw, EquatableArray<MessagePart> Parts, SourceSpan Span);

/// <summary><c>example fail """…"""</c>: a document fragment that must fail or pass the rule.</summary>
public sealed record ExampleSyntax(ExampleExpectation Expectation, string Document, SourceSpan Span);

/// <summary>One clause of a rule, in the order written; the binder checks which may repeat.</summary>
public abstract record RuleClause(SourceSpan Span);

public sealed record SeverityClause(RuleSeverity Severity, SourceSpan Span) : RuleClause(Span);

public sealed record AppliesToClause(EquatableArray<KindReference> Kinds, SourceSpan Span) : RuleClause(Span);

public sealed record CiteClause(string Citation, SourceSpan Span) : RuleClause(Span);

public sealed record YearsClause(YearRange Years, SourceSpan Span) : RuleClause(Span);

public sealed record WhenClause(Expr Condition, SourceSpan Span) : RuleClause(Span);

public sealed record ForEachRuleClause(ForEachClause ForEach, SourceSpan Span) : RuleClause(Span);

public sealed record RequireClause(Expr Condition, SourceSpan Span) : RuleClause(Span);

/// <summary><c>令 名 = 表达式</c> / <c>let name = expression</c>: a value named once and used by name.</summary>
public sealed record LetClause(string Name, SourceSpan NameSpan, Expr Value, SourceSpan Span) : RuleClause(Span);

public sealed record MessageClause(MessageTemplate Message, SourceSpan Span) : RuleClause(Span);

public sealed record ExampleClause(ExampleSyntax Example, SourceSpan Span) : RuleClause(Span);

public sealed record RuleSyntax(
    string Id,
    SourceSpan IdSpan,
    string Title,
    EquatableArray<RuleClause> Clauses,
    SourceSpan Span)
{
    /// <summary>The rule's source text as written, for documentation.</summary>
    public string Text { get; init; } = "";
}
