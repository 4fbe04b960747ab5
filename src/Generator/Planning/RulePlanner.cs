using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ComplianceGen.Rules;
using ComplianceGen.Rules.Binding;
using ComplianceGen.Rules.Schema;
using ComplianceGen.Rules.Syntax;

namespace ComplianceGen.Generator.Planning;

/// <summary>
/// Decides how a bound rule is evaluated: the order of its statements (the lets its condition needs,
/// the condition, the loop, the lets and filter of each item, each requirement), the values computed
/// once and shared by a requirement, its message and its detail (by the identity of the planned
/// expression), the helper methods and what each is passed, and where each finding's evidence comes
/// from. The result is a <see cref="RulePlan"/> the emitter prints without deciding anything.
/// </summary>
internal sealed class RulePlanner
{
    private const string RuntimePrefix = "global::ComplianceGen.Runtime.";

    private readonly BoundRule _rule;
    private readonly ModelSchema _schema;
    private readonly PlanMethods _methods = new();
    private readonly Lowering _lowering;
    private readonly PlanScope _check = new(null);
    private readonly Dictionary<string, BoundExpr> _letValues;
    private int _letFallback;

    private RulePlanner(BoundRule rule, ModelSchema schema)
    {
        _rule = rule;
        _schema = schema;
        _lowering = new Lowering(schema, _methods);
        _letValues = rule.Lets.ToDictionary(l => l.Name, l => l.Value);
    }

    public static RulePlan Plan(BoundRule rule, string relativePath, ModelSchema schema) => new RulePlanner(rule, schema).Plan(relativePath);

