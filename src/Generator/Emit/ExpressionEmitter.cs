using System.Collections.Generic;
using System.Linq;
using ComplianceGen.Rules.Binding;
using ComplianceGen.Rules.Schema;
using ComplianceGen.Rules.Syntax;

namespace ComplianceGen.Generator.Emit;

/// <summary>A rule variable in scope: its name in the rule, its C# name and its C# type.</summary>
internal sealed record EmittedVariable(string RuleName, string CSharpName, string TypeName);

/// <summary>
/// Turns bound expressions into C# expressions. Values are <c>Quantity?</c>, <c>string?</c> or
/// <c>bool?</c>, so an unstated fact flows through as null; aggregates become small private
/// methods with an indexed loop (no LINQ, no allocation).
/// </summary>
internal sealed class ExpressionEmitter
{
    private readonly ModelSchema _schema;
    private readonly List<string> _helpers = new();
    private readonly Dictionary<string, string> _helperNames = new();
    private int _helperCount;
    // Values already computed into locals or parameters: emitted expression → the name holding it.
    private IReadOnlyDictionary<string, string>? _computed;

    public ExpressionEmitter(ModelSchema schema) => _schema = schema;

    /// <summary>The aggregate methods written so far, as complete member texts.</summary>
    public IReadOnlyList<string> Helpers => _helpers;

    /// <summary>
    /// Emits <paramref name="expression"/> using, for any part of it that is one of the
    /// <paramref name="computed"/> values (keyed by their emitted text), the name that holds it
    /// instead of computing it again.
    /// </summary>
    public string EmitReusing(BoundExpr expression, IReadOnlyList<EmittedVariable> scope, IReadOnlyDictionary<string, string> computed)
    {
        var saved = _computed;
        _computed = computed;
        try
        {
            return Emit(expression, scope);
        }
        finally
        {
            _computed = saved;
        }
    }

    /// <summary>Whether an expression is made of literals only (nothing worth keeping in a local).</summary>
    public static bool IsConstant(BoundExpr expression) => expression switch
    {
        BoundNumber or BoundPercent or BoundAmountLiteral or BoundString => true,
        BoundUnary unary => IsConstant(unary.Operand),
        BoundBinary binary => IsConstant(binary.Left) && IsConstant(binary.Right),
        _ => false,
    };

