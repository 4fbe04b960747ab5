using System.Linq;

namespace ComplianceGen.Rules.Schema;

/// <summary>The kinds of value a rule can compute with.</summary>
public enum ValueKind
{
    /// <summary>Money (ComplianceGen.Runtime.Amount).</summary>
    Amount,
    /// <summary>A percentage (ComplianceGen.Runtime.Share).</summary>
    Share,
    /// <summary>A whole number read from the document (CountFact), or a plain number in a rule.</summary>
    Number,
    Text,
    /// <summary>A classification code (CodeFact).</summary>
    Code,
    Bool,
    /// <summary>A model class with members of its own.</summary>
    Object,
    /// <summary>A list of model objects.</summary>
    Collection,
}

/// <summary>How a member the model does not declare is computed.</summary>
public enum MemberDerivation
{
    /// <summary>A property of the model.</summary>
    None,
    /// <summary>
    /// <c>下级</c> / <c>Children</c> of a classification line: the lines of the same classification
    /// (功能分类 or 经济分类) printed under it, see <see cref="DerivedMembers"/>.
    /// </summary>
    Children,
}

/// <summary>One member of a model type as the binder sees it.</summary>
/// <param name="Name">The C# member name.</param>
/// <param name="Terms">The Chinese terms declared with [Term].</param>
/// <param name="Kind">What the member holds.</param>
/// <param name="TypeName">For Object and Collection members, the (element) type's fully qualified name.</param>
/// <param name="IsNullable">Whether the member may be null (not stated).</param>
public sealed record SchemaMember(string Name, EquatableArray<string> Terms, ValueKind Kind, string? TypeName, bool IsNullable)
{
    /// <summary>Set for a member the language adds to the model (<see cref="DerivedMembers"/>).</summary>
    public MemberDerivation Derivation { get; init; }

    public bool Answers(string name) => Name == name || Terms.Contains(name);
}

/// <summary>A model type: its members, its terms, and whether it can be declared as none.</summary>
/// <param name="FullName">The fully qualified C# name, e.g. global::ComplianceGen.Runtime.ExpenseItem.</param>
/// <param name="Terms">The Chinese terms declared on the type.</param>
/// <param name="IsDeclarable">Whether the type implements IDeclarable (is declared / 已公开 applies).</param>
/// <param name="HasEvidence">Whether the type has an <c>Evidence</c> property findings can quote.</param>
/// <param name="Members">The members rules can reach.</param>
public sealed record SchemaType(string FullName, EquatableArray<string> Terms, bool IsDeclarable, bool HasEvidence, EquatableArray<SchemaMember> Members)
{
    public SchemaMember? Find(string name) => Members.FirstOrDefault(m => m.Name == name) ?? Members.FirstOrDefault(m => m.Terms.Contains(name));
}

/// <summary>
/// The report model as rule files see it, extracted from the compilation by the generator.
/// An equatable value: unrelated code edits produce an equal schema, so nothing downstream re-runs.
/// </summary>
public sealed record ModelSchema(string RootType, EquatableArray<SchemaType> Types)
{
    /// <summary>Set when the schema could not be read; the binder reports it on every rule file.</summary>
    public string? Error { get; init; }

    public SchemaType? Type(string fullName) => Types.FirstOrDefault(t => t.FullName == fullName);

    public SchemaType? Root => Type(RootType);
}