    private RulePlan Plan(string relativePath)
    {
        _check.Define(PlanScope.ReportKey, new PlanBinding(GeneratedNames.Report, Type(_schema.RootType), Shape.Model));
        _check.Define(PlanScope.ContextKey, new PlanBinding(GeneratedNames.Context, "ValidationContext", Shape.Model));
        var loop = _rule.ForEach;
        string? itemType = loop is null ? null : Type(loop.Collection.Type.TypeName!);
        if (loop is not null) _check.Define(Lowering.VariableKey(loop.Variable), new PlanBinding(GeneratedNames.Item, itemType!, Shape.Model));

        // Lets, lowered where they are visible; declared below where they are first needed.
        var lets = new List<(BoundLet Let, PDeclare Declare)>();
        foreach (var let in _rule.Lets)
        {
            var value = _lowering.Lower(let.Value, _check);
            string name = LetName(let.Name);
            _check.Define(Lowering.LetKey(let.Name), new PlanBinding(name, TypeOf(value.Shape), value.Shape));
            lets.Add((let, new PDeclare(name, value)));
        }

        var statements = new List<PStatement>();
        var declared = new HashSet<string>();
        var condition = _rule.When is null ? null : _lowering.Lower(_rule.When, _check);
        var requirements = _rule.Requirements.Select((r, i) => PlanRequirement(r, i + 1)).ToList();
        var failures = requirements.Select(r => r.Failure).ToList();

        // A value the condition computes and a requirement compares (a sum in "when sum(…) > 0%" and
        // "require sum(…) = 100%") is computed once, before the part of the condition that reads it, and
        // read by both. The two-valued and-ed parts before that part are decided first, on their own
        // (in "count(…) > 1 and sum(…) > 0%" the sum is not computed for a list with one share).
        PExpr? decidedFirst = null;
        if (condition is not null && loop is null)
        {
            var conditionParts = PlanRewriter.Occurrences(new[] { condition });
            var hoisted = new List<PDeclare>();
            foreach (var requirement in requirements)
            {
                foreach (var shared in requirement.Locals.OfType<PDeclare>()
                             .Where(d => d.Value is PCall && conditionParts.ContainsKey(d.Value)
                                 && PlanRewriter.FreeNames(d.Value).All(n => n is GeneratedNames.Report or GeneratedNames.Context)).ToList())
                {
                    requirement.Locals.Remove(shared);
                    hoisted.Add(shared);
                }
            }
            if (hoisted.Count > 0 && condition is PLogic { IsAnd: true } and)
            {
                int prefix = 0;
                while (prefix < and.Parts.Count - 1 && and.Parts[prefix].Shape == Shape.Bool
                       && !hoisted.Any(h => PlanRewriter.Occurrences(new[] { and.Parts[prefix] }).ContainsKey(h.Value))
                       && PlanRewriter.FreeNames(and.Parts[prefix]).All(n => n is GeneratedNames.Report or GeneratedNames.Context))
                    prefix++;
                if (prefix > 0)
                {
                    decidedFirst = And(and.Parts.Take(prefix).ToList());
                    condition = And(and.Parts.Skip(prefix).ToList());
                }
            }
            foreach (var shared in hoisted)
            {
                statements.Add(shared);
                condition = PlanRewriter.Substitute(condition, new Dictionary<PExpr, PName> { [shared.Value] = new PName(shared.Name, shared.Value.Shape) });
            }
        }

        // Report-level lets the condition reads come before it; the rest after, where nothing is computed for an inapplicable rule.
        var all = lets.Select(l => l.Declare).ToList();
        var reportLets = lets.Where(l => !l.Let.PerItem).Select(l => l.Declare).ToList();
        var itemLets = lets.Where(l => l.Let.PerItem).Select(l => l.Declare).ToList();
        // A condition that reads no let and shares no value with a requirement is a method of its own
        // (GeneratedRule.Condition): an inapplicable rule then returns before Check reserves and clears
        // the room its requirements' values need. Otherwise it stays in Check, after what it shares,
        // and only its parts decided first are that method.
        PExpr? standalone = null;
        if (condition is not null)
        {
            Declare(NeededLets(new[] { condition }, all), reportLets, statements, declared);
            if (statements.Count == 0) standalone = condition;
            else
            {
                standalone = decidedFirst;
                statements.Add(new PApplies(condition));
            }
        }

        var invariants = loop is null ? new List<PDeclare>() : HoistInvariants(requirements);
        var body = new List<PStatement>();
        PExpr? filter = loop?.Where is null ? null : _lowering.Lower(loop.Where, _check);
        var uses = requirements.SelectMany(r => r.Reads).Concat(failures.SelectMany(FailureReads)).ToList();
        var filterUses = filter is null ? new PExpr[0] : new[] { filter };
        Declare(NeededLets(uses.Concat(filterUses), all), reportLets, statements, declared);
        if (loop is not null)
        {
            if (filter is not null)
            {
                Declare(NeededLets(filterUses, all), itemLets, body, declared);
                if (FuseExistenceIntoSum(filter, requirements, uses) is { } fused)
                {
                    // The and-ed parts before the existence test, then the sum, then "the sum is stated" and the parts after.
                    if (fused.Before is not null) body.Add(SkipUnless(fused.Before));
                    body.Add(fused.Sum);
                    body.Add(SkipUnless(fused.After));
                    _fusedAway.Add(fused.RemovedHelper);
                }
                else body.Add(SkipUnless(filter));
            }
            Declare(NeededLets(uses, all), itemLets, body, declared);
        }
        var target = loop is null ? statements : body;
        foreach (var requirement in requirements)
        {
            target.AddRange(requirement.Locals);
            target.Add(requirement.Statement);
        }
        var outcomes = requirements.Select(r => (PExpr)new PName(r.Statement.Holds, r.Statement.Condition.Shape)).ToList();
        target.Add(new PItem(outcomes.Count == 1
            ? outcomes[0]
            : new PLogic(true, outcomes.ToEquatableArray(), outcomes.All(o => o.Shape == Shape.Bool) ? Shape.Bool : Shape.MaybeBool)));
        statements.AddRange(invariants);
        if (loop is not null) statements.Add(new PLoop(_lowering.Access(loop.Collection, _check), itemType!, body.ToEquatableArray()));

        return new RulePlan(
            _rule.Id,
            _rule.ClassName,
            _rule.Title,
            _rule.Severity.ToString(),
            _rule.Kinds.Select(k => k.ToString()).ToEquatableArray(),
            _rule.FirstYear,
            _rule.LastYear,
            _rule.Citation,
            _rule.RuleSet,
            _rule.RuleSetTitle,
            relativePath.Replace('\\', '/'),
            _rule.Line,
            _rule.When is null ? null : _rule.WhenText,
            standalone,
            loop is null ? null : $"{loop.Variable} in {loop.Collection.Text}" + (loop.WhereText.Length > 0 ? " where " + loop.WhereText : ""),
            loop?.Collection.Text,
            _rule.Lets.Select(l => $"{l.Name} = {l.Text}").ToEquatableArray(),
            _rule.Requirements.Select(r => r.Text).ToEquatableArray(),
            _methods.Fields.ToEquatableArray(),
            statements.ToEquatableArray(),
            failures.ToEquatableArray(),
            itemType,
            PlanEvidence(),
            PlanExplanations(),
            _methods.Helpers.Where(h => !_fusedAway.Contains(h.Name)).ToEquatableArray());
    }

