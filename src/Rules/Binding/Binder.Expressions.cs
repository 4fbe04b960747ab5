using System.Collections.Generic;
using System.Linq;
using ComplianceGen.Rules.Diagnostics;
using ComplianceGen.Rules.Schema;
using ComplianceGen.Rules.Syntax;

namespace ComplianceGen.Rules.Binding;

public sealed partial class Binder
{
    private BoundExpr? BindCondition(Expr expression, string role)
    {
        var bound = BindExpression(expression);
        if (bound is null) return null;
        if (bound.Type.Kind != ValueKind.Bool)
        {
            Report(DiagnosticCatalog.NotBoolean, expression.Span, role, bound.Type.Describe());
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
            case ImplicationExpr implication:
            {
                var condition = BindCondition(implication.Condition, "若（if）的条件");
                var consequence = BindCondition(implication.Consequence, "则（then）的结论");
                return condition is null || consequence is null ? null : new BoundImplication(condition, consequence, implication.Span);
            }
            case FirstStatedExpr first:
                return BindFirstStated(first);
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
                Report(DiagnosticCatalog.InternalError, expression.Span, "unknown expression " + expression.GetType().Name);
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
            case TextTest.EndsWith:
                text = Expect(test.Text, "文本", ValueKind.Text, ValueKind.Code);
                other = Expect(test.Other, "结尾（ends with）", ValueKind.Text, ValueKind.Code);
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
        return HasKind(bound, expression, role, kinds) ? bound : null;
    }

    private bool HasKind(BoundExpr bound, Expr syntax, string role, params ValueKind[] kinds)
    {
        if (kinds.Contains(bound.Type.Kind)) return true;
        Report(DiagnosticCatalog.ArgumentType, syntax.Span, role, string.Join("或", kinds.Select(BoundType.Describe)), bound.Type.Describe());
        return false;
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
            Report(DiagnosticCatalog.NegatedNonNumber, unary.Span, operand.Type.Describe());
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
            Report(DiagnosticCatalog.ArithmeticTypeMismatch, binary.Span, left.Type.Describe(), right.Type.Describe(), OperatorText(binary.Operator));
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
            Report(DiagnosticCatalog.NotComparable, comparison.Span, left.Type.Describe(), right.Type.Describe(), hint);
            return null;
        }
        BoundTolerance? tolerance = null;
        if (comparison.Tolerance is not null)
        {
            if (!numeric)
            {
                Report(DiagnosticCatalog.ToleranceOnNonNumbers, comparison.Tolerance.Span, left.Type.Describe());
                return null;
            }
            tolerance = BindTolerance(comparison.Tolerance, left.Type.Kind);
            if (tolerance is null) return null;
        }
        return new BoundComparison(comparison.Operator, left, right, tolerance, comparison.Span);
    }

    private BoundExpr? BindPredicate(PredicateExpr predicate)
    {
        var operand = predicate.Operand is PathExpr path ? BindPath(path, allowCollectionEnd: true) : BindExpression(predicate.Operand);
        if (operand is null) return null;
        if (predicate.Kind == PredicateKind.Declared)
        {
            var type = operand is BoundPath && operand.Type.Kind == ValueKind.Object ? _schema.Type(operand.Type.TypeName!) : null;
            if (type is null || !type.IsDeclarable)
            {
                Report(DiagnosticCatalog.NotDeclarable, predicate.Operand.Span, (predicate.Operand as PathExpr)?.Text ?? "表达式");
                return null;
            }
        }
        else if (operand is not (BoundPath or BoundCatalogName or BoundFirstStated or BoundLetReference))
        {
            Report(DiagnosticCatalog.StatedNeedsFact, predicate.Span, operand.Type.Describe());
            return null;
        }
        return new BoundPredicate(predicate.Kind, predicate.Negated, operand, predicate.Span);
    }

    private static readonly ValueKind[] Alternatives = { ValueKind.Amount, ValueKind.Share, ValueKind.Number, ValueKind.Text, ValueKind.Code };

    private BoundExpr? BindFirstStated(FirstStatedExpr first)
    {
        var bound = new List<BoundExpr>();
        foreach (var alternative in first.Alternatives)
        {
            var value = BindExpression(alternative);
            if (value is null) return null;
            if (bound.Count == 0)
            {
                if (!HasKind(value, alternative, "首个已说明（first stated）的各项", Alternatives)) return null;
            }
            else if (value.Type.Kind != bound[0].Type.Kind)
            {
                Report(DiagnosticCatalog.FirstStatedTypesDiffer, alternative.Span, bound[0].Type.Describe(), value.Type.Describe());
                return null;
            }
            bound.Add(value);
        }
        return new BoundFirstStated(bound.ToEquatableArray(), first.Alternatives.Select(a => SourceText(a.Span)).ToEquatableArray(), bound[0].Type, first.Span);
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
        var bound = BindPath(path, allowCollectionEnd: true);
        _inAggregate = wasInAggregate;
        if (bound is null) return null;
        if (bound is not BoundPath { CollectionIndex: not null } source)
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
            if (_scope.Defines(aggregate.Variable)) Report(DiagnosticCatalog.DuplicateVariable, aggregate.VariableSpan, aggregate.Variable);
            _scope.Push(new Scope.Variable(aggregate.Variable, source.Type.TypeName!, LinesFor(source), IsLoop: false));
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
                    Report(DiagnosticCatalog.SumOfNonNumbers, aggregate.Selector!.Span, selector.Type.Describe());
                    return null;
                }
                return new BoundAggregate(AggregateKind.Sum, aggregate.Variable, source, where, selector.Type, aggregate.Span, selector);
            case AggregateKind.Sum:
                if (!source.Type.IsNumeric)
                {
                    Report(DiagnosticCatalog.SumOfNonNumbers, path.Span, source.Type.Describe());
                    return null;
                }
                return new BoundAggregate(AggregateKind.Sum, null, source, null, source.Type, aggregate.Span);
            case AggregateKind.Distinct:
            {
                var key = selector ?? source;
                var keySyntax = aggregate.Selector ?? path;
                if (selector is null && source.Type.Kind == ValueKind.Collection)
                {
                    Report(DiagnosticCatalog.ArgumentType, path.Span, "各不相同（distinct）比较的键", "文本、编码或数", source.Type.Describe());
                    return null;
                }
                if (!HasKind(key, keySyntax, "各不相同（distinct）比较的键", ValueKind.Text, ValueKind.Code, ValueKind.Number)) return null;
                return new BoundAggregate(AggregateKind.Distinct, aggregate.Variable, source, where, BoundType.Bool, aggregate.Span, selector);
            }
            case AggregateKind.Count:
                return new BoundAggregate(AggregateKind.Count, aggregate.Variable, source, where, BoundType.Number, aggregate.Span);
            default:
                return new BoundAggregate(aggregate.Kind, aggregate.Variable, source, where, BoundType.Bool, aggregate.Span);
        }
    }
}
