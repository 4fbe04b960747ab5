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

    /// <summary>Whether a message can print it: a value, not an object or a collection.</summary>
    public bool IsPrintable => Kind is not (ValueKind.Object or ValueKind.Collection);

    /// <summary>How a rule author reads the type in a message.</summary>
    public string Describe() => Describe(Kind);

    public static string Describe(ValueKind kind) => kind switch
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

/// <summary>
/// One member access in a bound path. <see cref="ChildrenIn"/> is set for the derived <c>下级</c>
/// (<see cref="MemberDerivation.Children"/>): the report path of every line of the classification
/// the children are looked up in.
/// </summary>
public sealed record BoundStep(string Member, bool IsNullable, BoundType Type)
{
    public BoundPath? ChildrenIn { get; init; }
}

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

/// <summary>What a tolerance part allows, once its unit is checked against the compared values.</summary>
public enum BoundToleranceKind
{
    /// <summary>The half-units of every printed value involved.</summary>
    Rounding,
    /// <summary>A percentage of the expected (right-hand) value.</summary>
    Relative,
    /// <summary>An absolute difference between shares, in percentage points.</summary>
    Points,
    /// <summary>An absolute difference between amounts, in the unit written.</summary>
    Amount,
    /// <summary>An absolute difference between plain numbers.</summary>
    Number,
}

/// <summary>One part of a tolerance: its kind, its value as written (in <see cref="Unit"/> for amounts) and its text.</summary>
public sealed record BoundTolerancePart(BoundToleranceKind Kind, decimal Value, UnitSyntax Unit, string Text);

/// <summary>A comparison holds within any of its parts: within the largest.</summary>
public sealed record BoundTolerance(EquatableArray<BoundTolerancePart> Parts);

public sealed record BoundComparison(CompareOperator Operator, BoundExpr Left, BoundExpr Right, BoundTolerance? Tolerance, SourceSpan Span)
    : BoundExpr(BoundType.Bool, Span);

public sealed record BoundPredicate(PredicateKind Kind, bool Negated, BoundExpr Operand, SourceSpan Span) : BoundExpr(BoundType.Bool, Span);

public sealed record BoundMatchesCatalog(BoundExpr Name, BoundExpr Code, BoundExpr Year, SourceSpan Span) : BoundExpr(BoundType.Bool, Span);

public sealed record BoundCatalogName(BoundExpr Code, BoundExpr Year, SourceSpan Span) : BoundExpr(BoundType.Text, Span);

public sealed record BoundTextTest(TextTest Test, BoundExpr Text, BoundExpr Other, SourceSpan Span) : BoundExpr(BoundType.Bool, Span);

/// <summary><c>若 A 则 B</c>: holds where A does not, and where A holds, as B.</summary>
public sealed record BoundImplication(BoundExpr Condition, BoundExpr Consequence, SourceSpan Span) : BoundExpr(BoundType.Bool, Span);

/// <summary><c>首个已说明(A, B, …)</c>: the first alternative stated; <see cref="Texts"/> names each as written.</summary>
public sealed record BoundFirstStated(EquatableArray<BoundExpr> Alternatives, EquatableArray<string> Texts, BoundType Type, SourceSpan Span)
    : BoundExpr(Type, Span);

/// <summary>A reference to a rule's <c>let</c> value by its name.</summary>
public sealed record BoundLetReference(string Name, BoundType Type, SourceSpan Span) : BoundExpr(Type, Span);

/// <summary>
/// sum / count / any / all / distinct. <see cref="Source"/> is a path whose <see cref="BoundPath.CollectionIndex"/>
/// marks the collection; with a <see cref="Variable"/>, <see cref="Where"/> filters the elements.
/// A sum over a variable adds up <see cref="Selector"/> for each element the filter keeps; for
/// distinct the selector is the key.
/// </summary>
public sealed record BoundAggregate(AggregateKind Kind, string? Variable, BoundPath Source, BoundExpr? Where, BoundType Type, SourceSpan Span, BoundExpr? Selector = null)
    : BoundExpr(Type, Span);

public sealed record BoundForEach(string Variable, BoundPath Collection, BoundExpr? Where, string WhereText);

/// <summary>A rule's <c>let</c>: its name, value and text, and whether it changes with the for-each item.</summary>
public sealed record BoundLet(string Name, BoundExpr Value, string Text, bool PerItem);

public sealed record BoundRequirement(BoundExpr Condition, string Text, int Line);

public sealed record BoundMessagePart(string? Text, BoundExpr? Expression);

/// <summary>Everything the planner needs for one rule; equatable so unchanged rules are not planned again.</summary>
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
    EquatableArray<ExampleSyntax> Examples)
{
    /// <summary>The rule's <c>let</c> values, in the order written (each may use those before it).</summary>
    public EquatableArray<BoundLet> Lets { get; init; } = EquatableArray<BoundLet>.Empty;

    /// <summary>Where the rule's id is written: a problem found after binding is reported there.</summary>
    public SourceSpan IdSpan { get; init; }
}