    private static PSkipUnless SkipUnless(PExpr filter) => new(filter.Shape == Shape.Bool ? filter : new PTruth(filter, false));

    private readonly HashSet<string> _fusedAway = new();

    private sealed record FusedFilter(PExpr? Before, PDeclare Sum, PExpr After, string RemovedHelper);

    /// <summary>
    /// A for-each that keeps an item when some element of a collection states a fact
    /// (<c>计数(c 属于 p.下级 满足 c.金额 已说明) &gt; 0</c>) and requires a sum of that fact over the same
    /// elements (<c>合计(p.下级.金额)</c>) walks the collection once, not twice: an unstated part adds
    /// nothing to a sum and no part at all sums to null, so "some element states it" is "the sum is
    /// stated". The sum moves ahead of the rest of the filter, after the parts before the test.
    /// </summary>
    private FusedFilter? FuseExistenceIntoSum(PExpr filter, List<PlannedRequirement> requirements, List<PExpr> uses)
    {
        var parts = filter is PLogic { IsAnd: true } and ? and.Parts.ToList() : new List<PExpr> { filter };
        for (int k = 0; k < parts.Count; k++)
        {
            if (parts[k] is not PCall test || Helper(test.Method) is not { Kind: AggregateHelperKind.Any, Value: null, Filter: PStated { Test: StatedTest.NotNull, Negated: false } stated } any)
                continue;
            foreach (var requirement in requirements)
            {
                foreach (var declare in requirement.Locals.OfType<PDeclare>())
                {
                    if (declare.Value is not PCall sum || !sum.Arguments.Equals(test.Arguments)
                        || Helper(sum.Method) is not { Kind: AggregateHelperKind.Sum, Filter: null } summed
                        || !Equals(summed.Value, stated.Operand) || !Equals(summed.Parent, any.Parent) || summed.Element != any.Element
                        || !PlanRewriter.FreeNames(sum).All(n => n is GeneratedNames.Report or GeneratedNames.Context or GeneratedNames.Item))
                        continue;
                    // The test must be read nowhere else, or its method is still needed.
                    var elsewhere = parts.Where((_, i) => i != k).Concat(uses);
                    if (PlanRewriter.Occurrences(elsewhere).ContainsKey(test)) continue;
                    requirement.Locals.Remove(declare);
                    var name = new PName(declare.Name, declare.Value.Shape);
                    var after = new List<PExpr> { new PStated(name, StatedTest.NotNull, false) };
                    after.AddRange(parts.Skip(k + 1));
                    return new FusedFilter(k == 0 ? null : And(parts.Take(k).ToList()), declare, And(after), test.Method);
                }
            }
        }
        return null;
    }

    private PHelper? Helper(string name) => _methods.Helpers.FirstOrDefault(h => h.Name == name);

    /// <summary>The and of <paramref name="parts"/> (one part is itself).</summary>
    private static PExpr And(IReadOnlyList<PExpr> parts) =>
        parts.Count == 1 ? parts[0] : new PLogic(true, parts.ToEquatableArray(), parts.All(p => p.Shape == Shape.Bool) ? Shape.Bool : Shape.MaybeBool);

