using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ComplianceGen.Rules.Diagnostics;
using ComplianceGen.Rules.Parsing;
using ComplianceGen.Rules.Schema;
using ComplianceGen.Rules.Syntax;

namespace ComplianceGen.Rules.Binding;

/// <summary>The binder's output for one rule file: the rules that bound cleanly and every diagnostic.</summary>
public sealed record BoundRuleFile(string Path, EquatableArray<BoundRule> Rules, EquatableArray<RuleDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Resolves the names in a parsed rule file against the model schema — C# member names or
/// Chinese terms — checks types, and reports located errors with the nearest known name as a
/// suggestion. A rule with an error is left out; the file's other rules still bind.
/// </summary>
public sealed class Binder
{
    /// <summary>
    /// The longest field or variable name. Model names are far shorter, and a name never becomes a C#
    /// identifier (C# allows 512 characters), but a longer one is reported as what it is, once,
    /// rather than echoed whole in an "unknown field" message.
    /// </summary>
    public const int MaxNameLength = 128;

    private readonly ModelSchema _schema;
    private readonly string _path;
    private readonly List<RuleDiagnostic> _diagnostics = new();
    private readonly Scope _scope = new();
    private string _ruleText = "";
    private int _ruleStart;
    private bool _inAggregate;

    private Binder(ModelSchema schema, string path)
    {
        _schema = schema;
        _path = path;
    }

    public static BoundRuleFile Bind(ParsedRuleFile parsed, ModelSchema schema)
    {
        var binder = new Binder(schema, parsed.Path);
        var rules = new List<BoundRule>();
        try
        {
            if (schema.Error is not null)
            {
                binder._diagnostics.Add(RuleDiagnostic.Create(DiagnosticCatalog.InternalError, parsed.Path, new SourceSpan(0, 0, 1, 1, 1, 1), schema.Error));
            }
            else if (schema.Root is null)
            {
                binder._diagnostics.Add(RuleDiagnostic.Create(DiagnosticCatalog.NoReportModel, parsed.Path, new SourceSpan(0, 0, 1, 1, 1, 1)));
            }
            else
            {
                foreach (var rule in parsed.Syntax.Rules)
                {
                    var bound = binder.BindGuarded(rule, parsed.Syntax.Header);
                    if (bound is not null) rules.Add(bound);
                }
            }
        }
        catch (Exception exception)
        {
            binder._diagnostics.Add(RuleDiagnostic.Create(DiagnosticCatalog.InternalError, parsed.Path, new SourceSpan(0, 0, 1, 1, 1, 1), exception.GetType().Name + ": " + exception.Message));
        }
        var diagnostics = parsed.Diagnostics.Concat(binder._diagnostics).ToEquatableArray();
        return new BoundRuleFile(parsed.Path, rules.ToEquatableArray(), diagnostics);
    }

    /// <summary>
    /// Binds one rule. The parser already refused trees deeper than <see cref="NestingLimits.MaxDepth"/>;
    /// should the thread's stack still run low (a very small stack), the rule gets CG0008 and the
    /// file's other rules still bind.
    /// </summary>
    private BoundRule? BindGuarded(RuleSyntax rule, RuleSetHeader? header)
    {
        try
        {
            return BindRule(rule, header);
        }
        catch (InsufficientExecutionStackException)
        {
            _scope.Clear();
            _inAggregate = false;
            Report(DiagnosticCatalog.NestedTooDeeply, rule.IdSpan, NestingLimits.MaxBrackets, NestingLimits.MaxDepth);
            return null;
        }
    }

    private void Report(DiagnosticDescriptorInfo descriptor, SourceSpan span, params object[] args) =>
        _diagnostics.Add(RuleDiagnostic.Create(descriptor, _path, span, args));

    private BoundRule? BindRule(RuleSyntax rule, RuleSetHeader? header)
    {
        int errorsBefore = _diagnostics.Count(d => d.IsError);
        _ruleText = rule.Text;
        _ruleStart = rule.Span.Start;

        if (!RuleIds.IsValid(rule.Id)) Report(DiagnosticCatalog.InvalidRuleId, rule.IdSpan, rule.Id);

        RuleSeverity? severity = null;
        EquatableArray<KindReference>? kinds = null;
        string? citation = null;
        YearRange? years = null;
        BoundExpr? when = null;
        string whenText = "";
        BoundForEach? forEach = null;
        var requirements = new List<(RequireClause Clause, BoundExpr? Bound)>();
        MessageClause? message = null;
        var examples = new List<ExampleSyntax>();

        void Once(bool already, RuleClause clause, string name)
        {
            if (already) Report(DiagnosticCatalog.RepeatedClause, clause.Span, rule.Id, name);
        }

        // Bind the loop first: requirements and the message may use its variable wherever they are written.
        var forEachClauses = rule.Clauses.OfType<ForEachRuleClause>().ToList();
        foreach (var clause in forEachClauses.Skip(1)) Report(DiagnosticCatalog.RepeatedClause, clause.Span, rule.Id, "for each / 对每个");
        if (forEachClauses.Count > 0)
        {
            forEach = BindForEach(forEachClauses[0].ForEach);
            // Without its loop the rule's other clauses would only repeat the error as unknown variables.
            if (forEach is null) return null;
        }
        bool pushed = forEach is not null;
        if (pushed) _scope.Push(forEach!.Variable, forEach.Collection.Type.TypeName!);

        try
        {
            foreach (var clause in rule.Clauses)
            {
                switch (clause)
                {
                    case SeverityClause s:
                        Once(severity is not null, clause, "severity / 级别");
                        severity = s.Severity;
                        break;
                    case AppliesToClause a:
                        Once(kinds is not null, clause, "applies-to / 适用于");
                        kinds = a.Kinds;
                        break;
                    case CiteClause c:
                        Once(citation is not null, clause, "cite / 依据");
                        citation = c.Citation;
                        break;
                    case YearsClause y:
                        Once(years is not null, clause, "years / 适用年度");
                        years = y.Years;
                        break;
                    case WhenClause w:
                        Once(when is not null, clause, "when / 当");
                        // The condition is about the report as a whole: it is evaluated before the loop.
                        if (pushed) _scope.Pop();
                        when = BindCondition(w.Condition, "当（when）");
                        if (pushed) _scope.Push(forEach!.Variable, forEach.Collection.Type.TypeName!);
                        whenText = SourceText(w.Condition.Span);
                        break;
                    case RequireClause r:
                        requirements.Add((r, BindCondition(r.Condition, "要求（require）")));
                        break;
                    case MessageClause m:
                        Once(message is not null, clause, "message / 消息");
                        message = m;
                        break;
                    case ExampleClause e:
                        examples.Add(e.Example);
                        break;
                }
            }

            var messageParts = BindMessage(message?.Message, rule.Title);

            if (severity is null) Report(DiagnosticCatalog.MissingSeverity, rule.IdSpan, rule.Id);
            if (requirements.Count == 0) Report(DiagnosticCatalog.MissingRequire, rule.IdSpan, rule.Id);

            var range = years ?? header?.Years;
            if (range is { First: int first, Last: int last } && first > last) Report(DiagnosticCatalog.InvalidYears, range.Span, $"{first}..{last}");

            citation ??= header?.Citation;
            if (string.IsNullOrWhiteSpace(citation)) Report(DiagnosticCatalog.MissingCitation, rule.IdSpan, rule.Id);

            if (!examples.Any(e => e.Expectation == ExampleExpectation.Fail))
                Report(DiagnosticCatalog.MissingExample, rule.IdSpan, rule.Id, "不通过", "fail");
            if (!examples.Any(e => e.Expectation == ExampleExpectation.Pass))
                Report(DiagnosticCatalog.MissingExample, rule.IdSpan, rule.Id, "通过", "pass");

            if (_diagnostics.Count(d => d.IsError) > errorsBefore || severity is null) return null;

            var kindList = (kinds ?? header?.AppliesTo ?? EquatableArray<KindReference>.Empty).Select(k => k.Kind).Distinct().ToEquatableArray();
            return new BoundRule(
                rule.Id,
                RuleIds.ClassName(rule.Id),
                rule.Title,
                severity.Value,
                kindList,
                range?.First,
                range?.Last,
                citation ?? "",
                header?.Name ?? "",
                header?.Title ?? "",
                rule.Span.Line,
                rule.Text,
                when,
                whenText,
                forEach,
                requirements.Select(r => new BoundRequirement(r.Bound!, SourceText(r.Clause.Condition.Span), r.Clause.Span.Line)).ToEquatableArray(),
                messageParts,
                examples.ToEquatableArray());
        }
        finally
        {
            if (pushed) _scope.Pop();
        }
    }

    private string SourceText(SourceSpan span)
    {
        int start = span.Start - _ruleStart;
        if (start < 0 || start + span.Length > _ruleText.Length) return "";
        return Collapse(_ruleText.Substring(start, span.Length));
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) { space = builder.Length > 0; continue; }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    private BoundForEach? BindForEach(ForEachClause clause)
    {
        if (IsTooLong(clause.Variable, clause.VariableSpan)) return null;
        if (_scope.TryGet(clause.Variable, out _) || _schema.Root!.Find(clause.Variable) is not null)
            Report(DiagnosticCatalog.DuplicateVariable, clause.VariableSpan, clause.Variable);

        if (clause.Collection is not PathExpr path)
        {
            Report(DiagnosticCatalog.NotACollection, clause.Collection.Span, "表达式（expression）");
            return null;
        }
        var bound = BindPath(path, allowCollectionEnd: true);
        if (bound is null) return null;
        if (bound.Type.Kind != ValueKind.Collection || bound.CollectionIndex is not null && bound.CollectionIndex != bound.Steps.Count - 1)
        {
            Report(DiagnosticCatalog.NotACollection, path.Span, path.Text);
            return null;
        }

        BoundExpr? where = null;
        if (clause.Where is not null)
        {
            _scope.Push(clause.Variable, bound.Type.TypeName!);
            where = BindCondition(clause.Where, "满足（where）");
            _scope.Pop();
        }
        return new BoundForEach(clause.Variable, bound, where, clause.Where is null ? "" : SourceText(clause.Where.Span));
    }

    private EquatableArray<BoundMessagePart> BindMessage(MessageTemplate? message, string title)
    {
        if (message is null) return new[] { new BoundMessagePart(title, null) }.ToEquatableArray();
        var parts = new List<BoundMessagePart>();
        foreach (var part in message.Parts)
        {
            if (part.Expression is null)
            {
                parts.Add(new BoundMessagePart(part.Text, null));
                continue;
            }
            var bound = BindExpression(part.Expression);
            if (bound is null) continue;
            if (bound.Type.Kind is ValueKind.Object or ValueKind.Collection)
            {
                Report(DiagnosticCatalog.TypeMismatch, part.Expression.Span, $"消息占位符须为可打印的值，实际为{bound.Type.Describe()}");
                continue;
            }
            parts.Add(new BoundMessagePart(null, bound));
        }
        return parts.ToEquatableArray();
    }

    private BoundExpr? BindCondition(Expr expression, string where)
    {
        var bound = BindExpression(expression);
        if (bound is null) return null;
        if (bound.Type.Kind != ValueKind.Bool)
        {
            Report(DiagnosticCatalog.NotBoolean, expression.Span, where, bound.Type.Describe());
            return null;
        }
        return bound;
    }

    private BoundExpr? BindExpression(Expr expression)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (expression)
        {
            case PathExpr path:
                return BindPath(path, allowCollectionEnd: false);
            case NumberLiteral number:
                return new BoundNumber(number.Value, number.Text, number.Span);
            case PercentLiteral percent:
                return new BoundPercent(percent.Value, percent.Text, percent.Span);
            case AmountLiteral amount:
                if (!LiteralRange.AmountFits(amount.Value, amount.Unit))
                {
                    Report(DiagnosticCatalog.InvalidNumber, amount.Span, amount.Text + LiteralRange.UnitText(amount.Unit));
                    return null;
                }
                return new BoundAmountLiteral(amount.Value, amount.Text, amount.Unit, amount.Span);
            case StringLiteral text:
                return new BoundString(text.Value, text.Span);
            case UnaryExpr unary:
                return BindUnary(unary);
            case BinaryExpr binary:
                return BindBinary(binary);
            case ComparisonExpr comparison:
                return BindComparison(comparison);
            case PredicateExpr predicate:
                return BindPredicate(predicate);
            case MatchesCatalogExpr matches:
            {
                var name = Expect(matches.Name, "名称", ValueKind.Text);
                var code = Expect(matches.Code, "编码", ValueKind.Code, ValueKind.Text);
                var year = Expect(matches.Year, "年度", ValueKind.Number);
                return name is null || code is null || year is null ? null : new BoundMatchesCatalog(name, code, year, matches.Span);
            }
            case CatalogNameExpr catalog:
            {
                var code = Expect(catalog.Code, "编码", ValueKind.Code, ValueKind.Text);
                var year = Expect(catalog.Year, "年度", ValueKind.Number);
                return code is null || year is null ? null : new BoundCatalogName(code, year, catalog.Span);
            }
            case TextTestExpr test:
                return BindTextTest(test);
            case AggregateExpr aggregate:
                return BindAggregate(aggregate);
            default:
                Report(DiagnosticCatalog.TypeMismatch, expression.Span, "无法识别的表达式");
                return null;
        }
    }

    private BoundExpr? BindTextTest(TextTestExpr test)
    {
        BoundExpr? text, other;
        switch (test.Test)
        {
            case TextTest.Contains:
                text = Expect(test.Text, "文本", ValueKind.Text, ValueKind.Code);
                other = Expect(test.Other, "文本", ValueKind.Text);
                break;
            case TextTest.StartsWith:
                text = Expect(test.Text, "文本", ValueKind.Text, ValueKind.Code);
                other = Expect(test.Other, "开头（starts with）", ValueKind.Text, ValueKind.Code);
                break;
            default:
                text = Expect(test.Text, "单位名称", ValueKind.Text);
                other = Expect(test.Other, "单位名称", ValueKind.Text);
                break;
        }
        return text is null || other is null ? null : new BoundTextTest(test.Test, text, other, test.Span);
    }

    private BoundExpr? Expect(Expr expression, string role, params ValueKind[] kinds)
    {
        var bound = BindExpression(expression);
        if (bound is null) return null;
        if (!kinds.Contains(bound.Type.Kind))
        {
            Report(DiagnosticCatalog.TypeMismatch, expression.Span,
                $"{role}须为{string.Join("或", kinds.Select(k => new BoundType(k).Describe()))}，实际为{bound.Type.Describe()}");
            return null;
        }
        return bound;
    }

    private BoundExpr? BindUnary(UnaryExpr unary)
    {
        var operand = BindExpression(unary.Operand);
        if (operand is null) return null;
        if (unary.Operator == UnaryOperator.Not)
        {
            if (operand.Type.Kind != ValueKind.Bool)
            {
                Report(DiagnosticCatalog.NotBoolean, unary.Operand.Span, "非（not）的操作数", operand.Type.Describe());
                return null;
            }
            return new BoundUnary(UnaryOperator.Not, operand, BoundType.Bool, unary.Span);
        }
        if (!operand.Type.IsNumeric)
        {
            Report(DiagnosticCatalog.TypeMismatch, unary.Span, $"负号只能用于数值，实际为{operand.Type.Describe()}");
            return null;
        }
        return new BoundUnary(UnaryOperator.Negate, operand, operand.Type, unary.Span);
    }

    private BoundExpr? BindBinary(BinaryExpr binary)
    {
        var left = BindExpression(binary.Left);
        var right = BindExpression(binary.Right);
        if (left is null || right is null) return null;

        if (binary.Operator is BinaryOperator.And or BinaryOperator.Or)
        {
            foreach (var (side, syntax) in new[] { (left, binary.Left), (right, binary.Right) })
            {
                if (side.Type.Kind != ValueKind.Bool)
                {
                    Report(DiagnosticCatalog.NotBoolean, syntax.Span, binary.Operator == BinaryOperator.And ? "且（and）的两边" : "或（or）的两边", side.Type.Describe());
                    return null;
                }
            }
            return new BoundBinary(binary.Operator, left, right, BoundType.Bool, binary.Span);
        }

        var result = ArithmeticType(binary.Operator, left.Type.Kind, right.Type.Kind);
        if (result is null)
        {
            Report(DiagnosticCatalog.TypeMismatch, binary.Span,
                $"不能对{left.Type.Describe()}和{right.Type.Describe()}做“{OperatorText(binary.Operator)}”运算");
            return null;
        }
        return new BoundBinary(binary.Operator, left, right, new BoundType(result.Value), binary.Span);
    }

    /// <summary>The arithmetic the language allows; these mirror ComplianceGen.Runtime.Quantity's operators.</summary>
    public static ValueKind? ArithmeticType(BinaryOperator op, ValueKind left, ValueKind right)
    {
        bool numeric(ValueKind k) => k is ValueKind.Amount or ValueKind.Share or ValueKind.Number;
        if (!numeric(left) || !numeric(right)) return null;
        switch (op)
        {
            case BinaryOperator.Add:
            case BinaryOperator.Subtract:
                return left == right ? left : null;
            case BinaryOperator.Multiply:
                if (left == ValueKind.Amount && right == ValueKind.Amount) return null;
                if (left == ValueKind.Amount || right == ValueKind.Amount) return ValueKind.Amount;
                if (left == ValueKind.Share || right == ValueKind.Share) return ValueKind.Share;
                return ValueKind.Number;
            case BinaryOperator.Divide:
                if (left == ValueKind.Amount && right == ValueKind.Amount) return ValueKind.Share;
                if (left == ValueKind.Share && right == ValueKind.Share) return ValueKind.Number;
                if (right == ValueKind.Number) return left;
                return null;
            default:
                return null;
        }
    }

    private static string OperatorText(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "−",
        BinaryOperator.Multiply => "×",
        BinaryOperator.Divide => "÷",
        _ => op.ToString(),
    };

    private BoundExpr? BindComparison(ComparisonExpr comparison)
    {
        var left = BindExpression(comparison.Left);
        var right = BindExpression(comparison.Right);
        if (left is null || right is null) return null;

        bool ordering = comparison.Operator is not (CompareOperator.Equal or CompareOperator.NotEqual);
        bool numeric = left.Type.IsNumeric && right.Type.IsNumeric && left.Type.Kind == right.Type.Kind;
        bool textual = (left.Type.Kind is ValueKind.Text or ValueKind.Code) && (right.Type.Kind is ValueKind.Text or ValueKind.Code);
        bool boolean = left.Type.Kind == ValueKind.Bool && right.Type.Kind == ValueKind.Bool;

        if (!(numeric || (!ordering && (textual || boolean))))
        {
            string hint = left.Type.Kind == ValueKind.Share && right.Type.Kind == ValueKind.Number ? "（占比请写成百分数，如 100%）" : "";
            Report(DiagnosticCatalog.TypeMismatch, comparison.Span, $"不能比较{left.Type.Describe()}与{right.Type.Describe()}{hint}");
            return null;
        }
        if (comparison.Tolerance is not null && !numeric)
        {
            Report(DiagnosticCatalog.TypeMismatch, comparison.Tolerance.Span, "误差（within）只能用于数值比较");
            return null;
        }
        if (comparison.Tolerance is not null && !LiteralRange.ToleranceFits(comparison.Tolerance))
        {
            Report(DiagnosticCatalog.InvalidNumber, comparison.Tolerance.Span, comparison.Tolerance.Text);
            return null;
        }
        return new BoundComparison(comparison.Operator, left, right, comparison.Tolerance, comparison.Span);
    }

    private BoundExpr? BindPredicate(PredicateExpr predicate)
    {
        var operand = predicate.Operand is PathExpr path ? BindPath(path, allowCollectionEnd: true) : BindExpression(predicate.Operand);
        if (operand is null) return null;
        if (predicate.Kind == PredicateKind.Declared)
        {
            var type = operand.Type.Kind == ValueKind.Object ? _schema.Type(operand.Type.TypeName!) : null;
            if (type is null || !type.IsDeclarable)
            {
                Report(DiagnosticCatalog.NotDeclarable, predicate.Operand.Span, (predicate.Operand as PathExpr)?.Text ?? "表达式");
                return null;
            }
        }
        else if (operand is not BoundPath && operand is not BoundCatalogName)
        {
            Report(DiagnosticCatalog.TypeMismatch, predicate.Span, "“已说明”（is stated）只能用于文档中的事实（字段路径）");
            return null;
        }
        return new BoundPredicate(predicate.Kind, predicate.Negated, operand, predicate.Span);
    }

    private BoundExpr? BindAggregate(AggregateExpr aggregate)
    {
        if (aggregate.Source is not PathExpr path)
        {
            Report(DiagnosticCatalog.NotACollection, aggregate.Source.Span, "表达式（expression）");
            return null;
        }
        bool wasInAggregate = _inAggregate;
        _inAggregate = true;
        var source = BindPath(path, allowCollectionEnd: true);
        _inAggregate = wasInAggregate;
        if (source is null) return null;
        if (source.CollectionIndex is null)
        {
            Report(DiagnosticCatalog.NotACollection, path.Span, path.Text);
            return null;
        }

        BoundExpr? where = null, selector = null;
        if (aggregate.Variable is not null)
        {
            if (source.Type.Kind != ValueKind.Collection)
            {
                Report(DiagnosticCatalog.NotACollection, path.Span, path.Text);
                return null;
            }
            if (IsTooLong(aggregate.Variable, aggregate.VariableSpan)) return null;
            if (_scope.TryGet(aggregate.Variable, out _)) Report(DiagnosticCatalog.DuplicateVariable, aggregate.VariableSpan, aggregate.Variable);
            _scope.Push(aggregate.Variable, source.Type.TypeName!);
            if (aggregate.Where is not null) where = BindCondition(aggregate.Where, "满足（where）");
            if (aggregate.Selector is not null) selector = BindExpression(aggregate.Selector);
            _scope.Pop();
            if (aggregate.Where is not null && where is null) return null;
            if (aggregate.Selector is not null && selector is null) return null;
        }

        switch (aggregate.Kind)
        {
            case AggregateKind.Sum when selector is not null:
                if (!selector.Type.IsNumeric)
                {
                    Report(DiagnosticCatalog.TypeMismatch, aggregate.Selector!.Span, $"合计（sum）须作用于金额、占比或数，实际为{selector.Type.Describe()}");
                    return null;
                }
                return new BoundAggregate(AggregateKind.Sum, aggregate.Variable, source, where, selector.Type, aggregate.Span, selector);
            case AggregateKind.Sum:
                if (!source.Type.IsNumeric)
                {
                    Report(DiagnosticCatalog.TypeMismatch, path.Span, $"合计（sum）须作用于金额、占比或数，实际为{source.Type.Describe()}");
                    return null;
                }
                return new BoundAggregate(AggregateKind.Sum, null, source, null, source.Type, aggregate.Span);
            case AggregateKind.Count:
                return new BoundAggregate(AggregateKind.Count, aggregate.Variable, source, where, BoundType.Number, aggregate.Span);
            default:
                return new BoundAggregate(aggregate.Kind, aggregate.Variable, source, where, BoundType.Bool, aggregate.Span);
        }
    }

    /// <summary>
    /// Resolves a dotted path. Inside an aggregate it may pass through one collection (the steps
    /// after it apply to each element); elsewhere a path into a collection is an error that names
    /// the collection and says to use for each.
    /// </summary>
    private BoundPath? BindPath(PathExpr path, bool allowCollectionEnd)
    {
        var segments = path.Segments;
        foreach (var segment in segments)
            if (IsTooLong(segment.Name, segment.Span)) return null;
        string? variable = null;
        SchemaType? current;
        int index = 0;
        var steps = new List<BoundStep>();

        if (_scope.TryGet(segments[0].Name, out var variableType))
        {
            variable = segments[0].Name;
            current = _schema.Type(variableType);
            index = 1;
        }
        else
        {
            current = _schema.Root;
        }

        BoundType type = new(ValueKind.Object, current?.FullName);
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
            steps.Add(new BoundStep(member.Name, member.IsNullable, type));
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

        return new BoundPath(variable, steps.ToEquatableArray(), collectionIndex, path.Text, type, path.Span);
    }

    private bool IsTooLong(string name, SourceSpan span)
    {
        if (name.Length <= MaxNameLength) return false;
        Report(DiagnosticCatalog.NameTooLong, span, name.Length, MaxNameLength);
        return true;
    }

    private static string Join(string prefix, string name) => prefix.Length == 0 ? name : prefix + "." + name;
}
