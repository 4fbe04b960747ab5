using System.Linq;
using ComplianceGen.Rules.Syntax;
using Sprache;

namespace ComplianceGen.Rules.Parsing;

/// <summary>
/// Expressions, loosest binding first: if … then, or, and, not, predicates and comparisons (with
/// <c>within</c>), + −, × ÷, unary minus, primaries (literals, calls, paths, parentheses).
/// Operator chains and prefix operators are read in loops and brackets are counted
/// (<see cref="IterativeParsers"/>), so no input can make the parser overflow its stack.
/// </summary>
internal static class ExpressionGrammar
{
    public static readonly Parser<Expr> Expression = Parse.Ref(() => Implication);

    private static Parser<Spanned<string>> Kw(Keywords.Keyword keyword) => Lexer.Keyword(keyword);

    private static readonly Parser<Spanned<string>> Comma = Lexer.Symbol(",", "，");
    private static readonly Parser<Spanned<string>> Open = Lexer.Symbol("(");
    private static readonly Parser<Spanned<string>> Close = Lexer.Symbol(")");

    public static readonly Parser<PathExpr> Path =
        from first in Lexer.Identifier
        from rest in (from dot in Lexer.Symbol(".")
                      from segment in Lexer.Identifier
                      select segment).XMany()
        let segments = new[] { first }.Concat(rest).Select(s => new PathSegment(s.Value, s.Span)).ToArray()
        select new PathExpr(segments.ToEquatableArray(), SourceSpan.Covering(first.Span, segments[segments.Length - 1].Span));

    private static readonly Parser<(SourceSpan Span, UnitSyntax? Unit)> Suffix =
        Lexer.Symbol("%", "％").Select(s => (s.Span, (UnitSyntax?)null))
            .XOr(Kw(Keywords.WanYuan).Select(k => (k.Span, (UnitSyntax?)UnitSyntax.WanYuan)))
            .XOr(Kw(Keywords.YiYuan).Select(k => (k.Span, (UnitSyntax?)UnitSyntax.YiYuan)))
            .XOr(Kw(Keywords.Yuan).Select(k => (k.Span, (UnitSyntax?)UnitSyntax.Yuan)));

    private static readonly Parser<Expr> NumberLiteral =
        from number in Lexer.Number
        from suffix in Suffix.XOptional()
        select !suffix.IsDefined
            ? new NumberLiteral(number.Value.Value, number.Value.Text, number.Span)
            : suffix.Get().Unit is { } unit
                ? new AmountLiteral(number.Value.Value, number.Value.Text, unit, Spanning(number.Span, suffix.Get().Span))
                : (Expr)new PercentLiteral(number.Value.Value, number.Value.Text, Spanning(number.Span, suffix.Get().Span));

    private static readonly Parser<Expr> StringLiteral =
        Lexer.String.XOr(Lexer.ChineseQuoted).Select(s => (Expr)new StringLiteral(s.Value, s.Span));

    // The parentheses belong to the expression's span: a condition's text is cut from the rule file
    // by span, and "(a or b) and c" must not lose its opening parenthesis.
    private static readonly Parser<Expr> Parenthesized = IterativeParsers.Nested(
        from open in Open
        from inner in Expression
        from close in Close
        select inner with { Span = SourceSpan.Covering(open.Span, close.Span) });

    private static readonly Parser<Expr> CatalogCall = IterativeParsers.Nested(
        from keyword in Kw(Keywords.Catalog)
        from open in Open
        from code in Expression
        from comma in Comma
        from year in Expression
        from close in Close
        select (Expr)new CatalogNameExpr(code, year, SourceSpan.Covering(keyword.Span, close.Span)));

    /// <summary><c>x in path [where condition]</c> inside any/all/count.</summary>
    private static readonly Parser<(Spanned<string> Variable, Expr Source, Expr? Where)> Quantified =
        from variable in Lexer.Identifier
        from @in in Kw(Keywords.In)
        from source in Expression
        from filter in (from w in Kw(Keywords.Where) from condition in Expression select condition).XOptional()
        select (variable, source, filter.IsDefined ? filter.Get() : null);