    /// <summary>The lets <paramref name="uses"/> read, and the lets those read (a let reads only lets written before it).</summary>
    private static HashSet<string> NeededLets(IEnumerable<PExpr> uses, IReadOnlyList<PDeclare> lets)
    {
        var needed = new HashSet<string>(uses.SelectMany(PlanRewriter.FreeNames));
        for (int i = lets.Count - 1; i >= 0; i--)
            if (needed.Contains(lets[i].Name))
                foreach (var name in PlanRewriter.FreeNames(lets[i].Value)) needed.Add(name);
        return needed;
    }

    /// <summary>Declares, in the order written, the <paramref name="candidates"/> that are needed and not declared yet.</summary>
    private static void Declare(HashSet<string> needed, IEnumerable<PDeclare> candidates, List<PStatement> into, HashSet<string> declared)
    {
        foreach (var declare in candidates)
            if (needed.Contains(declare.Name) && declared.Add(declare.Name)) into.Add(declare);
    }

    private sealed record PlannedRequirement(List<PStatement> Locals, PRequirement Statement, PFailure Failure, List<PExpr> Reads)
    {
        public PRequirement Statement { get; set; } = Statement;
    }

    /// <summary>
    /// What a for-each's requirements compute from the report alone (AR-005's 收入.总额, WD-004's 年度 - 1) is the same
    /// for every item: it is computed once, before the loop. A requirement's local that is such a value moves there
    /// whole; a part of a larger expression gets a local named after the fact it reads. The finding's message still
    /// computes what it prints, as it is written only for a failing item.
    /// </summary>
    private List<PDeclare> HoistInvariants(List<PlannedRequirement> requirements)
    {
        bool Invariant(PExpr e) => e is PValueOf or PArithmetic or PNegate && e.Shape is Shape.Quantity or Shape.Figure && !PlanRewriter.IsConstant(e)
                                   && PlanRewriter.FreeNames(e).All(n => n == GeneratedNames.Report);
        var hoisted = new List<PDeclare>();
        var locals = new Dictionary<PExpr, PName>();
        foreach (var requirement in requirements)
        {
            foreach (var declare in requirement.Locals.OfType<PDeclare>().Where(d => Invariant(d.Value) && !locals.ContainsKey(d.Value)).ToList())
            {
                requirement.Locals.Remove(declare);
                hoisted.Add(declare);
                locals.Add(declare.Value, new PName(declare.Name, declare.Value.Shape));
            }
        }
        var reads = requirements.SelectMany(r => r.Locals.OfType<PDeclare>().Select(d => d.Value).Append(r.Statement.Condition)).ToList();
        var candidates = PlanRewriter.Occurrences(reads).Keys.Where(e => Invariant(e) && !locals.ContainsKey(e)).ToList();
        // The largest such expressions only: in "x.金额 ÷ (年度 - 1)" it is 年度 - 1 that is kept, not 年度 as well.
        var parts = new HashSet<PExpr>(candidates.SelectMany(c => PlanRewriter.Occurrences(PlanRewriter.Children(c)).Keys));
        foreach (var value in candidates.Where(c => !parts.Contains(c)))
        {
            var fact = value as PValueOf ?? PlanRewriter.Occurrences(new[] { value }).Keys.OfType<PValueOf>().FirstOrDefault();
            string stem = value is PValueOf && fact is not null
                ? string.Concat(fact.Fact.Members.Select((m, i) => i == 0 ? char.ToLowerInvariant(m.Name[0]) + m.Name.Substring(1) : m.Name))
                : GeneratedNames.Value;
            string name = _check.Fresh(stem);
            _check.Define("local:" + name, new PlanBinding(name, TypeOf(value.Shape), value.Shape));
            locals.Add(value, new PName(name, value.Shape));
            hoisted.Add(new PDeclare(name, value));
        }
        if (hoisted.Count == 0) return hoisted;
        foreach (var requirement in requirements)
        {
            for (int i = 0; i < requirement.Locals.Count; i++)
                if (requirement.Locals[i] is PDeclare declare) requirement.Locals[i] = declare with { Value = PlanRewriter.Substitute(declare.Value, locals) };
            requirement.Statement = requirement.Statement with { Condition = PlanRewriter.Substitute(requirement.Statement.Condition, locals) };
        }
        return hoisted;
    }

