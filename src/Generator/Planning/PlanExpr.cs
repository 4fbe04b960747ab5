using ComplianceGen.Rules;

namespace ComplianceGen.Generator.Planning;

/// <summary>What a planned expression evaluates to in C#, which decides how it is combined and printed.</summary>
internal enum Shape
{
    /// <summary><c>Quantity?</c>: a number, amount or share, null when not stated.</summary>
    Quantity,
    /// <summary><c>string?</c>: a text or code, null when not stated.</summary>
    Text,
    /// <summary><c>bool</c>: a condition that is always decided (is stated, a count compared).</summary>
    Bool,
    /// <summary><c>bool?</c>: a condition that is unknown when a fact it needs is not stated.</summary>
    MaybeBool,
    /// <summary><c>int</c>: a count.</summary>
    Count,
    /// <summary><c>int?</c>: a count of a collection that may be missing.</summary>
    MaybeCount,
    /// <summary>A model object, collection or fact (Amount, Share, CountFact …) as the model holds it.</summary>
    Model,
    /// <summary>A <c>Tolerance</c>.</summary>
    Tolerance,
    /// <summary>
    /// <c>Figure?</c>: a stated amount or share, or a sum or difference of them, as a comparison reads it (value and
    /// rounding uncertainty only), null when not stated.
    /// </summary>
    Figure,
}

/// <summary>
/// A planned expression: C# to print, decided down to the runtime call, but not yet text. Records
/// without source spans, so two occurrences of one computation are equal: the planner shares
/// values by this identity, never by the text it would print.
/// </summary>
internal abstract record PExpr(Shape Shape);

/// <summary>A local, parameter, let or static field of the generated code.</summary>
internal sealed record PName(string Name, Shape Shape) : PExpr(Shape);

/// <summary>One member access; <see cref="Conditional"/> prints <c>?.</c> before it (a member on the way may be null).</summary>
internal sealed record PMember(string Name, bool Conditional);

/// <summary>An access into the model from a root name: <c>report.Income.Total</c>, <c>item.Amount</c>.</summary>
internal sealed record PAccess(string Root, EquatableArray<PMember> Members, bool MayBeNull, string TypeName) : PExpr(Shape.Model);

/// <summary><c>Values.Of(fact)</c>: a fact as the value rules compute with.</summary>
internal sealed record PValueOf(PAccess Fact, Shape ValueShape) : PExpr(ValueShape)
{
    /// <summary>A whole number (a CountFact, such as the year): a message prints it as it is, without making a Quantity of it.</summary>
    public bool IsCount { get; init; }
}

/// <summary>A bool member of the model, read as it is (<c>bool</c>, or <c>bool?</c> behind a member that may be null).</summary>
internal sealed record PBoolMember(PAccess Access) : PExpr(Access.MayBeNull ? Shape.MaybeBool : Shape.Bool);

internal enum LiteralKind
{
    Number,
    Share,
    Amount,
    Text,
    /// <summary>An amount or share literal already in the compared scale (元, percent), as a <c>Figure</c>.</summary>
    Figure,
}

/// <summary>A literal: <c>Quantity.Number(3m)</c>, <c>Quantity.ShareLiteral(100m)</c>, <c>Quantity.AmountLiteral(5m, AmountUnit.WanYuan)</c>, a string.</summary>
internal sealed record PLiteral(LiteralKind Kind, decimal Value, string Unit, string Text)
    : PExpr(Kind switch { LiteralKind.Text => Shape.Text, LiteralKind.Figure => Shape.Figure, _ => Shape.Quantity });

/// <summary><c>(a + b - c)</c>: operators of one precedence, left to right, on quantities (or, + and − only, on figures).</summary>
internal sealed record PArithmetic(EquatableArray<PExpr> Operands, EquatableArray<string> Operators, Shape ValueShape = Shape.Quantity) : PExpr(ValueShape);

internal sealed record PNegate(PExpr Operand) : PExpr(Shape.Quantity);

/// <summary><c>!x</c>, two- or three-valued as its operand.</summary>
internal sealed record PNot(PExpr Operand) : PExpr(Operand.Shape);

