using System.Collections.Generic;

namespace ComplianceGen.Rules.Syntax;

/// <summary>
/// Measures expression trees without recursion, so that a tree too deep for the recursive stages
/// after the parser (binder, emitter, record equality) is found before any of them sees it.
/// </summary>
internal static class ExpressionDepth
{
    /// <summary>The first node (in reading order) that lies deeper than <paramref name="maxDepth"/> levels in any of the rule's expressions, or null.</summary>
    public static Expr? FirstTooDeep(RuleSyntax rule, int maxDepth)
    {
        foreach (var root in Roots(rule))
        {
            var found = FirstTooDeep(root, maxDepth);
            if (found is not null) return found;
        }
        return null;
    }

    public static Expr? FirstTooDeep(Expr root, int maxDepth)
    {
        var pending = new Stack<(Expr Node, int Depth)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > maxDepth) return node;
            var children = Children(node);
            for (int i = children.Count - 1; i >= 0; i--) pending.Push((children[i], depth + 1));
        }
        return null;
    }

    private static IEnumerable<Expr> Roots(RuleSyntax rule)
    {
        foreach (var clause in rule.Clauses)
        {
            switch (clause)
            {
                case WhenClause condition:
                    yield return condition.Condition;
                    break;
                case ForEachRuleClause loop:
                    yield return loop.ForEach.Collection;
                    if (loop.ForEach.Where is not null) yield return loop.ForEach.Where;
                    break;
                case RequireClause require:
                    yield return require.Condition;
                    break;
                case LetClause let:
                    yield return let.Value;
                    break;
                case MessageClause message:
                    foreach (var part in message.Message.Parts)
                        if (part.Expression is not null) yield return part.Expression;
                    break;
            }
        }
    }

    private static IReadOnlyList<Expr> Children(Expr node) => node switch
    {
        BinaryExpr binary => new[] { binary.Left, binary.Right },
        UnaryExpr unary => new[] { unary.Operand },
        ComparisonExpr comparison => new[] { comparison.Left, comparison.Right },
        PredicateExpr predicate => new[] { predicate.Operand },
        ImplicationExpr implication => new[] { implication.Condition, implication.Consequence },
        FirstStatedExpr first => first.Alternatives.ToArrayOrEmpty(),
        MatchesCatalogExpr matches => new[] { matches.Name, matches.Code, matches.Year },
        CatalogNameExpr catalog => new[] { catalog.Code, catalog.Year },
        TextTestExpr test => new[] { test.Text, test.Other },
        AggregateExpr aggregate => Present(aggregate.Source, aggregate.Where, aggregate.Selector),
        _ => System.Array.Empty<Expr>(),
    };

    private static Expr[] ToArrayOrEmpty(this EquatableArray<Expr> items) => System.Linq.Enumerable.ToArray(items);

    private static Expr[] Present(Expr source, Expr? where, Expr? selector)
    {
        var list = new List<Expr>(3) { source };
        if (where is not null) list.Add(where);
        if (selector is not null) list.Add(selector);
        return list.ToArray();
    }
}