    /// <summary>
    /// One requirement: the values it compares that are computed once, ahead of it — both sides of a
    /// requirement that is one numeric comparison (named <c>left</c> and <c>right</c>, as the finding's
    /// detail names them), and in a combination of comparisons each value compared more than once — then
    /// the requirement reading them, and the method that builds its finding from them.
    /// </summary>
    private PlannedRequirement PlanRequirement(BoundRequirement requirement, int number)
    {
        int count = _rule.Requirements.Count;
        string suffix = count > 1 ? number.ToString(CultureInfo.InvariantCulture) : "";
        var condition = _lowering.Lower(requirement.Condition, _check);
        var locals = new Dictionary<PExpr, PName>();
        var declarations = new List<PStatement>();
        void Share(PExpr value, string name)
        {
            // A literal needs no local, and a let or another local already is one.
            if (PlanRewriter.IsConstant(value) || value is PName || locals.ContainsKey(value)) return;
            var local = new PName(name, value.Shape);
            locals.Add(value, local);
            declarations.Add(new PDeclare(name, value));
            _check.Define("local:" + name, new PlanBinding(name, TypeOf(value.Shape), value.Shape));
        }

        if (Compared(condition) is PCompare single)
        {
            Share(single.Left, GeneratedNames.Left + suffix);
            Share(single.Right, GeneratedNames.Right + suffix);
        }
        else
        {
            // A combination is evaluated left to right; a value it compares is computed ahead only when compared more than once.
            var operands = new List<PExpr>();
            CollectCompared(condition, operands);
            int n = 0;
            foreach (var repeated in operands.Where(o => !PlanRewriter.IsConstant(o)).GroupBy(o => o).Where(g => g.Count() > 1).Select(g => g.Key).ToList())
                Share(repeated, GeneratedNames.Value + suffix + (count > 1 ? "_" : "") + (++n).ToString(CultureInfo.InvariantCulture));
            // A value computed by the first comparison (always evaluated) that the message prints too, such as
            // the expected share x.金额 ÷ 收入.总额, is computed once and handed to the finding, not again.
            if (condition is PLogic { Parts: var parts } && parts[0] is PCompare first)
            {
                var printed = PlanRewriter.Occurrences(_rule.Message.Where(m => m.Expression is not null).Select(m => _lowering.Lower(m.Expression!, _check)));
                foreach (var computed in new[] { first.Left, first.Right }.Where(o => o is PArithmetic or PCall && printed.ContainsKey(o)))
                    Share(computed, GeneratedNames.Value + suffix + (count > 1 ? "_" : "") + (++n).ToString(CultureInfo.InvariantCulture));
            }
        }

        var planned = PlanRewriter.Substitute(condition, locals);
        var failure = PlanFailure(requirement, number, locals);
        var call = new PCall(failure.Name, failure.Parameters.Select(p => (PExpr)new PName(p.Name, Shape.Model)).ToEquatableArray(), Shape.Model);
        var statement = new PRequirement(count > 1 ? GeneratedNames.Holds + suffix : GeneratedNames.Holds, planned, call);
        var reads = declarations.OfType<PDeclare>().Select(d => d.Value).Append(planned).ToList();
        return new PlannedRequirement(declarations, statement, failure, reads);
    }

    /// <summary>The numeric comparison a requirement is, looking through 若…则 to its conclusion; null for anything else.</summary>
    private static PExpr? Compared(PExpr condition) => condition switch
    {
        PImplies implies => Compared(implies.Consequence),
        PCompare compare => compare,
        PWholeCompare whole => whole,
        _ => null,
    };

    private static BoundComparison? ComparedBound(BoundExpr condition) => condition switch
    {
        BoundImplication implication => ComparedBound(implication.Consequence),
        BoundComparison comparison => comparison,
        _ => null,
    };

