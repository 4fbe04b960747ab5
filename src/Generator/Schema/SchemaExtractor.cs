using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ComplianceGen.Rules;
using ComplianceGen.Rules.Schema;
using Microsoft.CodeAnalysis;

namespace ComplianceGen.Generator.Schema;

/// <summary>
/// Reads the report model out of the compilation into an equatable <see cref="ModelSchema"/>:
/// the root type, every model type reachable from it, their members with [Term] names and the
/// kind of value each holds. Nothing of Roslyn's (symbols, compilation) leaves this class, so
/// the pipeline can cache the result across unrelated edits.
/// </summary>
internal static class SchemaExtractor
{
    public const string RootTypeName = "ComplianceGen.Runtime.DisclosureReport";
    private const string Runtime = "global::ComplianceGen.Runtime";

    public static ModelSchema Extract(Compilation compilation, CancellationToken cancellationToken)
    {
        try
        {
            return ExtractFrom(compilation, cancellationToken);
        }
        catch (System.Exception exception) when (exception is not System.OperationCanceledException)
        {
            // The generator never throws: an unreadable model becomes a located diagnostic per rule file.
            return new ModelSchema("", EquatableArray<SchemaType>.Empty) { Error = "reading the report model failed: " + exception.Message };
        }
    }

    private static ModelSchema ExtractFrom(Compilation compilation, CancellationToken cancellationToken)
    {
        var root = compilation.GetTypeByMetadataName(RootTypeName);
        if (root is null) return new ModelSchema("", EquatableArray<SchemaType>.Empty);

        var types = new List<SchemaType>();
        var seen = new HashSet<string>();
        var queue = new Queue<INamedTypeSymbol>();
        queue.Enqueue(root);
        seen.Add(FullName(root));
        while (queue.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var type = queue.Dequeue();
            var members = new List<SchemaMember>();
            foreach (var property in PublicProperties(type))
            {
                var member = Describe(property, out var reached);
                if (member is null) continue;
                members.Add(member);
                if (reached is not null && seen.Add(FullName(reached))) queue.Enqueue(reached);
            }
            types.Add(new SchemaType(
                FullName(type),
                Terms(type),
                type.AllInterfaces.Any(i => FullName(i) == Runtime + ".IDeclarable"),
                PublicProperties(type).Any(p => p.Name == "Evidence" && FullName(Unwrap(p.Type)) == Runtime + ".Evidence"),
                members.ToEquatableArray()));
        }
        return new ModelSchema(FullName(root), DerivedMembers.AddTo(types.ToEquatableArray()));
    }

    private static IEnumerable<IPropertySymbol> PublicProperties(INamedTypeSymbol type)
    {
        var names = new HashSet<string>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.DeclaredAccessibility != Accessibility.Public || property.IsStatic || property.IsIndexer || property.GetMethod is null) continue;
                if (names.Add(property.Name)) yield return property;
            }
        }
    }

    private static SchemaMember? Describe(IPropertySymbol property, out INamedTypeSymbol? reached)
    {
        reached = null;
        var type = Unwrap(property.Type);
        bool nullable = property.Type.IsReferenceType
            ? property.NullableAnnotation != NullableAnnotation.NotAnnotated
            : property.Type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
        var terms = Terms(property);

        switch (FullName(type))
        {
            case Runtime + ".Amount": return new SchemaMember(property.Name, terms, ValueKind.Amount, null, nullable);
            case Runtime + ".Share": return new SchemaMember(property.Name, terms, ValueKind.Share, null, nullable);
            case Runtime + ".CountFact": return new SchemaMember(property.Name, terms, ValueKind.Number, null, nullable);
            case Runtime + ".TextFact": return new SchemaMember(property.Name, terms, ValueKind.Text, null, nullable);
            case Runtime + ".CodeFact": return new SchemaMember(property.Name, terms, ValueKind.Code, null, nullable);
            case "bool": return new SchemaMember(property.Name, terms, ValueKind.Bool, null, nullable);
        }

        if (type is INamedTypeSymbol { IsGenericType: true } generic && IsList(generic) && generic.TypeArguments[0] is INamedTypeSymbol element && IsModelType(element))
        {
            reached = element;
            return new SchemaMember(property.Name, terms, ValueKind.Collection, FullName(element), nullable);
        }

        if (type is INamedTypeSymbol named && IsModelType(named))
        {
            reached = named;
            return new SchemaMember(property.Name, terms, ValueKind.Object, FullName(named), nullable);
        }
        return null;
    }

    /// <summary>Indexable lists only: the generated loops use Count and the indexer, which allocate nothing.</summary>
    private static bool IsList(INamedTypeSymbol type)
    {
        string name = type.OriginalDefinition.ToDisplayString();
        return name is "System.Collections.Generic.List<T>" or "System.Collections.Generic.IReadOnlyList<T>" or "System.Collections.Generic.IList<T>";
    }

    /// <summary>A class of the model: it, or one of its members, carries a [Term].</summary>
    private static bool IsModelType(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Class &&
        (Terms(type).Count > 0 || PublicProperties(type).Any(p => Terms(p).Count > 0));

    private static ITypeSymbol Unwrap(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    private static EquatableArray<string> Terms(ISymbol symbol) =>
        symbol.GetAttributes()
            .Where(a => a.AttributeClass is not null && FullName(a.AttributeClass) == Runtime + ".TermAttribute" && a.ConstructorArguments.Length == 1)
            .Select(a => a.ConstructorArguments[0].Value as string)
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => t!)
            .ToEquatableArray();

    /// <summary>global::Namespace.Type, without nullable annotations.</summary>
    private static string FullName(ITypeSymbol type) =>
        type.WithNullableAnnotation(NullableAnnotation.None).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
}
