using System.Linq;

namespace ComplianceGen.Rules.Schema;

/// <summary>
/// Members the language adds to the model schema, computed from what the model states rather than
/// stored in it. One today: <c>下级</c> / <c>Children</c> on a classification line, the lines of the
/// same classification whose <c>上级编码</c> is the line's <c>编码</c> and that were read from the same
/// table (or, for a line read from prose, from prose). The generated code finds them with
/// ComplianceGen.Runtime.CompilerServices.ClassificationTree.
/// </summary>
public static class DerivedMembers
{
    public const string ClassificationLine = "global::ComplianceGen.Runtime.ClassificationLine";

    public static readonly SchemaMember Children =
        new("Children", new[] { "下级" }.ToEquatableArray(), ValueKind.Collection, ClassificationLine, IsNullable: false) { Derivation = MemberDerivation.Children };

    /// <summary>The model's types with the derived members added to the types they belong to.</summary>
    public static EquatableArray<SchemaType> AddTo(EquatableArray<SchemaType> types) =>
        types.Select(t => t.FullName == ClassificationLine && t.Find(Children.Name) is null
            ? t with { Members = t.Members.Concat(new[] { Children }).ToEquatableArray() }
            : t).ToEquatableArray();
}