    /// <summary>The sides of the numeric comparisons a condition combines with and, or, not and if (not those inside aggregates).</summary>
    private static void CollectCompared(PExpr condition, List<PExpr> operands)
    {
        switch (condition)
        {
            case PCompare compare:
                operands.Add(compare.Left);
                operands.Add(compare.Right);
                break;
            case PLogic logic:
                foreach (var part in logic.Parts) CollectCompared(part, operands);
                break;
            case PNot not:
                CollectCompared(not.Operand, operands);
                break;
            case PImplies implies:
                CollectCompared(implies.Condition, operands);
                CollectCompared(implies.Consequence, operands);
                break;
        }
    }

    /// <summary>
    /// The finding of a failed requirement, built from what the requirement computed: the message
    /// (printing the shared values where it shows them). The detail of a comparison is not handed over:
    /// the finding writes it when read (<see cref="PlanExplanations"/>).
    /// </summary>
    private PFailure PlanFailure(BoundRequirement requirement, int number, IReadOnlyDictionary<PExpr, PName> locals)
    {
        var message = new List<PMessagePart>();
        foreach (var part in _rule.Message)
        {
            if (part.Expression is null)
            {
                message.Add(new PMessagePart(part.Text ?? "", null, null));
                continue;
            }
            var value = PlanRewriter.Substitute(_lowering.Lower(part.Expression, _check), locals);
            var source = FirstStated(part.Expression) is { } first ? Choice(first, "（", "）", "", _lowering, _check, locals) : null;
            message.Add(new PMessagePart(null, value, source));
        }
        if (message.Count == 0) message.Add(new PMessagePart(_rule.Title, null, null));

        var parameters = new List<PParameter>
        {
            new(Type(_schema.RootType), GeneratedNames.Report),
            new("ValidationContext", GeneratedNames.Context),
        };
        bool loop = _rule.ForEach is not null;
        if (loop) parameters.Add(new PParameter(Type(_rule.ForEach!.Collection.Type.TypeName!), GeneratedNames.Item));
        var reads = message.SelectMany(m => new PExpr?[] { m.Value, m.Source })
            .Where(e => e is not null).SelectMany(e => PlanRewriter.FreeNames(e!))
            .Where(n => parameters.All(p => p.Name != n) && n is not ("true" or "false") && _methods.Fields.All(f => f.Name != n))
            .Distinct().OrderBy(_check.Position).ToList();
        foreach (var name in reads)
        {
            var binding = _check.ByName(name)!;
            parameters.Add(new PParameter(binding.Type, name));
        }
        string method = _rule.Requirements.Count == 1 ? "Fail" : "Fail" + number.ToString(CultureInfo.InvariantCulture);
        return new PFailure(method, number, requirement.Text, parameters.ToEquatableArray(), message.ToEquatableArray(), loop);
    }

    /// <summary>
    /// How the finding of each requirement that is a numeric comparison (looking through 若…则) writes its
    /// detail when it is first read: both sides computed again from the report and the item, lets inline,
    /// as its evidence is collected; the tolerance; and for a first-stated side, which alternative was
    /// compared. A finding then keeps no copy of the compared values, and a batch that only counts
    /// findings never computes them twice. A count against a fixed number ("count(…) > 0") has nothing
    /// to explain beyond the message.
    /// </summary>
    private PExplanationPlan PlanExplanations()
    {
        var scope = DetachedScope();
        var lowering = _lowering.WithLetsInline(_letValues);
        var none = new Dictionary<PExpr, PName>();
        var explanations = new List<PExplanation>();
        for (int i = 0; i < _rule.Requirements.Count; i++)
        {
            var comparison = ComparedBound(_rule.Requirements[i].Condition);
            if (comparison is null || !comparison.Left.Type.IsNumeric || comparison.Left.Type.Kind == ValueKind.Number && comparison.Right is BoundNumber)
                continue;
            var alternatives = FirstStated(comparison.Left) ?? FirstStated(comparison.Right);
            explanations.Add(new PExplanation(
                i + 1,
                Quantity(comparison.Left, lowering, scope),
                Quantity(comparison.Right, lowering, scope),
                _lowering.Tolerance(comparison.Tolerance),
                alternatives is null ? null : Choice(alternatives, "取首个已说明的“", "”", null, lowering, scope, none)));
        }
        bool readsItem = explanations.Any(e => new[] { e.Left, e.Right, e.Note }.Any(x => x is not null && PlanRewriter.FreeNames(x).Contains(GeneratedNames.Item)));
        return new PExplanationPlan(readsItem, _rule.Requirements.Count, explanations.ToEquatableArray());
    }