    public string Emit(BoundExpr expression, IReadOnlyList<EmittedVariable> scope)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (_computed is { Count: > 0 } computed)
        {
            // The whole expression first: "a + b" kept in a local is reused as such, not rebuilt from a reused "a".
            _computed = null;
            string text;
            try
            {
                text = EmitValue(expression, scope);
            }
            finally
            {
                _computed = computed;
            }
            if (computed.TryGetValue(text, out var name)) return name;
        }
        return EmitValue(expression, scope);
    }

    private string EmitValue(BoundExpr expression, IReadOnlyList<EmittedVariable> scope)
    {
        switch (expression)
        {
            case BoundPath path:
                return Value(path, scope);
            case BoundNumber number:
                return $"Quantity.Number({CSharpLiterals.Decimal(number.Value)})";
            case BoundPercent percent:
                return $"Quantity.ShareLiteral({CSharpLiterals.Decimal(percent.Value)})";
            case BoundAmountLiteral amount:
                return $"Quantity.AmountLiteral({CSharpLiterals.Decimal(amount.Value)}, AmountUnit.{amount.Unit})";
            case BoundString text:
                return CSharpLiterals.String(text.Value);
            case BoundUnary { Operator: UnaryOperator.Not } not:
                return $"!({Emit(not.Operand, scope)})";
            case BoundUnary negate:
                return $"-({Emit(negate.Operand, scope)})";
            case BoundBinary binary:
                return OperatorChain(binary, scope);
            case BoundComparison comparison:
                return Comparison(comparison, scope);
            case BoundPredicate predicate:
                return Predicate(predicate, scope);
            case BoundMatchesCatalog matches:
                return $"CatalogLookup.Matches(context.Catalog, {Emit(matches.Name, scope)}, {Emit(matches.Code, scope)}, {Year(matches.Year, scope)})";
            case BoundCatalogName name:
                return $"CatalogLookup.NameOf(context.Catalog, {Emit(name.Code, scope)}, {Year(name.Year, scope)})";
            case BoundTextTest test:
                return $"{TextTestMethod(test.Test)}({Emit(test.Text, scope)}, {Emit(test.Other, scope)})";
            case BoundAggregate aggregate:
                return Aggregate(aggregate, scope, evidence: false);
            default:
                return "null";
        }
    }

    /// <summary>
    /// A chain of operators of one precedence, <c>a + b − c</c>, written flat and left to right as C#
    /// reads it, <c>(a + b - c)</c>. Its left spine is walked in a loop, so a long chain costs
    /// neither this emitter nor the C# compiler a level of nesting per operator.
    /// </summary>
    private string OperatorChain(BoundBinary top, IReadOnlyList<EmittedVariable> scope)
    {
        var rights = new Stack<BoundBinary>();
        BoundExpr node = top;
        while (node is BoundBinary binary && Precedence(binary.Operator) == Precedence(top.Operator))
        {
            rights.Push(binary);
            node = binary.Left;
        }
        var text = new System.Text.StringBuilder("(").Append(Emit(node, scope));
        while (rights.Count > 0)
        {
            var binary = rights.Pop();
            text.Append(' ').Append(BinaryOperatorText(binary.Operator)).Append(' ').Append(Emit(binary.Right, scope));
        }
        return text.Append(')').ToString();
    }

    private static int Precedence(BinaryOperator op) => op switch
    {
        BinaryOperator.Multiply or BinaryOperator.Divide => 3,
        BinaryOperator.Add or BinaryOperator.Subtract => 2,
        BinaryOperator.And => 1,
        _ => 0,
    };

    /// <summary>A catalogue year: a stated whole number (年度) is passed as the fact itself, anything else as a value.</summary>
    private string Year(BoundExpr year, IReadOnlyList<EmittedVariable> scope) =>
        year is BoundPath { CollectionIndex: null } fact && fact.Type.Kind == ValueKind.Number ? Access(fact, scope) : Emit(year, scope);

    public static string Tolerance(ToleranceSyntax? tolerance) => tolerance?.Kind switch
    {
        null => "Tolerance.Exact",
        ToleranceSyntaxKind.Rounding => "Tolerance.Rounding",
        ToleranceSyntaxKind.Relative => $"Tolerance.Relative({CSharpLiterals.Decimal(tolerance.Value)})",
        _ => $"Tolerance.Absolute({CSharpLiterals.Decimal(tolerance.Value)})",
    };

    /// <summary>
    /// Statements that add to <c>evidence</c> the facts a requirement reads: each fact read
    /// directly, and every stated part of a sum.
    /// </summary>
    public IEnumerable<string> EvidenceOf(BoundExpr expression, IReadOnlyList<EmittedVariable> scope)
    {
        switch (expression)
        {
            case BoundPath path when path.CollectionIndex is null:
                if (path.Type.Kind is ValueKind.Amount or ValueKind.Share or ValueKind.Number or ValueKind.Text or ValueKind.Code)
                    yield return $"evidence.Add({Access(path, scope)}{Dot(path)}Evidence);";
                else if (path.Type.Kind == ValueKind.Object && _schema.Type(path.Type.TypeName!) is { HasEvidence: true })
                    yield return $"evidence.Add({Access(path, scope)}{Dot(path)}Evidence);";
                break;
            case BoundAggregate { Kind: AggregateKind.Sum } sum:
                yield return $"{Aggregate(sum, scope, evidence: true)};";
                break;
            case BoundUnary unary:
                foreach (var e in EvidenceOf(unary.Operand, scope)) yield return e;
                break;
            case BoundBinary binary:
                foreach (var e in EvidenceOf(binary.Left, scope).Concat(EvidenceOf(binary.Right, scope))) yield return e;
                break;
            case BoundComparison comparison:
                foreach (var e in EvidenceOf(comparison.Left, scope).Concat(EvidenceOf(comparison.Right, scope))) yield return e;
                break;
            case BoundPredicate predicate:
                foreach (var e in EvidenceOf(predicate.Operand, scope)) yield return e;
                break;
            case BoundMatchesCatalog matches:
                foreach (var e in EvidenceOf(matches.Name, scope).Concat(EvidenceOf(matches.Code, scope))) yield return e;
                break;
            case BoundTextTest { Test: TextTest.Contains } contains:
                // The part looked for is usually a literal; the evidence is the text it was looked for in.
                foreach (var e in EvidenceOf(contains.Text, scope)) yield return e;
                break;
            case BoundTextTest test:
                foreach (var e in EvidenceOf(test.Text, scope).Concat(EvidenceOf(test.Other, scope))) yield return e;
                break;
        }
    }

    /// <summary>
    /// "?." after a path that may be null (a member on the way is nullable), "." otherwise: a
    /// null-conditional on a value that cannot be null makes the compiler warn (CS8602) on the
    /// next plain access of the same object.
    /// </summary>
    public static string Dot(BoundPath path)
    {
        foreach (var step in path.Steps)
            if (step.IsNullable) return "?.";
        return ".";
    }

    /// <summary>The C# access chain for a path, null-conditional after each member that may be null.</summary>
    public string Access(BoundPath path, IReadOnlyList<EmittedVariable> scope, int stepCount = -1)
    {
        int count = stepCount < 0 ? path.Steps.Count : stepCount;
        string text = path.Variable is null ? "report" : scope.Last(v => v.RuleName == path.Variable).CSharpName;
        bool nullable = false;
        for (int i = 0; i < count; i++)
        {
            text += (nullable ? "?." : ".") + path.Steps[i].Member;
            nullable = path.Steps[i].IsNullable;
        }
        return text;
    }

    private string Value(BoundPath path, IReadOnlyList<EmittedVariable> scope)
    {
        string access = Access(path, scope);
        return path.Type.Kind switch
        {
            ValueKind.Bool => $"(bool?){access}",
            ValueKind.Object or ValueKind.Collection => access,
            _ => $"Values.Of({access})",
        };
    }

    /// <summary>
    /// Comparisons of whole numbers made without Quantity arithmetic: a count against a number
    /// ("count(…) &gt; 1"), and two stated whole numbers ("c.表号 = p.表号"), both without tolerance.
    /// Their sides are not worth computing ahead.
    /// </summary>
    public static bool IsWholeNumberComparison(BoundComparison comparison) =>
        comparison.Tolerance is null
        && ((comparison.Left is BoundAggregate { Kind: AggregateKind.Count } count && comparison.Right is BoundNumber && CountIsNeverNull(count))
            || (IsCountFact(comparison.Left) && IsCountFact(comparison.Right)));

    private static bool IsCountFact(BoundExpr expression) =>
        expression is BoundPath { CollectionIndex: null } path && path.Type.Kind == ValueKind.Number;

    private static bool CountIsNeverNull(BoundAggregate count) =>
        !count.Source.Steps.Take(count.Source.CollectionIndex!.Value + 1).Any(s => s.IsNullable);

    private string Comparison(BoundComparison comparison, IReadOnlyList<EmittedVariable> scope)
    {
        if (IsWholeNumberComparison(comparison))
        {
            string op = "ComparisonOperator." + ToRuntime(comparison.Operator);
            if (comparison.Left is BoundAggregate count && comparison.Right is BoundNumber number)
                return $"Compare.Holds({Aggregate(count, scope, evidence: false, countAsInt: true)}, {op}, {CSharpLiterals.Decimal(number.Value)})";
            return $"Compare.Holds({Access((BoundPath)comparison.Left, scope)}, {op}, {Access((BoundPath)comparison.Right, scope)}, Tolerance.Exact)";
        }
        string left = Emit(comparison.Left, scope), right = Emit(comparison.Right, scope);
        if (comparison.Left.Type.IsNumeric)
            return $"Compare.Holds({left}, ComparisonOperator.{ToRuntime(comparison.Operator)}, {right}, {Tolerance(comparison.Tolerance)})";
        string equal = comparison.Left.Type.Kind == ValueKind.Bool ? $"Compare.SameBool({left}, {right})" : $"Compare.SameText({left}, {right})";
        return comparison.Operator == CompareOperator.NotEqual ? $"!{equal}" : equal;
    }

    private string Predicate(BoundPredicate predicate, IReadOnlyList<EmittedVariable> scope)
    {
        string test;
        if (predicate.Kind == PredicateKind.Declared)
        {
            var declared = (BoundPath)predicate.Operand;
            test = $"(bool?)({Access(declared, scope)}{Dot(declared)}IsDeclared == true)";
        }
        else if (predicate.Operand is BoundPath path)
        {
            test = path.Type.Kind == ValueKind.Collection
                ? $"(bool?)({Access(path, scope)}{Dot(path)}Count > 0)"
                : path.Type.Kind == ValueKind.Text
                    ? $"(bool?)!string.IsNullOrWhiteSpace({Access(path, scope)}?.Value)"
                    : $"(bool?)({Access(path, scope)} is not null)";
        }
        else
        {
            test = $"(bool?)({Emit(predicate.Operand, scope)} is not null)";
        }
        return predicate.Negated ? $"!{test}" : test;
    }

    /// <summary>
    /// Emits (once per distinct body) a method that computes the aggregate, or with
    /// <paramref name="evidence"/> one that adds the stated parts' evidence, and returns the call.
    /// </summary>
    private string Aggregate(BoundAggregate aggregate, IReadOnlyList<EmittedVariable> scope, bool evidence, bool countAsInt = false)
    {
        // The helper is a method of its own: the caller's locals are not in scope there.
        var computed = _computed;
        _computed = null;
        try
        {
            return AggregateHelper(aggregate, scope, evidence, countAsInt);
        }
        finally
        {
            _computed = computed;
        }
    }

    private string AggregateHelper(BoundAggregate aggregate, IReadOnlyList<EmittedVariable> scope, bool evidence, bool countAsInt)
    {
        const string Placeholder = "\u0001NAME\u0001";
        var source = aggregate.Source;
        int collection = source.CollectionIndex!.Value;
        string elementType = source.Steps[collection].Type.TypeName!;
        // A nested aggregate receives the outer element as a parameter; its own needs another name.
        string element = scope.Any(v => v.CSharpName == "element") ? "element" + (scope.Count + 1) : "element";
        var inner = scope.Concat(new[] { new EmittedVariable(aggregate.Variable ?? "\0", element, elementType) }).ToList();

        // The steps after the collection, applied to each element.
        var projection = new BoundPath(aggregate.Variable ?? "\0", new Rules.EquatableArray<BoundStep>(source.Steps.Skip(collection + 1).ToArray()), null, source.Text, source.Type, source.Span);
        bool projects = projection.Steps.Count > 0;

        string returnType = evidence ? "void" : countAsInt ? "int" : aggregate.Kind == AggregateKind.Sum || aggregate.Kind == AggregateKind.Count ? "Quantity?" : "bool?";
        string parameters = Parameters(scope) + (evidence ? ", EvidenceList evidence" : "");
        var w = new IndentedWriter();
        w.Line(evidence
            ? $"/// <summary>Adds the evidence of every stated part of sum({CSharpLiterals.XmlDoc(source.Text)}).</summary>"
            : $"/// <summary>{CSharpLiterals.XmlDoc(aggregate.Kind.ToString().ToLowerInvariant())}({(aggregate.Variable is null ? "" : CSharpLiterals.XmlDoc(aggregate.Variable) + " in ")}{CSharpLiterals.XmlDoc(source.Text)})</summary>");
        w.Open($"private static {returnType} {Placeholder}({parameters})");
        w.Line($"var list = {Access(source, scope, collection + 1)};");
        if (source.Steps.Take(collection + 1).Any(s => s.IsNullable)) w.Line(evidence ? "if (list is null) return;" : "if (list is null) return null;");
        if (evidence)
        {
            w.Open("for (int i = 0; i < list.Count; i++)");
            w.Line($"var {element} = list[i];");
            if (aggregate.Selector is null)
            {
                w.Line($"evidence.Add({Access(projection, inner)}{Dot(projection)}Evidence);");
            }
            else
            {
                if (aggregate.Where is not null) w.Line($"if ({IsTrue(aggregate.Where, inner, negated: true)}) continue;");
                foreach (var statement in EvidenceOf(aggregate.Selector, inner)) w.Line(statement);
            }
            w.Close();
            w.Close();
            return Register(w.ToString(), aggregate.Kind + (evidence ? "Evidence" : ""), Placeholder) + $"({Arguments(scope)}, evidence)";
        }
        switch (aggregate.Kind)
        {
            case AggregateKind.Sum:
                w.Line("var sum = new QuantitySum();");
                break;
            case AggregateKind.Count:
                w.Line("int count = 0;");
                break;
            default:
                w.Line("bool unknown = false;");
                break;
        }
        w.Open("for (int i = 0; i < list.Count; i++)");
        w.Line($"var {element} = list[i];");
        string condition = aggregate.Where is null
            ? projects ? $"(bool?)({Access(projection, inner)} is not null)" : "(bool?)true"
            : Emit(aggregate.Where, inner);
        switch (aggregate.Kind)
        {
            case AggregateKind.Sum when aggregate.Selector is not null:
                if (aggregate.Where is not null) w.Line($"if ({IsTrue(aggregate.Where, inner, negated: true)}) continue;");
                w.Line("// An unstated part adds nothing.");
                // A fact is added as it is (QuantitySum reads its figures without building a Quantity).
                w.Line(aggregate.Selector is BoundPath { CollectionIndex: null } fact && fact.Type.Kind is ValueKind.Amount or ValueKind.Share or ValueKind.Number
                    ? $"sum.Add({Access(fact, inner)});"
                    : $"sum.Add({Emit(aggregate.Selector, inner)});");
                break;
            case AggregateKind.Sum:
                w.Line("// An unstated part (declared as none, or never mentioned) adds nothing.");
                w.Line($"sum.Add({Access(projection, inner)});");
                break;
            case AggregateKind.Count:
                w.Line($"if ({(aggregate.Where is null ? condition + " == true" : IsTrue(aggregate.Where, inner, negated: false))}) count++;");
                break;
            case AggregateKind.Any:
                EmitHolds(w, aggregate.Where, condition, inner);
                w.Line("if (holds == true) return true;");
                w.Line("if (holds is null) unknown = true;");
                break;
            case AggregateKind.All:
                EmitHolds(w, aggregate.Where, condition, inner);
                w.Line("if (holds == false) return false;");
                w.Line("if (holds is null) unknown = true;");
                break;
        }
        w.Close();
        w.Line(aggregate.Kind switch
        {
            AggregateKind.Sum => "return sum.Total;",
            AggregateKind.Count => countAsInt ? "return count;" : "return Quantity.Number(count);",
            AggregateKind.Any => "return unknown ? null : false;",
            _ => "return unknown ? null : true;",
        });
        w.Close();
        return Register(w.ToString(), aggregate.Kind.ToString(), Placeholder) + $"({Arguments(scope)})";
    }

    /// <summary>
    /// A C# bool test of whether a condition holds (is true), or with <paramref name="negated"/> does
    /// not: a chain of 且 (或) becomes C#'s short-circuiting &amp;&amp; (||) of its parts' tests, since
    /// "a and b" is true exactly when both are true and "a or b" exactly when either is.
    /// </summary>
    public string IsTrue(BoundExpr condition, IReadOnlyList<EmittedVariable> scope, bool negated)
    {
        if (condition is BoundBinary { Operator: BinaryOperator.And or BinaryOperator.Or } logical)
        {
            var parts = Chain(condition, logical.Operator);
            // not (a and b) = (a not true) or (b not true); not (a or b) = (a not true) and (b not true).
            string join = (logical.Operator == BinaryOperator.And) != negated ? " && " : " || ";
            return string.Join(join, parts.Select(p => p is BoundBinary { Operator: BinaryOperator.And or BinaryOperator.Or }
                ? "(" + IsTrue(p, scope, negated) + ")"
                : IsTrue(p, scope, negated)));
        }
        return $"{Emit(condition, scope)} {(negated ? "!=" : "==")} true";
    }

    /// <summary>The parts of a chain of the same logical operator: a 且 b 且 c → a, b, c.</summary>
    public static List<BoundExpr> Chain(BoundExpr condition, BinaryOperator op)
    {
        var parts = new List<BoundExpr>();
        var pending = new Stack<BoundExpr>();
        pending.Push(condition);
        while (pending.Count > 0)
        {
            var e = pending.Pop();
            if (e is BoundBinary binary && binary.Operator == op)
            {
                pending.Push(binary.Right);
                pending.Push(binary.Left);
            }
            else
            {
                parts.Add(e);
            }
        }
        return parts;
    }

    /// <summary>
    /// <c>var holds = condition;</c>, three-valued. A chain of 且 (或) whose later parts are worth
    /// skipping is evaluated part by part, each only while the outcome is still open (not false for
    /// 且, not true for 或).
    /// </summary>
    private void EmitHolds(IndentedWriter w, BoundExpr? where, string condition, IReadOnlyList<EmittedVariable> scope)
    {
        if (where is BoundBinary { Operator: BinaryOperator.And or BinaryOperator.Or } logical)
        {
            var parts = Chain(where, logical.Operator);
            if (!parts.Skip(1).All(IsCheap))
            {
                bool and = logical.Operator == BinaryOperator.And;
                w.Line($"var holds = {Emit(parts[0], scope)};");
                foreach (var part in parts.Skip(1))
                    w.Line(and ? $"if (holds != false) holds &= {Emit(part, scope)};" : $"if (holds != true) holds |= {Emit(part, scope)};");
                return;
            }
        }
        w.Line($"var holds = {condition};");
    }

    /// <summary>Whether a condition only tests whether facts are stated (no arithmetic, count or lookup to skip).</summary>
    public static bool IsCheap(BoundExpr condition) => condition switch
    {
        BoundPredicate { Operand: BoundPath { CollectionIndex: null } } => true,
        BoundPath { CollectionIndex: null } => true,
        BoundUnary { Operator: UnaryOperator.Not } not => IsCheap(not.Operand),
        BoundBinary { Operator: BinaryOperator.And or BinaryOperator.Or } logical => IsCheap(logical.Left) && IsCheap(logical.Right),
        _ => false,
    };

    /// <summary>Gives a helper body a name, reusing the name of an identical body written before.</summary>
    private string Register(string body, string prefix, string placeholder)
    {
        if (_helperNames.TryGetValue(body, out var existing)) return existing;
        string name = prefix + "_" + (++_helperCount);
        _helperNames.Add(body, name);
        _helpers.Add(body.Replace(placeholder, name));
        return name;
    }

    public static string Parameters(IReadOnlyList<EmittedVariable> scope) =>
        string.Join(", ", new[] { "DisclosureReport report", "ValidationContext context" }
            .Concat(scope.Select(v => $"{v.TypeName} {v.CSharpName}")));

    public static string Arguments(IReadOnlyList<EmittedVariable> scope) =>
        string.Join(", ", new[] { "report", "context" }.Concat(scope.Select(v => v.CSharpName)));

    private static string BinaryOperatorText(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.And => "&",
        _ => "|",
    };

    private static string TextTestMethod(TextTest test) => test switch
    {
        TextTest.Contains => "Compare.Contains",
        TextTest.StartsWith => "Compare.StartsWith",
        _ => "UnitNames.SameUnit",
    };

    private static string ToRuntime(CompareOperator op) => op switch
    {
        CompareOperator.Equal => "Equal",
        CompareOperator.NotEqual => "NotEqual",
        CompareOperator.Less => "Less",
        CompareOperator.LessOrEqual => "LessOrEqual",
        CompareOperator.Greater => "Greater",
        _ => "GreaterOrEqual",
    };
}