    private static Parser<Expr> Aggregate(Keywords.Keyword keyword, AggregateKind kind, bool quantified, bool plain)
    {
        Parser<(Spanned<string>? Variable, Expr Source, Expr? Where)> body;
        var quantifiedBody = Quantified.Select(q => ((Spanned<string>?)q.Variable, q.Source, q.Where));
        var plainBody = Expression.Select(e => ((Spanned<string>?)null, e, (Expr?)null));
        body = quantified && plain ? quantifiedBody.Or(plainBody) : quantified ? quantifiedBody : plainBody;
        return IterativeParsers.Nested(
            from name in Kw(keyword)
            from open in Open
            from content in body
            from close in Close
            select (Expr)new AggregateExpr(
                kind,
                content.Variable?.Value,
                content.Variable?.Span ?? default,
                content.Source,
                content.Where,
                null,
                SourceSpan.Covering(name.Span, close.Span)));
    }

    /// <summary>
    /// <c>sum(x in path [where condition], selector)</c>, adding up the selector over the elements kept, and
    /// <c>distinct(x in path [where condition], key)</c>, whether every element kept states its key and no two are the same.
    /// </summary>
    private static Parser<Expr> Selecting(Keywords.Keyword keyword, AggregateKind kind) => IterativeParsers.Nested(
        from name in Kw(keyword)
        from open in Open
        from quantified in Quantified
        from comma in Comma
        from selector in Expression
        from close in Close
        select (Expr)new AggregateExpr(
            kind,
            quantified.Variable.Value,
            quantified.Variable.Span,
            quantified.Source,
            quantified.Where,
            selector,
            SourceSpan.Covering(name.Span, close.Span)));

    private static readonly Parser<Expr> SelectingSum = Selecting(Keywords.Sum, AggregateKind.Sum);

    private static readonly Parser<Expr> KeyedDistinct = Selecting(Keywords.Distinct, AggregateKind.Distinct);

    /// <summary><c>first stated(a, b, …)</c>: two alternatives at least.</summary>
    private static readonly Parser<Expr> FirstStated = IterativeParsers.Nested(
        from name in Kw(Keywords.FirstStated)
        from open in Open
        from first in Expression
        from rest in (from comma in Comma from alternative in Expression select alternative).AtLeastOnce()
        from close in Close
        select (Expr)new FirstStatedExpr(new[] { first }.Concat(rest).ToEquatableArray(), SourceSpan.Covering(name.Span, close.Span)));

    // Calls are tried before paths: "合计(" is the sum, a lone "合计" after a dot is a field.
    private static readonly Parser<Expr> Call =
        SelectingSum
            .Or(KeyedDistinct)
            .Or(Aggregate(Keywords.Distinct, AggregateKind.Distinct, quantified: false, plain: true))
            .Or(FirstStated)
            .Or(Aggregate(Keywords.Sum, AggregateKind.Sum, quantified: false, plain: true))
            .Or(Aggregate(Keywords.Count, AggregateKind.Count, quantified: true, plain: true))
            .Or(Aggregate(Keywords.Any, AggregateKind.Any, quantified: true, plain: false))
            .Or(Aggregate(Keywords.All, AggregateKind.All, quantified: true, plain: false))
            .Or(CatalogCall);

    private static readonly Parser<Expr> Primary =
        Parenthesized
            .XOr(NumberLiteral)
            .XOr(StringLiteral)
            .XOr(Call.Or(Path.Select(p => (Expr)p)));

    private static readonly Parser<Expr> Unary = IterativeParsers.Prefixed(
        Lexer.Symbol("-", "−"), Primary,
        (minus, operand) => (Expr)new UnaryExpr(UnaryOperator.Negate, operand, Spanning(minus.Span, operand.Span)));

    private static readonly Parser<BinaryOperator> MultiplicativeOperator =
        Lexer.Symbol("*", "×").Return(BinaryOperator.Multiply).XOr(Lexer.Symbol("/", "÷").Return(BinaryOperator.Divide));

    private static readonly Parser<BinaryOperator> AdditiveOperator =
        Lexer.Symbol("+").Return(BinaryOperator.Add).XOr(Lexer.Symbol("-", "−").Return(BinaryOperator.Subtract));

    private static readonly Parser<Expr> Multiplicative =
        IterativeParsers.LeftChain(MultiplicativeOperator, Unary, Binary);

    private static readonly Parser<Expr> Additive =
        IterativeParsers.LeftChain(AdditiveOperator, Multiplicative, Binary);