    /// <summary>The values a failure method reads, for the lets it needs declared.</summary>
    private static IEnumerable<PExpr> FailureReads(PFailure failure) =>
        failure.Message.SelectMany(m => new PExpr?[] { m.Value, m.Source }).Where(e => e is not null).Select(e => e!);

    /// <summary>A compared side as a value to compute with: a stated whole number is read as a Quantity for the detail.</summary>
    private static PExpr Quantity(BoundExpr side, Lowering lowering, PlanScope scope)
    {
        var value = lowering.Lower(side, scope);
        return value.Shape is Shape.Count or Shape.MaybeCount ? new PCall("Values.Number", new[] { value }.ToEquatableArray(), Shape.Quantity) : value;
    }

    /// <summary>The first-stated value an expression is, directly or through the let that names it.</summary>
    private BoundFirstStated? FirstStated(BoundExpr expression) => expression switch
    {
        BoundFirstStated first => first,
        BoundLetReference let when _letValues.TryGetValue(let.Name, out var value) => FirstStated(value),
        _ => null,
    };

    /// <summary>Which alternative of a first-stated value is the one stated, as a constant label.</summary>
    private static PChoice Choice(BoundFirstStated first, string open, string close, string? otherwise, Lowering lowering, PlanScope scope, IReadOnlyDictionary<PExpr, PName> locals) =>
        new(first.Alternatives.Select(a => lowering.Lower(a, scope) is PValueOf fact ? fact.Fact : PlanRewriter.Substitute(lowering.Lower(a, scope), locals)).ToEquatableArray(),
            first.Texts.Select(t => open + t + close).ToEquatableArray(), otherwise);

    /// <summary>
    /// Where a finding's evidence comes from, in the order shown: the item (or, when the document never
    /// mentions it, the object holding the collection), the facts the requirement reads, the facts the
    /// condition reads; and, used only when those give nothing, the facts the message shows. Lets are
    /// looked through to the facts they read.
    /// </summary>
    private PEvidencePlan PlanEvidence()
    {
        var scope = DetachedScope();
        var loop = _rule.ForEach;
        var lowering = _lowering.WithLetsInline(_letValues);

        var before = new List<PExpr>();
        if (loop is not null && _schema.Type(loop.Collection.Type.TypeName!) is { HasEvidence: true })
            before.Add(ItemEvidence(loop, scope));
        var byRequirement = _rule.Requirements.Select((r, i) =>
            new PEvidenceSet(i + 1, lowering.EvidenceOf(r.Condition, scope, _letValues).Distinct().Select(e => Source(e)).ToEquatableArray())).ToList();
        var after = _rule.When is null ? new List<PExpr>() : lowering.EvidenceOf(_rule.When, scope, _letValues).ToList();
        var message = _rule.Message.Where(p => p.Expression is not null).SelectMany(p => lowering.EvidenceOf(p.Expression!, scope, _letValues)).Distinct().ToList();

        // One list when every requirement reads the same facts; the same fact is added once.
        bool same = byRequirement.All(r => r.Sources.Equals(byRequirement[0].Sources));
        if (same) byRequirement = byRequirement.Take(1).ToList();
        var first = new HashSet<PEvidence>(before.Select(Source));
        var sets = byRequirement.Select(r => r with { Sources = r.Sources.Where(s => !first.Contains(s)).ToEquatableArray() }).ToList();
        var seen = new HashSet<PEvidence>(first.Concat(sets.SelectMany(s => s.Sources)));
        var last = after.Select(Source).Where(seen.Add).ToEquatableArray();
        // The message's facts are looked at only when the requirement's gave nothing; those it already read would give nothing again.
        var messageSources = message.Select(Source).Where(m => !sets.All(set => first.Contains(m) || set.Sources.Contains(m) || last.Contains(m))).ToEquatableArray();
        static bool readsItem(IEnumerable<PEvidence> sources) => sources.Any(s => PlanRewriter.FreeNames((PExpr?)s.Fact ?? s.Helper!).Contains(GeneratedNames.Item));
        return new PEvidencePlan(
            readsItem(before.Select(Source).Concat(sets.SelectMany(s => s.Sources)).Concat(last)),
            before.Select(Source).ToEquatableArray(),
            sets.ToEquatableArray(),
            last,
            readsItem(messageSources),
            messageSources);
    }

