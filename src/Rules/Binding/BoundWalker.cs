using System;
using System.Collections.Generic;

namespace ComplianceGen.Rules.Binding;

/// <summary>Walks bound expressions without recursion (their depth is bounded by the parser, but a walk need not rely on it).</summary>
public static class BoundWalker
{
    /// <summary>The expressions directly inside <paramref name="expression"/>, in reading order.</summary>
    public static IEnumerable<BoundExpr> Children(BoundExpr expression)
    {
        switch (expression)
        {
            case BoundBinary binary:
                yield return binary.Left;
                yield return binary.Right;
                break;
            case BoundUnary unary:
                yield return unary.Operand;
                break;
            case BoundComparison comparison:
                yield return comparison.Left;
                yield return comparison.Right;
                break;
            case BoundPredicate predicate:
                yield return predicate.Operand;
                break;
            case BoundMatchesCatalog matches:
                yield return matches.Name;
                yield return matches.Code;
                yield return matches.Year;
                break;
            case BoundCatalogName name:
                yield return name.Code;
                yield return name.Year;
                break;
            case BoundTextTest test:
                yield return test.Text;
                yield return test.Other;
                break;
            case BoundImplication implication:
                yield return implication.Condition;
                yield return implication.Consequence;
                break;
            case BoundFirstStated first:
                foreach (var alternative in first.Alternatives) yield return alternative;
                break;
            case BoundAggregate aggregate:
                yield return aggregate.Source;
                if (aggregate.Where is not null) yield return aggregate.Where;
                if (aggregate.Selector is not null) yield return aggregate.Selector;
                break;
        }
    }

    /// <summary>Whether <paramref name="expression"/> or anything inside it satisfies <paramref name="test"/>.</summary>
    public static bool Any(BoundExpr expression, Func<BoundExpr, bool> test)
    {
        var pending = new Stack<BoundExpr>();
        pending.Push(expression);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (test(next)) return true;
            foreach (var child in Children(next)) pending.Push(child);
        }
        return false;
    }
}
