using System.Collections.Generic;
using System.Linq;
using ComplianceGen.Rules.Diagnostics;
using ComplianceGen.Rules.Schema;
using ComplianceGen.Rules.Syntax;

namespace ComplianceGen.Rules.Binding;

public sealed partial class Binder
{
    /// <summary>
    /// Resolves a dotted path. It starts at the report, at a variable or at a <c>let</c>. Inside an
    /// aggregate it may pass through one collection (the steps after it apply to each element);
    /// elsewhere a path into a collection is an error that names the collection and says to use for each.
    /// </summary>
    private BoundExpr? BindPath(PathExpr path, bool allowCollectionEnd)
    {
        var segments = path.Segments;
        foreach (var segment in segments)
            if (IsTooLong(segment.Name, segment.Span)) return null;
        string? variable = null;
        SchemaType? current;
        int index = 0;
        var steps = new List<BoundStep>();
        Scope.Variable? root = null;
        BoundType type;

        if (_scope.TryGet(segments[0].Name, out var found))
        {
            root = found;
            variable = found.Name;
            current = _schema.Type(found.ElementType);
            type = new BoundType(ValueKind.Object, current?.FullName);
            index = 1;
        }
        else if (_scope.TryGetLet(segments[0].Name, out var let))
        {
            if (_inCondition && let.PerItem)
            {
                Report(DiagnosticCatalog.LoopValueInCondition, segments[0].Span, let.Name);
                return null;
            }
            if (let.Value is not BoundPath alias || alias.Type.IsPrintable)
            {
                if (segments.Count > 1)
                {
                    Report(DiagnosticCatalog.UnknownMember, segments[1].Span, path.Text, $"：“{let.Name}”是{let.Value.Type.Describe()}，没有下级字段");
                    return null;
                }
                return new BoundLetReference(let.Name, let.Value.Type, path.Span);
            }
            // Another name for a path: continue from where it leads.
            variable = alias.Variable;
            if (variable is not null) _scope.TryGet(variable, out root);
            steps.AddRange(alias.Steps);
            type = alias.Type;
            current = type.TypeName is null ? null : _schema.Type(type.TypeName);
            index = 1;
        }
        else
        {
            current = _schema.Root;
            type = new BoundType(ValueKind.Object, current?.FullName);
        }

        int? collectionIndex = null;
        for (; index < segments.Count; index++)
        {
            var segment = segments[index];
            string prefix = string.Join(".", segments.Take(index).Select(s => s.Name));
            if (current is null || (type.Kind != ValueKind.Object && type.Kind != ValueKind.Collection))
            {
                Report(DiagnosticCatalog.UnknownMember, segment.Span, Join(prefix, segment.Name), $"：“{prefix}”是{type.Describe()}，没有下级字段");
                return null;
            }
            if (type.Kind == ValueKind.Collection)
            {
                if (!_inAggregate || collectionIndex is not null)
                {
                    Report(DiagnosticCatalog.CollectionOutsideLoop, segment.Span, path.Text, prefix);
                    return null;
                }
                collectionIndex = steps.Count - 1;
            }

            var member = current.Find(segment.Name);
            if (member is null)
            {
                var candidates = current.Members.SelectMany(m => m.Terms.Concat(new[] { m.Name }));
                if (index == 0) candidates = candidates.Concat(_scope.Names);
                string? suggestion = Suggestions.Nearest(segment.Name, candidates);
                Report(DiagnosticCatalog.UnknownMember, segment.Span, Join(prefix, segment.Name),
                    suggestion is null ? "" : $"，是否指“{Join(prefix, suggestion)}”？");
                return null;
            }

            type = new BoundType(member.Kind, member.TypeName);
            var step = new BoundStep(member.Name, member.IsNullable, type);
            if (member.Derivation == MemberDerivation.Children)
            {
                // The lines of the variable's classification: only a line that came from a collection has them.
                if (steps.Count > 0 || root?.Lines is null)
                {
                    Report(DiagnosticCatalog.ChildrenUnavailable, segment.Span, Join(prefix, segment.Name));
                    return null;
                }
                step = step with { ChildrenIn = root.Lines };
            }
            steps.Add(step);
            current = member.TypeName is null ? null : _schema.Type(member.TypeName);
        }

        if (type.Kind == ValueKind.Collection && collectionIndex is null)
        {
            if (!allowCollectionEnd)
            {
                Report(DiagnosticCatalog.CollectionOutsideLoop, path.Span, path.Text, path.Text);
                return null;
            }
            collectionIndex = steps.Count - 1;
        }
        else if (type.Kind == ValueKind.Collection && collectionIndex is not null && collectionIndex != steps.Count - 1)
        {
            Report(DiagnosticCatalog.CollectionOutsideLoop, path.Span, path.Text, path.Text);
            return null;
        }

        if (_inCondition && variable is not null && root is null)
        {
            // A let that names a path through the for-each item, used in the rule's condition.
            Report(DiagnosticCatalog.LoopValueInCondition, segments[0].Span, segments[0].Name);
            return null;
        }
        return new BoundPath(variable, steps.ToEquatableArray(), collectionIndex, path.Text, type, path.Span);
    }

    /// <summary>
    /// For a collection of classification lines, the report path of every line of its classification:
    /// where the <c>下级</c> of its elements are looked up. The lines of 功能分类.类 are those of
    /// 功能分类.科目 (the first list of lines the classification has); the children of a line are in its
    /// parent's classification.
    /// </summary>
    private BoundPath? LinesFor(BoundPath collection)
    {
        if (collection.Type.TypeName != DerivedMembers.ClassificationLine) return null;
        int last = collection.CollectionIndex ?? collection.Steps.Count - 1;
        if (collection.Steps[last].ChildrenIn is { } lines) return lines;
        if (collection.Variable is not null) return null;
        var ownerSteps = collection.Steps.Take(last).ToList();
        var owner = ownerSteps.Count == 0 ? _schema.Root : _schema.Type(ownerSteps[ownerSteps.Count - 1].Type.TypeName ?? "");
        var all = owner?.Members.FirstOrDefault(m => m.Kind == ValueKind.Collection && m.TypeName == DerivedMembers.ClassificationLine && m.Derivation == MemberDerivation.None);
        if (all is null) return null;
        var type = new BoundType(ValueKind.Collection, all.TypeName);
        ownerSteps.Add(new BoundStep(all.Name, all.IsNullable, type));
        string text = string.Join(".", collection.Text.Split('.').Take(last)) is { Length: > 0 } prefix ? prefix + "." + all.Name : all.Name;
        return new BoundPath(null, ownerSteps.ToEquatableArray(), ownerSteps.Count - 1, text, type, collection.Span);
    }

    private static string Join(string prefix, string name) => prefix.Length == 0 ? name : prefix + "." + name;
}
