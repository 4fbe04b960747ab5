using ComplianceGen.Rules;

namespace ComplianceGen.Generator.Planning;

/// <summary>A statement of a rule's <c>Check</c>, in the order the plan evaluates.</summary>
internal abstract record PStatement;

/// <summary><c>var name = value;</c></summary>
internal sealed record PDeclare(string Name, PExpr Value) : PStatement;

/// <summary><c>if (!tally.Applies(condition)) return;</c></summary>
internal sealed record PApplies(PExpr Condition) : PStatement;

/// <summary>A loop over the for-each collection, its element named <c>item</c>.</summary>
internal sealed record PLoop(PAccess Collection, string ElementType, EquatableArray<PStatement> Body) : PStatement;

/// <summary><c>if (!filter) continue;</c>: an item the for-each's where does not keep.</summary>
internal sealed record PSkipUnless(PExpr Filter) : PStatement;

/// <summary>A requirement: <c>var holds = condition;</c> and its finding when it is false.</summary>
internal sealed record PRequirement(string Holds, PExpr Condition, PCall Failure) : PStatement;

/// <summary><c>tally.Item(outcome);</c>: the item's requirements combined.</summary>
internal sealed record PItem(PExpr Outcome) : PStatement;

/// <summary>A parameter of a generated method.</summary>
internal sealed record PParameter(string Type, string Name);

/// <summary>A message part: literal text, or a value printed with MessageFormat (and, for a first-stated value, where it came from).</summary>
internal sealed record PMessagePart(string? Text, PExpr? Value, PChoice? Source);

/// <summary>The method that builds requirement <see cref="Requirement"/>'s finding from the values it computed: its message.</summary>
internal sealed record PFailure(
    string Name,
    int Requirement,
    string Text,
    EquatableArray<PParameter> Parameters,
    EquatableArray<PMessagePart> Message,
    bool HasItem);

/// <summary>
/// The detail of requirement <see cref="Requirement"/>'s finding, a numeric comparison: both sides, computed
/// afresh from the report and the item, the tolerance, and for a first-stated side which alternative was compared.
/// </summary>
internal sealed record PExplanation(int Requirement, PExpr Left, PExpr Right, PExpr Tolerance, PChoice? Note);

/// <summary>
/// How findings write their detail when read: one explanation per compared requirement, of <see cref="Requirements"/>
/// (a rule with one requirement needs no switch). <see cref="ReadsItem"/>: whether the method needs the item typed.
/// </summary>
internal sealed record PExplanationPlan(bool ReadsItem, int Requirements, EquatableArray<PExplanation> Explanations);

/// <summary>Where a finding's evidence comes from: a fact's <c>Evidence</c> (an access), or a helper that adds a sum's parts.</summary>
internal sealed record PEvidence(PExpr? Fact, PCall? Helper);

/// <summary>The evidence of one requirement's findings.</summary>
internal sealed record PEvidenceSet(int Requirement, EquatableArray<PEvidence> Sources);

/// <summary>
/// Where findings' evidence comes from: <see cref="Before"/> (the item), each requirement's facts (one
/// set when all read the same), <see cref="After"/> (the condition's facts); and the message's facts,
/// used only when those give nothing. <see cref="ReadsItem"/> and <see cref="MessageReadsItem"/> say
/// whether the methods need the item typed.
/// </summary>
internal sealed record PEvidencePlan(
    bool ReadsItem,
    EquatableArray<PEvidence> Before,
    EquatableArray<PEvidenceSet> ByRequirement,
    EquatableArray<PEvidence> After,
    bool MessageReadsItem,
    EquatableArray<PEvidence> Message);

internal enum AggregateHelperKind
{
    Sum,
    Count,
    Any,
    All,
    Distinct,
    SumEvidence,
}

/// <summary>
/// A method computing an aggregate over a collection passed as its first parameter (<c>list</c>):
/// element by element, skipping those <see cref="Filter"/> does not keep (and, for <c>下级</c>, those not
/// under <see cref="Parent"/>), adding, counting or testing <see cref="Value"/>.
/// </summary>
internal sealed record PHelper(
    string Name,
    AggregateHelperKind Kind,
    string Summary,
    EquatableArray<PParameter> Parameters,
    bool ListMayBeNull,
    string Element,
    PExpr? Parent,
    PExpr? Filter,
    PExpr? Value,
    Shape ReturnShape)
{
    /// <summary>For <see cref="AggregateHelperKind.SumEvidence"/>: the evidence each kept element adds.</summary>
    public EquatableArray<PExpr> Evidence { get; init; } = EquatableArray<PExpr>.Empty;

    /// <summary>The whole number a long list is read through (<see cref="HelperIndex"/>); null when it is read whole.</summary>
    public PIndexKey? Index { get; init; }
}

/// <summary>The element's whole number and the item's that the helper's condition requires to be equal (<c>t.字数 = s.字数</c>).</summary>
internal sealed record PIndexKey(PAccess Element, PAccess Item);

/// <summary>A static readonly field: a tolerance set, built once.</summary>
internal sealed record PField(string Name, string Type, PExpr Value);

/// <summary>
/// Everything the emitter prints for one rule, decided: the descriptor's data, its condition when it
/// stands on its own (<see cref="Condition"/>; otherwise a <see cref="PApplies"/> in <c>Check</c>), the
/// statements of <c>Check</c> in evaluation order with shared values in locals, and the methods it calls. The
/// emitter only prints it. Equatable, so an unchanged rule is not printed again.
/// </summary>
internal sealed record RulePlan(
    string Id,
    string ClassName,
    string Title,
    string Severity,
    EquatableArray<string> Kinds,
    int? FirstYear,
    int? LastYear,
    string Citation,
    string RuleSet,
    string RuleSetTitle,
    string SourceFile,
    int Line,
    string? ConditionText,
    PExpr? Condition,
    string? LoopText,
    string? CollectionText,
    EquatableArray<string> LetTexts,
    EquatableArray<string> RequirementTexts,
    EquatableArray<PField> Fields,
    EquatableArray<PStatement> Check,
    EquatableArray<PFailure> Failures,
    string? ItemType,
    PEvidencePlan Evidence,
    PExplanationPlan Explanations,
    EquatableArray<PHelper> Helpers)
{
    /// <summary>Where the rule's id is written, for a problem met while printing it.</summary>
    public ComplianceGen.Rules.Syntax.SourceSpan IdSpan { get; init; }
}

/// <summary>One rule file's plans, with the names its generated file and container class take.</summary>
internal sealed record RuleFilePlan(string Path, string RelativePath, string HintName, string ContainerClass, EquatableArray<RulePlan> Rules);