/// <summary>A chain of and (or): <c>a &amp;&amp; b</c> when every part is decided, three-valued otherwise.</summary>
internal sealed record PLogic(bool IsAnd, EquatableArray<PExpr> Parts, Shape LogicShape) : PExpr(LogicShape);

/// <summary><c>若 A 则 B</c>: true where A is false, B where A is true, three-valued.</summary>
internal sealed record PImplies(PExpr Condition, PExpr Consequence, Shape LogicShape) : PExpr(LogicShape);

/// <summary>One part of a tolerance: its runtime kind (Rounding, Relative, Points, Amount, Absolute), value and unit.</summary>
internal sealed record PTolerancePart(string Kind, decimal Value, string Unit);

/// <summary>A tolerance written inline; a set of several parts lives in a static field instead (<see cref="PName"/>).</summary>
internal sealed record PTolerance(EquatableArray<PTolerancePart> Parts) : PExpr(Shape.Tolerance);

/// <summary><c>Compare.Holds(left, ComparisonOperator.Op, right, tolerance)</c>.</summary>
internal sealed record PCompare(string Operator, PExpr Left, PExpr Right, PExpr Tolerance) : PExpr(Shape.MaybeBool);

/// <summary>A count against a number: <c>Count1(list) &gt; 1</c>, or three-valued when the count may be missing.</summary>
internal sealed record PCountCompare(PExpr Count, string Operator, decimal Number) : PExpr(Count.Shape == Shape.Count ? Shape.Bool : Shape.MaybeBool);

/// <summary>Two stated whole numbers: <c>Compare.Holds(a, ComparisonOperator.Equal, b, Tolerance.Exact)</c>.</summary>
internal sealed record PWholeCompare(PExpr Left, string Operator, PExpr Right) : PExpr(Shape.MaybeBool);

/// <summary><c>Compare.SameText</c> or <c>Compare.SameBool</c>, negated for ≠.</summary>
internal sealed record PEqual(PExpr Left, PExpr Right, bool Negated) : PExpr(Shape.MaybeBool);

internal enum StatedTest
{
    /// <summary><c>x is not null</c></summary>
    NotNull,
    /// <summary><c>!string.IsNullOrWhiteSpace(x?.Value)</c>: a text fact.</summary>
    Text,
    /// <summary><c>!string.IsNullOrWhiteSpace(x)</c>: a text value.</summary>
    TextValue,
    /// <summary><c>x.Count &gt; 0</c>: a collection.</summary>
    NonEmpty,
}

/// <summary><c>is stated</c> (or, <see cref="Negated"/>, <c>is not stated</c>): always decided.</summary>
internal sealed record PStated(PExpr Operand, StatedTest Test, bool Negated) : PExpr(Shape.Bool);

/// <summary><c>is declared</c>: <c>x.IsDeclared</c>, or <c>x?.IsDeclared == true</c> behind a member that may be null.</summary>
internal sealed record PDeclared(PAccess Operand, bool Negated) : PExpr(Shape.Bool);

/// <summary>A static call: <c>CatalogLookup.Matches(context.Catalog, …)</c>, <c>Sum1(list)</c>, <c>Compare.Contains(a, b)</c>.</summary>
internal sealed record PCall(string Method, EquatableArray<PExpr> Arguments, Shape CallShape) : PExpr(CallShape);

/// <summary><c>(a ?? b ?? c)</c>: the first alternative stated.</summary>
internal sealed record PCoalesce(EquatableArray<PExpr> Alternatives, Shape ValueShape) : PExpr(ValueShape);

/// <summary>
/// Which alternative a first-stated value came from, as one of <see cref="Labels"/> (constant strings),
/// or <see cref="Otherwise"/> when none is stated.
/// </summary>
internal sealed record PChoice(EquatableArray<PExpr> Alternatives, EquatableArray<string> Labels, string? Otherwise) : PExpr(Shape.Text);

/// <summary>Whether a condition is true (or, <see cref="Negated"/>, not true): a filter's test.</summary>
internal sealed record PTruth(PExpr Condition, bool Negated) : PExpr(Shape.Bool);

/// <summary><c>list.Count</c>: the items of a collection.</summary>
internal sealed record PCount(PAccess Collection) : PExpr(Collection.MayBeNull ? Shape.MaybeCount : Shape.Count);
