using System;
using System.Collections.Generic;
using System.Linq;
using ComplianceGen.Rules;
using ComplianceGen.Rules.Binding;
using ComplianceGen.Rules.Schema;
using ComplianceGen.Rules.Syntax;

namespace ComplianceGen.Generator.Planning;

/// <summary>
/// Turns bound expressions into planned ones: which runtime call, which C# operator, two- or
/// three-valued, which helper method an aggregate becomes and what it needs passed in. Names are
/// resolved in a <see cref="PlanScope"/>; an aggregate's body is lowered in a scope of its own, and
/// what it reads from around becomes its parameters.
/// </summary>
internal sealed class Lowering
{
    private readonly ModelSchema _schema;
    private readonly PlanMethods _methods;
    private readonly IReadOnlyDictionary<string, BoundExpr>? _inlineLets;

    public Lowering(ModelSchema schema, PlanMethods methods, IReadOnlyDictionary<string, BoundExpr>? inlineLets = null)
    {
        _schema = schema;
        _methods = methods;
        _inlineLets = inlineLets;
    }

    /// <summary>
    /// A lowering that computes a let's value where it is read instead of naming it: for the methods
    /// that collect a finding's evidence, where the check's locals are gone.
    /// </summary>
    public Lowering WithLetsInline(IReadOnlyDictionary<string, BoundExpr> lets) => new(_schema, _methods, lets);

    public static string VariableKey(string variable) => "var:" + variable;

    public static string LetKey(string let) => "let:" + let;