    private static readonly Parser<CompareOperator> CompareOperator =
        Lexer.Symbol("==", "=").Return(Syntax.CompareOperator.Equal)
            .XOr(Lexer.Symbol("!=", "≠", "<>").Return(Syntax.CompareOperator.NotEqual))
            .XOr(Lexer.Symbol("<=", "≤").Return(Syntax.CompareOperator.LessOrEqual))
            .XOr(Lexer.Symbol(">=", "≥").Return(Syntax.CompareOperator.GreaterOrEqual))
            .XOr(Lexer.Symbol("<").Return(Syntax.CompareOperator.Less))
            .XOr(Lexer.Symbol(">").Return(Syntax.CompareOperator.Greater));

    private static readonly Parser<Spanned<string>> Percent = Lexer.Symbol("%", "％");

    /// <summary>An English unit is written apart from its number ("0.1 points"), a Chinese one joined ("0.1个百分点").</summary>
    private static string Spaced(string unit) => unit.Length > 0 && unit[0] < 128 && unit != "%" ? " " + unit : unit;

    /// <summary>
    /// One tolerance: <c>舍入</c>, <c>相对 1%</c>, <c>0.1个百分点</c>, <c>0.5万元</c>, a plain number, or v1's
    /// bare <c>1%</c> (kept apart so the binder can say what it should be written as).
    /// </summary>
    private static readonly Parser<TolerancePart> TolerancePart =
        Kw(Keywords.Rounding).Select(r => new TolerancePart(ToleranceSyntaxKind.Rounding, 0m, r.Value, null, r.Span))
            .XOr(from relative in Kw(Keywords.Relative)
                 from number in Lexer.Number
                 from percent in Percent
                 select new TolerancePart(ToleranceSyntaxKind.Relative, number.Value.Value, relative.Value + " " + number.Value.Text + "%", null,
                     SourceSpan.Covering(relative.Span, percent.Span)))
            .XOr(from number in Lexer.Number
                 from suffix in Kw(Keywords.Points).Select(k => (Kind: ToleranceSyntaxKind.Points, Unit: (UnitSyntax?)null, k.Span, k.Value))
                     .XOr(Kw(Keywords.WanYuan).Select(k => (Kind: ToleranceSyntaxKind.Amount, Unit: (UnitSyntax?)UnitSyntax.WanYuan, k.Span, k.Value)))
                     .XOr(Kw(Keywords.YiYuan).Select(k => (Kind: ToleranceSyntaxKind.Amount, Unit: (UnitSyntax?)UnitSyntax.YiYuan, k.Span, k.Value)))
                     .XOr(Kw(Keywords.Yuan).Select(k => (Kind: ToleranceSyntaxKind.Amount, Unit: (UnitSyntax?)UnitSyntax.Yuan, k.Span, k.Value)))
                     .XOr(Percent.Select(p => (Kind: ToleranceSyntaxKind.BarePercent, Unit: (UnitSyntax?)null, p.Span, Value: "%")))
                     .XOptional()
                 select suffix.IsDefined
                     ? new TolerancePart(suffix.Get().Kind, number.Value.Value, number.Value.Text + Spaced(suffix.Get().Value), suffix.Get().Unit, SourceSpan.Covering(number.Span, suffix.Get().Span))
                     : new TolerancePart(ToleranceSyntaxKind.Plain, number.Value.Value, number.Value.Text, null, number.Span));

    /// <summary>
    /// What may follow a complete comparison. A tolerance part after <c>或</c> is taken only when one of these
    /// comes next, so <c>a = b 误差 舍入 或 5 &gt; c</c> is still an <c>或</c> of two comparisons.
    /// </summary>
    private static readonly Parser<Spanned<string>> AfterComparison =
        Lexer.Symbol(")", ",", "，", "}")
            .XOr(Kw(Keywords.And)).XOr(Kw(Keywords.Or)).XOr(Kw(Keywords.Then))
            .XOr(Keywords.ClauseStarters.Select(Kw).Aggregate((a, b) => a.XOr(b)));

    private static readonly Parser<TolerancePart> FurtherTolerancePart = input =>
    {
        var or = Kw(Keywords.Or)(input);
        if (!or.WasSuccessful) return Result.Failure<TolerancePart>(input, or.Message, or.Expectations);
        var part = TolerancePart(or.Remainder);
        if (!part.WasSuccessful) return Result.Failure<TolerancePart>(input, part.Message, part.Expectations);
        bool ends = Lexer.SkipTrivia(part.Remainder).AtEnd || AfterComparison(part.Remainder).WasSuccessful;
        return ends ? part : Result.Failure<TolerancePart>(input, "not a tolerance", System.Array.Empty<string>());
    };