    /// <summary>The names a method that reads a finding afresh has: the report, the context and the item (no locals of the check).</summary>
    private PlanScope DetachedScope()
    {
        var scope = new PlanScope(null);
        scope.Define(PlanScope.ReportKey, new PlanBinding(GeneratedNames.Report, Type(_schema.RootType), Shape.Model));
        scope.Define(PlanScope.ContextKey, new PlanBinding(GeneratedNames.Context, "ValidationContext", Shape.Model));
        if (_rule.ForEach is { } loop) scope.Define(Lowering.VariableKey(loop.Variable), new PlanBinding(GeneratedNames.Item, Type(loop.Collection.Type.TypeName!), Shape.Model));
        return scope;
    }

    private static PEvidence Source(PExpr expression) => expression is PCall call ? new PEvidence(null, call) : new PEvidence(expression, null);

    /// <summary>
    /// The item's evidence, or else the object's holding the collection: an item the document never
    /// mentions (so has no evidence of its own) is then shown where the document speaks of the whole,
    /// e.g. where “三公”经费 are discussed.
    /// </summary>
    private PExpr ItemEvidence(BoundForEach loop, PlanScope scope)
    {
        var item = scope.Lookup(Lowering.VariableKey(loop.Variable))!;
        var own = new PAccess(item.Name, new[] { new PMember("Evidence", false) }.ToEquatableArray(), true, RuntimePrefix + "Evidence");
        var steps = loop.Collection.Steps;
        if (steps.Count < 2 || loop.Collection.Variable is not null) return own;
        var owner = steps[steps.Count - 2];
        if (owner.Type.Kind != ValueKind.Object || _schema.Type(owner.Type.TypeName!) is not { HasEvidence: true }) return own;
        var access = _lowering.Access(loop.Collection, scope, steps.Count - 1);
        var ownerEvidence = access with { Members = access.Members.Concat(new[] { new PMember("Evidence", access.MayBeNull) }).ToEquatableArray(), MayBeNull = true };
        return new PCoalesce(new PExpr[] { own, ownerEvidence }.ToEquatableArray(), Shape.Model);
    }

    /// <summary>
    /// A let's C# name: its own name when that is a C# identifier (the binder has refused names the
    /// generated code uses), else a numbered one. C# keywords are escaped by the emitter.
    /// </summary>
    private string LetName(string name) =>
        Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(name) ? name : "let" + (++_letFallback).ToString(CultureInfo.InvariantCulture);

    /// <summary>A C# type name as the generated file writes it: model types by their short name (the file imports their namespace).</summary>
    public static string Type(string fullName) =>
        fullName.StartsWith(RuntimePrefix, System.StringComparison.Ordinal) && fullName.IndexOf('.', RuntimePrefix.Length) < 0
            ? fullName.Substring(RuntimePrefix.Length)
            : fullName;

    public static string TypeOf(Shape shape) => shape switch
    {
        Shape.Quantity => "Quantity?",
        Shape.Figure => "Figure?",
        Shape.Text => "string?",
        Shape.Bool => "bool",
        Shape.MaybeBool => "bool?",
        Shape.Count => "int",
        Shape.MaybeCount => "int?",
        Shape.Tolerance => "Tolerance",
        _ => "object?",
    };
}
