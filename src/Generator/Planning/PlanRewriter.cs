using System.Collections.Generic;
using System.Linq;
using ComplianceGen.Rules;

namespace ComplianceGen.Generator.Planning;

/// <summary>Walks and rewrites planned expressions: the names they read, and values replaced by the locals holding them.</summary>
internal static class PlanRewriter
{
    /// <summary>The expressions directly inside <paramref name="expression"/>.</summary>
    public static IEnumerable<PExpr> Children(PExpr expression) => expression switch
    {
        PValueOf value => new PExpr[] { value.Fact },
        PBoolMember member => new PExpr[] { member.Access },
        PArithmetic arithmetic => arithmetic.Operands,
        PNegate negate => new[] { negate.Operand },
        PNot not => new[] { not.Operand },
        PLogic logic => logic.Parts,
        PImplies implies => new[] { implies.Condition, implies.Consequence },
        PCompare compare => new[] { compare.Left, compare.Right, compare.Tolerance },
        PCountCompare count => new[] { count.Count },
        PWholeCompare whole => new[] { whole.Left, whole.Right },
        PEqual equal => new[] { equal.Left, equal.Right },
        PStated stated => new[] { stated.Operand },
        PDeclared declared => new PExpr[] { declared.Operand },
        PCall call => call.Arguments,
        PCoalesce coalesce => coalesce.Alternatives,
        PChoice choice => choice.Alternatives,
        PTruth truth => new[] { truth.Condition },
        PCount count => new PExpr[] { count.Collection },
        _ => System.Array.Empty<PExpr>(),
    };

    /// <summary>The C# names an expression reads: its locals, parameters and the roots of its model accesses.</summary>
    public static IEnumerable<string> FreeNames(PExpr expression)
    {
        var names = new List<string>();
        var pending = new Stack<PExpr>();
        pending.Push(expression);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (next is PName name) names.Add(name.Name);
            else if (next is PAccess access) names.Add(access.Root);
            foreach (var child in Children(next)) pending.Push(child);
        }
        return names;
    }

    /// <summary>How often each expression occurs in <paramref name="expressions"/> (the whole and every part).</summary>
    public static Dictionary<PExpr, int> Occurrences(IEnumerable<PExpr> expressions)
    {
        var counts = new Dictionary<PExpr, int>();
        var pending = new Stack<PExpr>(expressions);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            counts[next] = counts.TryGetValue(next, out int n) ? n + 1 : 1;
            foreach (var child in Children(next)) pending.Push(child);
        }
        return counts;
    }

    /// <summary>
    /// <paramref name="expression"/> with every part equal to a key of <paramref name="locals"/> replaced by
    /// the local holding it: the whole is tried before its parts, so a local holding "a + b" is used as such.
    /// </summary>
    public static PExpr Substitute(PExpr expression, IReadOnlyDictionary<PExpr, PName> locals)
    {
        if (locals.Count == 0) return expression;
        if (locals.TryGetValue(expression, out var local)) return local;
        return expression switch
        {
            PValueOf value => value,
            PArithmetic arithmetic => arithmetic with { Operands = Map(arithmetic.Operands, locals) },
            PNegate negate => new PNegate(Substitute(negate.Operand, locals)),
            PNot not => new PNot(Substitute(not.Operand, locals)),
            PLogic logic => logic with { Parts = Map(logic.Parts, locals) },
            PImplies implies => implies with { Condition = Substitute(implies.Condition, locals), Consequence = Substitute(implies.Consequence, locals) },
            PCompare compare => compare with { Left = Substitute(compare.Left, locals), Right = Substitute(compare.Right, locals) },
            PCountCompare count => count with { Count = Substitute(count.Count, locals) },
            PEqual equal => equal with { Left = Substitute(equal.Left, locals), Right = Substitute(equal.Right, locals) },
            PStated stated => stated with { Operand = Substitute(stated.Operand, locals) },
            PCall call => call with { Arguments = Map(call.Arguments, locals) },
            PCoalesce coalesce => coalesce with { Alternatives = Map(coalesce.Alternatives, locals) },
            PChoice choice => choice with { Alternatives = Map(choice.Alternatives, locals) },
            PTruth truth => truth with { Condition = Substitute(truth.Condition, locals) },
            _ => expression,
        };
    }

    private static EquatableArray<PExpr> Map(EquatableArray<PExpr> items, IReadOnlyDictionary<PExpr, PName> locals) =>
        items.Select(i => Substitute(i, locals)).ToEquatableArray();

    /// <summary>Whether an expression is made of literals only (nothing worth keeping in a local).</summary>
    public static bool IsConstant(PExpr expression) => expression switch
    {
        PLiteral => true,
        PNegate negate => IsConstant(negate.Operand),
        PArithmetic arithmetic => arithmetic.Operands.All(IsConstant),
        _ => false,
    };
}