    private static readonly Parser<ToleranceSyntax> Tolerance =
        from keyword in Kw(Keywords.Within)
        from first in TolerancePart
        from rest in FurtherTolerancePart.Many()
        let parts = new[] { first }.Concat(rest).ToArray()
        select new ToleranceSyntax(parts.ToEquatableArray(), SourceSpan.Covering(keyword.Span, parts[parts.Length - 1].Span));

    private delegate Expr Tail(Expr left);

    private static readonly Parser<Tail> ComparisonTail =
        from op in CompareOperator
        from right in Additive
        from tolerance in Tolerance.XOptional()
        select (Tail)(left => new ComparisonExpr(op, left, right, tolerance.IsDefined ? tolerance.Get() : null,
            SourceSpan.Covering(left.Span, tolerance.IsDefined ? tolerance.Get().Span : right.Span)));

    private static Parser<Tail> PredicateTail(Keywords.Keyword keyword, PredicateKind kind, bool negated) =>
        Kw(keyword).Select(k => (Tail)(left => new PredicateExpr(kind, negated, left, SourceSpan.Covering(left.Span, k.Span))));

    private static readonly Parser<Tail> MatchesTail =
        from matches in Kw(Keywords.Matches)
        from catalog in CatalogCall
        select (Tail)(left =>
        {
            var call = (CatalogNameExpr)catalog;
            return new MatchesCatalogExpr(left, call.Code, call.Year, SourceSpan.Covering(left.Span, call.Span));
        });

    private static Parser<Tail> TextTestTail(Keywords.Keyword keyword, TextTest test) =>
        from word in Kw(keyword)
        from other in Additive
        select (Tail)(left => new TextTestExpr(test, left, other, SourceSpan.Covering(left.Span, other.Span)));

    private static readonly Parser<Expr> Predicate =
        from left in Additive
        from tail in ComparisonTail
            .XOr(PredicateTail(Keywords.IsNotStated, PredicateKind.Stated, negated: true))
            .XOr(PredicateTail(Keywords.IsStated, PredicateKind.Stated, negated: false))
            .XOr(PredicateTail(Keywords.IsNotDeclared, PredicateKind.Declared, negated: true))
            .XOr(PredicateTail(Keywords.IsDeclared, PredicateKind.Declared, negated: false))
            .XOr(MatchesTail)
            .XOr(TextTestTail(Keywords.Contains, TextTest.Contains))
            .XOr(TextTestTail(Keywords.StartsWith, TextTest.StartsWith))
            .XOr(TextTestTail(Keywords.EndsWith, TextTest.EndsWith))
            .XOr(TextTestTail(Keywords.SameUnit, TextTest.SameUnit))
            .XOptional()
        select tail.IsDefined ? tail.Get()(left) : left;

    private static readonly Parser<Expr> NotExpression = IterativeParsers.Prefixed(
        Kw(Keywords.Not), Predicate,
        (not, operand) => (Expr)new UnaryExpr(UnaryOperator.Not, operand, Spanning(not.Span, operand.Span)));

    private static readonly Parser<Expr> AndExpression =
        IterativeParsers.LeftChain(Kw(Keywords.And).Return(BinaryOperator.And), NotExpression, Binary);

    private static readonly Parser<Expr> OrExpression =
        IterativeParsers.LeftChain(Kw(Keywords.Or).Return(BinaryOperator.Or), AndExpression, Binary);

    /// <summary><c>if a then b</c>; <c>if a then if b then c</c> nests to the right, read in a loop.</summary>
    private static readonly Parser<Expr> Implication = IterativeParsers.RightPrefixed(
        from keyword in Kw(Keywords.If)
        from condition in OrExpression
        from then in Kw(Keywords.Then)
        select (keyword.Span, condition),
        OrExpression,
        (prefix, consequence) => (Expr)new ImplicationExpr(prefix.condition, consequence, Spanning(prefix.Span, consequence.Span)));

    private static Expr Binary(BinaryOperator op, Expr left, Expr right) =>
        new BinaryExpr(op, left, right, SourceSpan.Covering(left.Span, right.Span));

    private static SourceSpan Spanning(SourceSpan first, SourceSpan last) => SourceSpan.Covering(first, last);
}
