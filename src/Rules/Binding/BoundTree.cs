using ComplianceGen.Rules.Schema;
using ComplianceGen.Rules.Syntax;

namespace ComplianceGen.Rules.Binding;

/// <summary>A bound type: a value kind, plus the model type name for objects and collections.</summary>
public sealed record BoundType(ValueKind Kind, string? TypeName = null)
{
    public static readonly BoundType Amount = new(ValueKind.Amount);
    public static readonly BoundType Share = new(ValueKind.Share);
    public static readonly BoundType Number = new(ValueKind.Number);
    public static readonly BoundType Text = new(ValueKind.Text);
    public static readonly BoundType Code = new(ValueKind.Code);
    public static readonly BoundType Bool = new(ValueKind.Bool);

    public bool IsNumeric => Kind is ValueKind.Amount or ValueKind.Share or ValueKind.Number;

    /// <summary>How a rule author reads the type in a message.</summary>
    public string Describe() => Kind switch
    {
        ValueKind.Amount => "金额（amount）",
        ValueKind.Share => "占比（share）",
        ValueKind.Number => "数（number）",
        ValueKind.Text => "文本（text）",
        ValueKind.Code => "编码（code）",
        ValueKind.Bool => "条件（true/false）",
        ValueKind.Collection => "集合（collection）",
        _ => "对象（object）",
    };
}

/// <summary>One member access in a bound path.</summary>
public sealed record BoundStep(string Member, bool IsNullable, BoundType Type);

public abstract record BoundExpr(BoundType Type, SourceSpan Span);

/// <summary>
/// A path from the report (<see cref="Variable"/> null) or from a loop variable. When
/// <see cref="CollectionIndex"/> is set, the step at that index is a collection and the steps
/// after it are applied to each element (only inside an aggregate).
/// </summary>
public sealed record BoundPath(string? Variable, EquatableArray<BoundStep> Steps, int? CollectionIndex, string Text, BoundType Type, SourceSpan Span)
    : BoundExpr(Type, Span);

public sealed record BoundNumber(decimal Value, string Text, SourceSpan Span) : BoundExpr(BoundType.Number, Span);

public sealed record BoundPercent(decimal Value, string Text, SourceSpan Span) : BoundExpr(BoundType.Share, Span);

public sealed record BoundAmountLiteral(decimal Value, string Text, UnitSyntax Unit, SourceSpan Span) : BoundExpr(BoundType.Amount, Span);

public sealed record BoundString(string Value, SourceSpan Span) : BoundExpr(BoundType.Text, Span);

public sealed record BoundBinary(BinaryOperator Operator, BoundExpr Left, BoundExpr Right, BoundType Type, SourceSpan Span) : BoundExpr(Type, Span);

public sealed record BoundUnary(UnaryOperator Operator, BoundExpr Operand, BoundType Type, SourceSpan Span) : BoundExpr(Type, Span);

public sealed record BoundComparison(CompareOperator Operator, BoundExpr Left, BoundExpr Right, ToleranceSyntax? Tolerance, SourceSpan Span)
    : BoundExpr(BoundType.Bool, Span);

public sealed record BoundPredicate(PredicateKind Kind, bool Negated, BoundExpr Operand, SourceSpan Span) : BoundExpr(BoundType.Bool, Span);

public sealed record BoundMatchesCatalog(BoundExpr Name, BoundExpr Code, BoundExpr Year, SourceSpan Span) : BoundExpr(BoundType.Bool, Span);

public sealed record BoundCatalogName(BoundExpr Code, BoundExpr Year, SourceSpan Span) : BoundExpr(BoundType.Text, Span);

public sealed record BoundTextTest(TextTest Test, BoundExpr Text, BoundExpr Other, SourceSpan Span) : BoundExpr(BoundType.Bool, Span);

/// <summary>
/// sum / count / any / all. <see cref="Source"/> is a path whose <see cref="BoundPath.CollectionIndex"/>
/// marks the collection; with a <see cref="Variable"/>, <see cref="Where"/> filters the elements.
/// A sum over a variable adds up <see cref="Selector"/> for each element the filter keeps.
/// </summary>
public sealed record BoundAggregate(AggregateKind Kind, string? Variable, BoundPath Source, BoundExpr? Where, BoundType Type, SourceSpan Span, BoundExpr? Selector = null)
    : BoundExpr(Type, Span);

public sealed record BoundForEach(string Variable, BoundPath Collection, BoundExpr? Where, string WhereText);

public sealed record BoundRequirement(BoundExpr Condition, string Text, int Line);

public sealed record BoundMessagePart(string? Text, BoundExpr? Expression);

/// <summary>Everything the emitter needs for one rule; equatable so unchanged rules are not re-emitted.</summary>
public sealed record BoundRule(
    string Id,
    string ClassName,
    string Title,
    RuleSeverity Severity,
    EquatableArray<DocumentKindSyntax> Kinds,
    int? FirstYear,
    int? LastYear,
    string Citation,
    string RuleSet,
    string RuleSetTitle,
    int Line,
    string Text,
    BoundExpr? When,
    string WhenText,
    BoundForEach? ForEach,
    EquatableArray<BoundRequirement> Requirements,
    EquatableArray<BoundMessagePart> Message,
    EquatableArray<ExampleSyntax> Examples);
