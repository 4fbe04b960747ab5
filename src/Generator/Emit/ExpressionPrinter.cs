using System.Linq;
using System.Text;
using ComplianceGen.Generator.Planning;
using Microsoft.CodeAnalysis.CSharp;

namespace ComplianceGen.Generator.Emit;

/// <summary>
/// Prints planned expressions as C#. Every choice was made by the planner; this only writes it:
/// <c>&amp;&amp;</c> for conditions that are always decided, the lifted <c>&amp;</c> and <c>|</c> of
/// <c>bool?</c> where a condition may be unknown, and no cast anywhere.
/// </summary>
internal static class ExpressionPrinter
{
    public static string Print(PExpr expression)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (expression)
        {
            case PName name:
                return Identifier(name.Name);
            case PAccess access:
                return Access(access);
            case PValueOf value:
                return value.Shape == Shape.Figure ? $"Figure.Of({Access(value.Fact)})" : $"Values.Of({Access(value.Fact)})";
            case PBoolMember member:
                return Access(member.Access);
            case PLiteral literal:
                return literal.Kind switch
                {
                    LiteralKind.Number => $"Quantity.Number({CSharpLiterals.Decimal(literal.Value)})",
                    LiteralKind.Share => $"Quantity.ShareLiteral({CSharpLiterals.Decimal(literal.Value)})",
                    LiteralKind.Amount => $"Quantity.AmountLiteral({CSharpLiterals.Decimal(literal.Value)}, AmountUnit.{literal.Unit})",
                    LiteralKind.Figure => $"Figure.Literal({CSharpLiterals.Decimal(literal.Value)})",
                    _ => CSharpLiterals.String(literal.Text),
                };
            case PArithmetic arithmetic:
            {
                var text = new StringBuilder("(").Append(Wrapped(arithmetic.Operands[0], 1));
                for (int i = 0; i < arithmetic.Operators.Count; i++)
                    text.Append(' ').Append(arithmetic.Operators[i]).Append(' ').Append(Wrapped(arithmetic.Operands[i + 1], 1));
                return text.Append(')').ToString();
            }
            case PNegate negate:
                return $"-{Atom(negate.Operand)}";
            case PNot not:
                return $"!{Atom(not.Operand)}";
            case PLogic logic:
                return Logic(logic);
            case PImplies implies:
                return Implies(implies);
            case PTolerance tolerance:
                return tolerance.Parts.Count == 1
                    ? TolerancePart(tolerance.Parts[0])
                    : "Tolerance.AnyOf(" + string.Join(", ", tolerance.Parts.Select(TolerancePart)) + ")";
            case PCompare compare:
                return $"Compare.Holds({Print(compare.Left)}, ComparisonOperator.{compare.Operator}, {Print(compare.Right)}, {Print(compare.Tolerance)})";
            case PCountCompare count:
                return count.Shape == Shape.Bool
                    ? $"{Wrapped(count.Count, 2)} {CSharpOperator(count.Operator)} {Number(count.Number)}"
                    : $"Compare.Holds({Print(count.Count)}, ComparisonOperator.{count.Operator}, {CSharpLiterals.Decimal(count.Number)})";
            case PWholeCompare whole:
                return $"Compare.Holds({Print(whole.Left)}, ComparisonOperator.{whole.Operator}, {Print(whole.Right)}, Tolerance.Exact)";
            case PEqual equal:
            {
                string method = equal.Left.Shape is Shape.Bool or Shape.MaybeBool ? "Compare.SameBool" : "Compare.SameText";
                return $"{(equal.Negated ? "!" : "")}{method}({Print(equal.Left)}, {Print(equal.Right)})";
            }
            case PStated stated:
                return Stated(stated);
            case PDeclared declared:
                return declared.Operand.MayBeNull
                    ? $"{Access(declared.Operand)}?.IsDeclared {(declared.Negated ? "!=" : "==")} true"
                    : $"{(declared.Negated ? "!" : "")}{Access(declared.Operand)}.IsDeclared";
            case PCall call:
                return $"{call.Method}({string.Join(", ", call.Arguments.Select(Print))})";
            case PCoalesce coalesce:
                return string.Join(" ?? ", coalesce.Alternatives.Select(a => Wrapped(a, 0)));
            case PChoice choice:
            {
                var text = new StringBuilder("(");
                for (int i = 0; i < choice.Alternatives.Count; i++)
                {
                    // A constant (首个已说明(…, 0万元), -1万元, 1万元 + 2万元) is always stated: it ends the choice, and it is no
                    // nullable value to test.
                    if (PlanRewriter.IsConstant(choice.Alternatives[i])) return text.Append(CSharpLiterals.String(choice.Labels[i])).Append(')').ToString();
                    text.Append(Wrapped(choice.Alternatives[i], 2)).Append(" is not null ? ").Append(CSharpLiterals.String(choice.Labels[i])).Append(" : ");
                }
                return text.Append(choice.Otherwise is null ? "null" : CSharpLiterals.String(choice.Otherwise)).Append(')').ToString();
            }
            case PTruth truth:
                return Truth(truth.Condition, truth.Negated);
            case PCount count:
                return Access(count.Collection) + (count.Collection.MayBeNull ? "?.Count" : ".Count");
            default:
                throw new System.InvalidOperationException("cannot print " + expression.GetType().Name);
        }
    }

    /// <summary>A name as C# writes it: a keyword is escaped (<c>@class</c>).</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>How loosely a printed form binds, as C# ranks its operators (0: a primary, 9: a conditional).</summary>
    private static int Precedence(PExpr expression) => expression switch
    {
        PNegate or PNot => 1,
        PEqual { Negated: true } => 1,
        PStated { Test: StatedTest.Text or StatedTest.TextValue, Negated: false } => 1,
        PDeclared declared => declared.Operand.MayBeNull ? 4 : declared.Negated ? 1 : 0,
        PStated { Test: StatedTest.NonEmpty, Negated: true } stated => stated.Operand is PAccess { MayBeNull: true } ? 3 : 4,
        PStated { Test: StatedTest.Text or StatedTest.TextValue } => 0,
        PStated or PCountCompare { Shape: Shape.Bool } => 3,
        PTruth truth => truth.Condition is PLogic ? 8 : truth.Condition.Shape == Shape.Bool ? Precedence(truth.Condition) : 4,
        PLogic logic => logic.Shape == Shape.Bool || logic.Parts[0].Shape != Shape.Bool
            ? (logic.Shape == Shape.Bool ? (logic.IsAnd ? 7 : 8) : (logic.IsAnd ? 5 : 6))
            : 9,
        PImplies implies => implies.Shape == Shape.Bool ? 8 : implies.Condition.Shape == Shape.Bool ? 9 : 6,
        PCoalesce => 9,
        _ => 0,
    };

    /// <summary>The expression, in parentheses when it binds more loosely than <paramref name="level"/> allows.</summary>
    private static string Wrapped(PExpr expression, int level)
    {
        string text = Print(expression);
        return Precedence(expression) > level ? "(" + text + ")" : text;
    }

    /// <summary>The operand of a unary operator or of a conditional's test: anything but a primary is parenthesized.</summary>
    public static string Atom(PExpr expression) => Wrapped(expression, 0);

    private static string Access(PAccess access)
    {
        var text = new StringBuilder(Identifier(access.Root));
        foreach (var member in access.Members) text.Append(member.Conditional ? "?." : ".").Append(member.Name);
        return text.ToString();
    }

    /// <summary>
    /// and/or: <c>a &amp;&amp; b</c> when every part is decided. Otherwise the decided parts that come first
    /// still short-circuit (<c>a &amp;&amp; b ? c &amp; d : false</c>), and the rest combine three-valued.
    /// </summary>
    private static string Logic(PLogic logic)
    {
        if (logic.Shape == Shape.Bool)
        {
            int level = logic.IsAnd ? 7 : 8;
            return string.Join(logic.IsAnd ? " && " : " || ", logic.Parts.Select(p => Wrapped(p, level)));
        }
        int decided = 0;
        while (decided < logic.Parts.Count && logic.Parts[decided].Shape == Shape.Bool) decided++;
        int restLevel = logic.IsAnd ? 5 : 6;
        string rest = string.Join(logic.IsAnd ? " & " : " | ", logic.Parts.Skip(decided).Select(p => Wrapped(p, restLevel)));
        if (decided == 0) return rest;
        if (decided < logic.Parts.Count - 1) rest = "(" + rest + ")";
        int firstLevel = logic.IsAnd ? 7 : 8;
        string first = string.Join(logic.IsAnd ? " && " : " || ", logic.Parts.Take(decided).Select(p => Wrapped(p, firstLevel)));
        if (decided == logic.Parts.Count - 1) rest = Wrapped(logic.Parts[decided], 8);
        return logic.IsAnd ? $"{first} ? {rest} : false" : $"{first} ? true : {rest}";
    }

    /// <summary>若 A 则 B: <c>!a || b</c> when both are decided, <c>a ? b : true</c> when only A is, three-valued otherwise.</summary>
    private static string Implies(PImplies implies)
    {
        if (implies.Shape == Shape.Bool) return $"{Negated(implies.Condition, 8)} || {Wrapped(implies.Consequence, 8)}";
        if (implies.Condition.Shape == Shape.Bool) return $"{Wrapped(implies.Condition, 8)} ? {Wrapped(implies.Consequence, 8)} : true";
        return $"{Negated(implies.Condition, 6)} | {Wrapped(implies.Consequence, 6)}";
    }

    /// <summary>The negation of a condition, written as the opposite test where there is one (<c>x is null</c> for "not stated").</summary>
    public static string Negated(PExpr condition, int level = 9) => condition switch
    {
        PStated stated => Wrapped(stated with { Negated = !stated.Negated }, level),
        PDeclared declared => Wrapped(declared with { Negated = !declared.Negated }, level),
        PCountCompare { Shape: Shape.Bool } count => Wrapped(count with { Operator = Opposite(count.Operator) }, level),
        // not (a && b) = !a || !b, written so when every part has an opposite test.
        PLogic { Shape: Shape.Bool } logic when logic.Parts.All(HasOpposite) =>
            Parenthesized(string.Join(logic.IsAnd ? " || " : " && ", logic.Parts.Select(p => Negated(p, logic.IsAnd ? 7 : 6))), logic.IsAnd ? 8 : 7, level),
        PName { Name: "true" } => "false",
        PName { Name: "false" } => "true",
        // not not a = a (an existence test written 计数(…) = 0 is the negated helper call).
        PNot { Shape: Shape.Bool } not => Wrapped(not.Operand, level),
        _ => "!" + Atom(condition),
    };

    private static bool HasOpposite(PExpr condition) =>
        condition is PStated or PDeclared or PCountCompare { Shape: Shape.Bool } or PName { Name: "true" or "false" } or PCall { Shape: Shape.Bool } or PNot { Shape: Shape.Bool };

    private static string Parenthesized(string text, int precedence, int level) => precedence > level ? "(" + text + ")" : text;

    private static string Opposite(string op) => op switch
    {
        "Equal" => "NotEqual",
        "NotEqual" => "Equal",
        "Less" => "GreaterOrEqual",
        "LessOrEqual" => "Greater",
        "Greater" => "LessOrEqual",
        _ => "Less",
    };

    private static string Stated(PStated stated)
    {
        string operand = Print(stated.Operand);
        return stated.Test switch
        {
            StatedTest.Text => $"{(stated.Negated ? "" : "!")}string.IsNullOrWhiteSpace({operand}?.Value)",
            StatedTest.TextValue => $"{(stated.Negated ? "" : "!")}string.IsNullOrWhiteSpace({operand})",
            StatedTest.NonEmpty => stated.Operand is PAccess { MayBeNull: true }
                ? $"{operand}?.Count {(stated.Negated ? "is null or 0" : "> 0")}"
                : $"{operand}.Count {(stated.Negated ? "== 0" : "> 0")}",
            _ => $"{Wrapped(stated.Operand, 2)} is {(stated.Negated ? "" : "not ")}null",
        };
    }

    /// <summary>
    /// Whether a condition is true (or, negated, not true) as a C# bool: a filter keeps an item only when
    /// its condition is true. A chain of 且 (或) becomes C#'s short-circuiting &amp;&amp; (||) of its parts' tests.
    /// </summary>
    public static string Truth(PExpr condition, bool negated)
    {
        if (condition.Shape == Shape.Bool) return negated ? Negated(condition) : Print(condition);
        if (condition is PLogic logic)
        {
            // not (a and b) = (a not true) or (b not true); not (a or b) = (a not true) and (b not true).
            bool and = logic.IsAnd != negated;
            return string.Join(and ? " && " : " || ", logic.Parts.Select(p => p is PLogic ? "(" + Truth(p, negated) + ")" : Truth(p, negated)));
        }
        return $"{Wrapped(condition, 3)} {(negated ? "!=" : "==")} true";
    }

    private static string TolerancePart(PTolerancePart part) => part.Kind switch
    {
        "Exact" or "Rounding" => "Tolerance." + part.Kind,
        "Amount" => $"Tolerance.Amount({CSharpLiterals.Decimal(part.Value)}, AmountUnit.{part.Unit})",
        _ => $"Tolerance.{part.Kind}({CSharpLiterals.Decimal(part.Value)})",
    };

    private static string CSharpOperator(string op) => op switch
    {
        "Equal" => "==",
        "NotEqual" => "!=",
        "Less" => "<",
        "LessOrEqual" => "<=",
        "Greater" => ">",
        _ => ">=",
    };

    /// <summary>A number compared with an int: whole numbers as ints, others as decimals.</summary>
    private static string Number(decimal value) =>
        value == decimal.Truncate(value) && value >= int.MinValue && value <= int.MaxValue
            ? ((int)value).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : CSharpLiterals.Decimal(value);
}