    public PExpr Lower(BoundExpr expression, PlanScope scope)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (expression)
        {
            case BoundPath path:
                return Value(Access(path, scope), path.Type.Kind);
            case BoundNumber number:
                return new PLiteral(LiteralKind.Number, number.Value, "", number.Text);
            case BoundPercent percent:
                return new PLiteral(LiteralKind.Share, percent.Value, "", percent.Text);
            case BoundAmountLiteral amount:
                return new PLiteral(LiteralKind.Amount, amount.Value, amount.Unit.ToString(), amount.Text);
            case BoundString text:
                return new PLiteral(LiteralKind.Text, 0m, "", text.Value);
            case BoundUnary { Operator: UnaryOperator.Not } not:
                return Negate(Lower(not.Operand, scope));
            case BoundUnary negate:
                return new PNegate(Lower(negate.Operand, scope));
            case BoundBinary { Operator: BinaryOperator.And or BinaryOperator.Or } logical:
            {
                var parts = Chain(logical, logical.Operator).Select(p => Lower(p, scope)).ToEquatableArray();
                return new PLogic(logical.Operator == BinaryOperator.And, parts, parts.All(p => p.Shape == Shape.Bool) ? Shape.Bool : Shape.MaybeBool);
            }
            case BoundBinary arithmetic:
                return Arithmetic(arithmetic, scope);
            case BoundComparison comparison:
                return Comparison(comparison, scope);
            case BoundPredicate predicate:
                return Predicate(predicate, scope);
            case BoundImplication implication:
            {
                var condition = Lower(implication.Condition, scope);
                var consequence = Lower(implication.Consequence, scope);
                return new PImplies(condition, consequence, condition.Shape == Shape.Bool && consequence.Shape == Shape.Bool ? Shape.Bool : Shape.MaybeBool);
            }
            case BoundFirstStated first:
                return new PCoalesce(first.Alternatives.Select(a => Lower(a, scope)).ToEquatableArray(), ValueShape(first.Type.Kind));
            case BoundLetReference inline when _inlineLets is not null && _inlineLets.TryGetValue(inline.Name, out var value):
                return Lower(value, scope);
            case BoundLetReference let:
            {
                var binding = scope.Lookup(LetKey(let.Name)) ?? throw new InvalidOperationException("let " + let.Name + " is not planned");
                return new PName(binding.Name, binding.Shape);
            }
            case BoundMatchesCatalog matches:
                return new PCall("CatalogLookup.Matches",
                    new[] { Catalog(scope), Lower(matches.Name, scope), Lower(matches.Code, scope), Year(matches.Year, scope) }.ToEquatableArray(), Shape.MaybeBool);
            case BoundCatalogName name:
                return new PCall("CatalogLookup.NameOf", new[] { Catalog(scope), Lower(name.Code, scope), Year(name.Year, scope) }.ToEquatableArray(), Shape.Text);
            case BoundTextTest test:
                return new PCall(test.Test switch
                {
                    TextTest.Contains => "Compare.Contains",
                    TextTest.StartsWith => "Compare.StartsWith",
                    TextTest.EndsWith => "Compare.EndsWith",
                    _ => "UnitNames.SameUnit",
                }, new[] { Lower(test.Text, scope), Lower(test.Other, scope) }.ToEquatableArray(), Shape.MaybeBool);
            case BoundAggregate { Kind: AggregateKind.Count } count:
                return AsQuantity(CountOf(count, scope));
            case BoundAggregate aggregate:
                return Aggregate(aggregate, scope);
            default:
                throw new InvalidOperationException("cannot plan " + expression.GetType().Name);
        }
    }

    /// <summary>A C# value of a fact: Values.Of for numbers and texts, the member itself for a bool, an object or a collection.</summary>
    private static PExpr Value(PAccess access, ValueKind kind) => kind switch
    {
        ValueKind.Amount or ValueKind.Share => new PValueOf(access, Shape.Quantity),
        ValueKind.Number => new PValueOf(access, Shape.Quantity) { IsCount = true },
        ValueKind.Text or ValueKind.Code => new PValueOf(access, Shape.Text),
        ValueKind.Bool => new PBoolMember(access),
        _ => access,
    };

    public static Shape ValueShape(ValueKind kind) => kind switch
    {
        ValueKind.Amount or ValueKind.Share or ValueKind.Number => Shape.Quantity,
        ValueKind.Text or ValueKind.Code => Shape.Text,
        ValueKind.Bool => Shape.MaybeBool,
        _ => Shape.Model,
    };

    private static PExpr Negate(PExpr operand) => operand switch
    {
        PStated stated => stated with { Negated = !stated.Negated },
        PDeclared declared => declared with { Negated = !declared.Negated },
        PName { Name: "true" } => new PName("false", Shape.Bool),
        PName { Name: "false" } => new PName("true", Shape.Bool),
        _ => new PNot(operand),
    };

    /// <summary>The model access of a path: from the report, a variable or a let that names a path; <c>?.</c> after a member that may be null.</summary>
    public PAccess Access(BoundPath path, PlanScope scope, int stepCount = -1)
    {
        int count = stepCount < 0 ? path.Steps.Count : stepCount;
        var root = path.Variable is null
            ? scope.Lookup(PlanScope.ReportKey)!
            : scope.Lookup(VariableKey(path.Variable)) ?? throw new InvalidOperationException("variable " + path.Variable + " is not planned");
        var members = new List<PMember>();
        bool nullable = false;
        string type = root.Type;
        for (int i = 0; i < count; i++)
        {
            members.Add(new PMember(path.Steps[i].Member, nullable));
            nullable |= path.Steps[i].IsNullable;
            type = path.Steps[i].Type.TypeName ?? type;
        }
        return new PAccess(root.Name, members.ToEquatableArray(), nullable, count == 0 ? root.Type : path.Steps[count - 1].Type.TypeName ?? "");
    }

    private static PAccess Catalog(PlanScope scope)
    {
        var context = scope.Lookup(PlanScope.ContextKey)!;
        return new PAccess(context.Name, new[] { new PMember("Catalog", false) }.ToEquatableArray(), false, "global::ComplianceGen.Runtime.IClassificationCatalog");
    }

    /// <summary>A catalogue year: a stated whole number (年度) is passed as the fact itself, anything else as a value.</summary>
    private PExpr Year(BoundExpr year, PlanScope scope) =>
        year is BoundPath { CollectionIndex: null } fact && fact.Type.Kind == ValueKind.Number ? Access(fact, scope) : Lower(year, scope);

    /// <summary>The parts of a chain of one logical operator: a 且 b 且 c → a, b, c.</summary>
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
    /// A chain of operators of one precedence, <c>a + b − c</c>, planned flat and left to right as C#
    /// reads it. Its left spine is walked in a loop, so a long chain costs no level of nesting per operator.
    /// </summary>
    private PExpr Arithmetic(BoundBinary top, PlanScope scope) => Chain(top, operand => Lower(operand, scope), Shape.Quantity)!;

    /// <summary>
    /// The chain of <paramref name="top"/>'s precedence, each operand planned by <paramref name="plan"/>; null when it
    /// plans one of them as null (<see cref="Figure"/>: an operand that is not a figure).
    /// </summary>
    private static PArithmetic? Chain(BoundBinary top, System.Func<BoundExpr, PExpr?> plan, Shape shape)
    {
        var rights = new Stack<BoundBinary>();
        BoundExpr node = top;
        while (node is BoundBinary binary && Precedence(binary.Operator) == Precedence(top.Operator))
        {
            rights.Push(binary);
            node = binary.Left;
        }
        if (plan(node) is not { } first) return null;
        var operands = new List<PExpr> { first };
        var operators = new List<string>();
        while (rights.Count > 0)
        {
            var binary = rights.Pop();
            operators.Add(binary.Operator switch
            {
                BinaryOperator.Add => "+",
                BinaryOperator.Subtract => "-",
                BinaryOperator.Multiply => "*",
                _ => "/",
            });
            if (plan(binary.Right) is not { } operand) return null;
            operands.Add(operand);
        }
        return new PArithmetic(operands.ToEquatableArray(), operators.ToEquatableArray(), shape);
    }

    private static int Precedence(BinaryOperator op) => op is BinaryOperator.Multiply or BinaryOperator.Divide ? 3 : 2;

    public static string OperatorName(CompareOperator op) => op.ToString();

    /// <summary>
    /// A count against a number and two stated whole numbers, without tolerance, are compared without
    /// Quantity arithmetic; other numbers with Compare.Holds and their tolerance; texts and conditions
    /// for equality.
    /// </summary>
    private PExpr Comparison(BoundComparison comparison, PlanScope scope)
    {
        string op = OperatorName(comparison.Operator);
        if (comparison.Tolerance is null && comparison.Left is BoundAggregate { Kind: AggregateKind.Count } count && comparison.Right is BoundNumber number)
        {
            // 计数(…) > 0 asks whether there is one: a helper that stops at the first kept element instead of counting
            // them all (a line's children follow it, so the first is found at once). A list's own Count stays as it is.
            if (Existence(comparison.Operator, number.Value) is bool some && !IsListCount(count))
            {
                var exists = Aggregate(count, scope, exists: true);
                return some ? exists : new PNot(exists);
            }
            return new PCountCompare(CountOf(count, scope), op, number.Value);
        }
        if (comparison.Tolerance is null && IsWholeNumber(comparison.Left) && IsWholeNumber(comparison.Right))
            return new PWholeCompare(Access((BoundPath)comparison.Left, scope), op, Access((BoundPath)comparison.Right, scope));
        if (FigureKind(comparison.Left, comparison.Right) is { } kind
            && Figure(comparison.Left, kind, scope) is { } leftFigure && Figure(comparison.Right, kind, scope) is { } rightFigure)
            return new PCompare(op, leftFigure, rightFigure, Tolerance(comparison.Tolerance));
        var left = Lower(comparison.Left, scope);
        var right = Lower(comparison.Right, scope);
        if (comparison.Left.Type.IsNumeric)
            return new PCompare(op, AsQuantity(left), AsQuantity(right), Tolerance(comparison.Tolerance));
        return new PEqual(left, right, comparison.Operator == CompareOperator.NotEqual);
    }

    /// <summary>
    /// The kind both sides of a comparison are, when it is amounts or shares: only then can the sides be figures
    /// (a number, such as a count, stays a quantity).
    /// </summary>
    private static ValueKind? FigureKind(BoundExpr left, BoundExpr right) =>
        left.Type.Kind is ValueKind.Amount or ValueKind.Share && right.Type.Kind == left.Type.Kind ? left.Type.Kind : null;

    /// <summary>
    /// A compared side as a figure (<see cref="Shape.Figure"/>) when it is stated facts and literals of
    /// <paramref name="kind"/> added and subtracted: the comparison then needs their values and rounding only, and
    /// the requirement's message and detail, which print the sides, compute them as quantities when it fails.
    /// Anything else (a product, a quotient, an aggregate, a let, a first-stated value) is null: the side stays a quantity.
    /// </summary>
    private PExpr? Figure(BoundExpr side, ValueKind kind, PlanScope scope)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (side)
        {
            case BoundPath { CollectionIndex: null } path when path.Type.Kind == kind:
                return new PValueOf(Access(path, scope), Shape.Figure);
            case BoundAmountLiteral amount when kind == ValueKind.Amount:
                // In 元, as the runtime converts it (AmountUnits.ToYuan), so the literal is compared at the same scale.
                return new PLiteral(LiteralKind.Figure, amount.Value * YuanPer(amount.Unit), "", amount.Text);
            case BoundPercent percent when kind == ValueKind.Share:
                return new PLiteral(LiteralKind.Figure, percent.Value, "", percent.Text);
            case BoundBinary { Operator: BinaryOperator.Add or BinaryOperator.Subtract } sum:
                // A chain of + and −, flat and left to right as Arithmetic plans it; a product or quotient in it is no figure.
                return Chain(sum, operand => Figure(operand, kind, scope), Shape.Figure);
            default:
                return null;
        }
    }

    private static decimal YuanPer(UnitSyntax unit) => unit switch
    {
        UnitSyntax.WanYuan => 10000m,
        UnitSyntax.YiYuan => 100000000m,
        _ => 1m,
    };

    private static bool IsWholeNumber(BoundExpr expression) =>
        expression is BoundPath { CollectionIndex: null } path && path.Type.Kind == ValueKind.Number;

    /// <summary>A count as a value to compute with: <c>Values.Number(count)</c>.</summary>
    private static PExpr AsQuantity(PExpr value) =>
        value.Shape is Shape.Count or Shape.MaybeCount ? new PCall("Values.Number", new[] { value }.ToEquatableArray(), Shape.Quantity) : value;

    /// <summary>
    /// The tolerance: inline when it is one part (a struct, no allocation), a static field when it is a
    /// set (Tolerance.AnyOf allocates its array once, when the rule is first used).
    /// </summary>
    public PExpr Tolerance(BoundTolerance? tolerance)
    {
        if (tolerance is null) return new PTolerance(new[] { new PTolerancePart("Exact", 0m, "") }.ToEquatableArray());
        var parts = tolerance.Parts.Select(p => new PTolerancePart(p.Kind switch
        {
            BoundToleranceKind.Rounding => "Rounding",
            BoundToleranceKind.Relative => "Relative",
            BoundToleranceKind.Points => "Points",
            BoundToleranceKind.Amount => "Amount",
            _ => "Absolute",
        }, p.Value, p.Kind == BoundToleranceKind.Amount ? p.Unit.ToString() : "")).ToEquatableArray();
        var value = new PTolerance(parts);
        return parts.Count == 1 ? value : _methods.Field("Within", "Tolerance", value, Shape.Tolerance);
    }

    private PExpr Predicate(BoundPredicate predicate, PlanScope scope)
    {
        if (predicate.Kind == PredicateKind.Declared)
            return new PDeclared(Access((BoundPath)predicate.Operand, scope), predicate.Negated);
        if (predicate.Operand is BoundPath path)
        {
            var access = Access(path, scope);
            switch (path.Type.Kind)
            {
                case ValueKind.Collection:
                    return new PStated(access, StatedTest.NonEmpty, predicate.Negated);
                case ValueKind.Text:
                    return new PStated(access, StatedTest.Text, predicate.Negated);
                case ValueKind.Bool when !access.MayBeNull:
                    // A bool the model always has is always stated.
                    return new PName(predicate.Negated ? "false" : "true", Shape.Bool);
                default:
                    return new PStated(access, StatedTest.NotNull, predicate.Negated);
            }
        }
        return new PStated(Lower(predicate.Operand, scope), StatedTest.NotNull, predicate.Negated);
    }

    /// <summary>A count as an <c>int</c> (<c>int?</c> when the collection may be missing): <c>list.Count</c>, or a helper that counts.</summary>
    private PExpr CountOf(BoundAggregate count, PlanScope scope) =>
        IsListCount(count) ? new PCount(Access(count.Source, scope)) : Aggregate(count, scope);

    /// <summary>A count of a whole collection with no filter: the list's own <c>Count</c>.</summary>
    private static bool IsListCount(BoundAggregate count)
    {
        var source = count.Source;
        int collection = source.CollectionIndex!.Value;
        return count.Variable is null && collection == source.Steps.Count - 1 && source.Steps[collection].ChildrenIn is null;
    }

    /// <summary>Whether a count compared with a number only asks if there is any: true for &gt; 0, ≥ 1, ≠ 0; false for = 0, &lt; 1, ≤ 0.</summary>
    private static bool? Existence(CompareOperator op, decimal number) => (op, number) switch
    {
        (CompareOperator.Greater, 0m) or (CompareOperator.GreaterOrEqual, 1m) or (CompareOperator.NotEqual, 0m) => true,
        (CompareOperator.Equal, 0m) or (CompareOperator.Less, 1m) or (CompareOperator.LessOrEqual, 0m) => false,
        _ => null,
    };

    /// <summary>
    /// An aggregate becomes a call of a helper method that loops over the collection by index (no LINQ,
    /// no allocation). The helper's body is lowered in a scope of its own: the collection is its first
    /// parameter, and whatever else the body reads (the report, the context, the for-each item, a let, an
    /// enclosing aggregate's element) becomes a parameter too, so it is handed exactly what it uses.
    /// </summary>
    private PExpr Aggregate(BoundAggregate aggregate, PlanScope scope, bool evidence = false, bool exists = false)
    {
        var source = aggregate.Source;
        int collection = source.CollectionIndex!.Value;
        var collectionStep = source.Steps[collection];
        string elementType = collectionStep.Type.TypeName!;

        // The list: the collection itself, or for 下级 every line of the classification, with the parent to test.
        PAccess list;
        PExpr? parentArgument = null;
        if (collectionStep.ChildrenIn is { } lines)
        {
            list = Access(lines, scope);
            parentArgument = Access(source, scope, collection);
        }
        else
        {
            list = Access(source, scope, collection + 1);
        }

        string listType = "List<" + RulePlanner.Type(elementType) + ">";
        var body = new PlanScope(scope);
        body.Define("list", new PlanBinding("list", listType, Shape.Model));
        string element = body.Fresh("element");
        body.Define(VariableKey(aggregate.Variable ?? "\0"), new PlanBinding(element, RulePlanner.Type(elementType), Shape.Model));
        string? parent = null;
        if (parentArgument is not null)
        {
            parent = body.Fresh("parent");
            body.Define("parent", new PlanBinding(parent, RulePlanner.Type(elementType), Shape.Model));
        }

        // The steps after the collection, applied to each element.
        var projection = new BoundPath(aggregate.Variable ?? "\0", new EquatableArray<BoundStep>(source.Steps.Skip(collection + 1).ToArray()), null, source.Text, source.Type, source.Span);
        bool projects = projection.Steps.Count > 0;

        PExpr? filter = aggregate.Where is null ? null : Lower(aggregate.Where, body);
        PExpr? value = null;
        var evidenceFacts = new List<PExpr>();
        var kind = aggregate.Kind switch
        {
            AggregateKind.Sum => AggregateHelperKind.Sum,
            AggregateKind.Count => AggregateHelperKind.Count,
            AggregateKind.Any => AggregateHelperKind.Any,
            AggregateKind.All => AggregateHelperKind.All,
            _ => AggregateHelperKind.Distinct,
        };
        switch (aggregate.Kind)
        {
            case AggregateKind.Sum:
                // A fact is added as it is (QuantitySum reads its figures without building a Quantity).
                var added = aggregate.Selector ?? projection;
                value = added is BoundPath { CollectionIndex: null } fact && fact.Type.IsNumeric ? Access(fact, body) : Lower(added, body);
                if (evidence)
                {
                    kind = AggregateHelperKind.SumEvidence;
                    evidenceFacts.AddRange(aggregate.Selector is null ? Evidence(projection, body) : EvidenceOf(aggregate.Selector, body));
                    value = null;
                }
                break;
            case AggregateKind.Count when aggregate.Variable is null && projects:
                filter = new PStated(Access(projection, body), StatedTest.NotNull, false);
                break;
            case AggregateKind.Any when evidence:
                // The evidence of an any is every element it holds for: what "require not any(…)" objects to. The
                // condition keeps them, as a sum's filter does, and the facts it reads on each are cited (not those of an
                // enclosing item it is compared with: the requirement cites those already).
                kind = AggregateHelperKind.SumEvidence;
                evidenceFacts.AddRange(EvidenceOf(aggregate.Where!, body).Where(e => e is not PAccess access || access.Root == element));
                break;
            case AggregateKind.Any:
            case AggregateKind.All:
                // Here where is the condition tested, not a filter.
                value = filter;
                filter = null;
                break;
            case AggregateKind.Distinct:
                var key = aggregate.Selector ?? projection;
                value = key is BoundPath { CollectionIndex: null } whole && whole.Type.Kind == ValueKind.Number ? Access(whole, body) : Lower(key, body);
                break;
        }
        // An existence test is an any over the kept elements: the first one answers it.
        if (exists) kind = AggregateHelperKind.Any;

        var parameters = new List<PParameter> { new(list.MayBeNull ? listType + "?" : listType, "list") };
        var arguments = new List<PExpr> { list };
        if (parent is not null)
        {
            parameters.Add(new PParameter(RulePlanner.Type(elementType), parent));
            arguments.Add(parentArgument!);
        }
        var own = new HashSet<string> { "list", element };
        if (parent is not null) own.Add(parent);
        var read = new[] { filter, value }.Where(e => e is not null).SelectMany(e => PlanRewriter.FreeNames(e!))
            .Concat(evidenceFacts.SelectMany(PlanRewriter.FreeNames))
            // A sum nested in a sum's evidence adds to the same list, which this helper takes as its last parameter.
            .Where(n => !own.Contains(n) && n is not ("true" or "false") && !(evidence && n == "evidence")).Distinct().OrderBy(scope.Position).ToList();
        foreach (var name in read)
        {
            var binding = scope.ByName(name) ?? throw new InvalidOperationException("name " + name + " is not planned");
            parameters.Add(new PParameter(binding.Type, name));
            arguments.Add(new PName(name, binding.Shape));
        }
        if (evidence)
        {
            parameters.Add(new PParameter("EvidenceList", "evidence"));
            arguments.Add(new PName("evidence", Shape.Model));
        }

        bool listMayBeNull = list.MayBeNull;
        var returns = kind switch
        {
            AggregateHelperKind.Sum => Shape.Quantity,
            AggregateHelperKind.Count => listMayBeNull ? Shape.MaybeCount : Shape.Count,
            AggregateHelperKind.Distinct => Shape.Bool,
            AggregateHelperKind.SumEvidence => Shape.Model,
            _ => value is null || value.Shape == Shape.Bool ? (listMayBeNull ? Shape.MaybeBool : Shape.Bool) : Shape.MaybeBool,
        };
        string summary = exists ? "whether " + Summary(aggregate, evidence) + " > 0" : Summary(aggregate, evidence);
        var helper = new PHelper("", kind, summary, parameters.ToEquatableArray(), listMayBeNull, element,
            parent is null ? null : new PName(parent, Shape.Model), filter, value, returns) { Evidence = evidenceFacts.ToEquatableArray() };
        helper = helper with { Index = HelperIndex.Of(helper) };
        string name2 = _methods.Helper(helper);
        return new PCall(name2, arguments.ToEquatableArray(), returns);
    }

    private static string Summary(BoundAggregate aggregate, bool evidence)
    {
        string text = aggregate.Kind.ToString().ToLowerInvariant() + "(" + (aggregate.Variable is null ? "" : aggregate.Variable + " in ") + aggregate.Source.Text + ")";
        return !evidence ? text
            : aggregate.Kind == AggregateKind.Any ? "Adds the evidence of every element " + text + " holds for."
            : "Adds the evidence of every stated part of " + text + ".";
    }

    /// <summary>
    /// Where a requirement's facts are printed in the document: each fact it reads directly, every
    /// stated part of a sum, the first stated of alternatives, and the facts behind a let.
    /// </summary>
    public IEnumerable<PExpr> EvidenceOf(BoundExpr expression, PlanScope scope, IReadOnlyDictionary<string, BoundExpr>? lets = null)
    {
        switch (expression)
        {
            case BoundPath path when path.CollectionIndex is null:
                foreach (var e in Evidence(path, scope)) yield return e;
                break;
            case BoundAggregate { Kind: AggregateKind.Sum } sum:
                yield return Aggregate(sum, scope, evidence: true);
                break;
            case BoundUnary { Operator: UnaryOperator.Not, Operand: BoundAggregate { Kind: AggregateKind.Any, Variable: not null, Where: not null } any }:
                // "not any(…)" fails because of the elements it holds for: those are cited. (An any that must hold has none
                // to cite when it fails, and one in a condition would cite every element it holds for.)
                yield return Aggregate(any, scope, evidence: true);
                break;
            case BoundFirstStated first:
                var facts = first.Alternatives.OfType<BoundPath>().Where(p => p.CollectionIndex is null).SelectMany(p => Evidence(p, scope)).ToList();
                if (facts.Count == 1) yield return facts[0];
                else if (facts.Count > 1) yield return new PCoalesce(facts.ToEquatableArray(), Shape.Model);
                break;
            case BoundLetReference let when lets is not null && lets.TryGetValue(let.Name, out var value):
                foreach (var e in EvidenceOf(value, scope, lets)) yield return e;
                break;
            case BoundTextTest { Test: TextTest.Contains } contains:
                // The part looked for is usually a literal; the evidence is the text it was looked for in.
                foreach (var e in EvidenceOf(contains.Text, scope, lets)) yield return e;
                break;
            case BoundMatchesCatalog matches:
                // The name and the code compared; the year is the document's, shown where it names itself.
                foreach (var e in EvidenceOf(matches.Name, scope, lets).Concat(EvidenceOf(matches.Code, scope, lets))) yield return e;
                break;
            case BoundUnary or BoundBinary or BoundComparison or BoundPredicate or BoundTextTest or BoundImplication:
                foreach (var child in BoundWalker.Children(expression))
                    foreach (var e in EvidenceOf(child, scope, lets)) yield return e;
                break;
        }
    }

    /// <summary><c>fact.Evidence</c> of a path to a fact, or to an object that has evidence of its own.</summary>
    private IEnumerable<PExpr> Evidence(BoundPath path, PlanScope scope)
    {
        bool fact = path.Type.Kind is ValueKind.Amount or ValueKind.Share or ValueKind.Number or ValueKind.Text or ValueKind.Code;
        bool evidenced = path.Type.Kind == ValueKind.Object && _schema.Type(path.Type.TypeName!) is { HasEvidence: true };
        if (!fact && !evidenced) yield break;
        var access = Access(path, scope);
        yield return access with
        {
            Members = access.Members.Concat(new[] { new PMember("Evidence", access.MayBeNull) }).ToEquatableArray(),
            MayBeNull = true,
            TypeName = "global::ComplianceGen.Runtime.Evidence",
        };
    }
}
