using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ComplianceGen.Rules.Syntax;
using Sprache;

namespace ComplianceGen.Rules.Parsing;

/// <summary>The ruleset header, rules and their clauses.</summary>
internal static class RuleGrammar
{
    private static Parser<Spanned<string>> Kw(Keywords.Keyword keyword) => Lexer.Keyword(keyword);

    private static readonly Parser<KindReference> Kind =
        Kw(Keywords.Budget).Select(k => new KindReference(DocumentKindSyntax.Budget, k.Span))
            .XOr(Kw(Keywords.FinalAccount).Select(k => new KindReference(DocumentKindSyntax.FinalAccount, k.Span)))
            .XOr(Kw(Keywords.PerformanceReport).Select(k => new KindReference(DocumentKindSyntax.PerformanceReport, k.Span)));

    private static readonly Parser<EquatableArray<KindReference>> KindList =
        from first in Kind
        from rest in (from comma in Lexer.Symbol(",", "，", "、") from kind in Kind select kind).XMany()
        select new[] { first }.Concat(rest).ToEquatableArray();

    /// <summary>A fiscal year: a whole number from 1900 to 2200.</summary>
    private static readonly Parser<Spanned<int>> Year = input =>
    {
        var number = Lexer.Number(input);
        if (!number.WasSuccessful) return Result.Failure<Spanned<int>>(number.Remainder, number.Message, number.Expectations);
        decimal value = number.Value.Value.Value;
        if (value < 1900 || value > 2200 || value != Math.Floor(value))
        {
            var at = Lexer.SkipTrivia(input);
            return Lexer.Fail<Spanned<int>>(at, at, "年份 1900–2200（a year）");
        }
        return Result.Success(new Spanned<int>((int)value, number.Value.Span), number.Remainder);
    };

    /// <summary><c>2016..2030</c>, <c>2019..</c>, <c>..2018</c>, <c>2024</c>.</summary>
    private static readonly Parser<YearRange> YearRangeParser =
        (from dots in Lexer.Symbol("..")
         from last in Year
         select new YearRange(null, last.Value, SourceSpan.Covering(dots.Span, last.Span)))
        .XOr(from first in Year
             from rest in (from dots in Lexer.Symbol("..")
                           from last in Year.XOptional()
                           select (dots.Span, last)).XOptional()
             select !rest.IsDefined
                 ? new YearRange(first.Value, first.Value, first.Span)
                 : new YearRange(first.Value, rest.Get().last.IsDefined ? rest.Get().last.Get().Value : (int?)null,
                     SourceSpan.Covering(first.Span, rest.Get().last.IsDefined ? rest.Get().last.Get().Span : rest.Get().Span)));

    private static readonly Parser<RuleClause> SeverityClause =
        from keyword in Kw(Keywords.Severity)
        from level in Kw(Keywords.Error).Select(k => (RuleSeverity.Error, k.Span))
            .XOr(Kw(Keywords.Warning).Select(k => (RuleSeverity.Warning, k.Span)))
            .XOr(Kw(Keywords.Info).Select(k => (RuleSeverity.Info, k.Span)))
        select (RuleClause)new SeverityClause(level.Item1, SourceSpan.Covering(keyword.Span, level.Span));

    private static readonly Parser<RuleClause> AppliesToClause =
        from keyword in Kw(Keywords.AppliesTo)
        from kinds in KindList
        select (RuleClause)new AppliesToClause(kinds, SourceSpan.Covering(keyword.Span, kinds[kinds.Count - 1].Span));

    private static readonly Parser<RuleClause> CiteClause =
        from keyword in Kw(Keywords.Cite)
        from text in Lexer.String
        select (RuleClause)new CiteClause(text.Value, SourceSpan.Covering(keyword.Span, text.Span));

    private static readonly Parser<RuleClause> YearsClause =
        from keyword in Kw(Keywords.Years)
        from range in YearRangeParser
        select (RuleClause)new YearsClause(range, SourceSpan.Covering(keyword.Span, range.Span));

    private static readonly Parser<RuleClause> WhenClause =
        from keyword in Kw(Keywords.When)
        from condition in ExpressionGrammar.Expression
        select (RuleClause)new WhenClause(condition, SourceSpan.Covering(keyword.Span, condition.Span));

    private static readonly Parser<RuleClause> ForEachClause =
        from keyword in Kw(Keywords.ForEach)
        from variable in Lexer.Identifier
        from @in in Kw(Keywords.In)
        from collection in ExpressionGrammar.Expression
        from filter in (from w in Kw(Keywords.Where) from condition in ExpressionGrammar.Expression select condition).XOptional()
        let last = filter.IsDefined ? filter.Get().Span : collection.Span
        let span = SourceSpan.Covering(keyword.Span, last)
        select (RuleClause)new ForEachRuleClause(
            new Syntax.ForEachClause(variable.Value, variable.Span, collection, filter.IsDefined ? filter.Get() : null, span), span);

    private static readonly Parser<RuleClause> RequireClause =
        from keyword in Kw(Keywords.Require)
        from condition in ExpressionGrammar.Expression
        select (RuleClause)new RequireClause(condition, SourceSpan.Covering(keyword.Span, condition.Span));

    private static readonly Parser<RuleClause> LetClause =
        from keyword in Kw(Keywords.Let)
        from name in Lexer.Identifier
        from assign in Lexer.Symbol("=", "＝")
        from value in ExpressionGrammar.Expression
        select (RuleClause)new LetClause(name.Value, name.Span, value, SourceSpan.Covering(keyword.Span, value.Span));

    private static readonly Parser<RuleClause> MessageClause =
        from keyword in Kw(Keywords.Message)
        from message in MessageTemplateParser.Template
        select (RuleClause)new MessageClause(message, SourceSpan.Covering(keyword.Span, message.Span));

    private static readonly Parser<RuleClause> ExampleClause =
        from keyword in Kw(Keywords.Example)
        from expectation in Kw(Keywords.Fail).Return(ExampleExpectation.Fail).XOr(Kw(Keywords.Pass).Return(ExampleExpectation.Pass))
        from document in Lexer.String
        select (RuleClause)new ExampleClause(new ExampleSyntax(expectation, document.Value, document.Span), SourceSpan.Covering(keyword.Span, document.Span));

    private static readonly Parser<RuleClause> Clause =
        SeverityClause.XOr(AppliesToClause).XOr(CiteClause).XOr(YearsClause).XOr(WhenClause)
            .XOr(ForEachClause).XOr(RequireClause).XOr(LetClause).XOr(MessageClause).XOr(ExampleClause);

    public static readonly Parser<RuleSyntax> Rule =
        from keyword in Kw(Keywords.Rule)
        from id in Lexer.Name
        from title in Lexer.String
        from clauses in Clause.XMany()
        from end in Lexer.End
        let last = clauses.Any() ? clauses.Last().Span : title.Span
        select new RuleSyntax(id.Value, id.Span, title.Value, clauses.ToEquatableArray(), SourceSpan.Covering(keyword.Span, last));

    private static readonly Parser<RuleClause> HeaderClause = AppliesToClause.XOr(CiteClause).XOr(YearsClause);

    public static readonly Parser<RuleSetHeader> Header =
        from keyword in Kw(Keywords.RuleSet)
        from name in Lexer.Name
        from title in Lexer.String.XOptional()
        from clauses in HeaderClause.XMany()
        from end in Lexer.End
        let list = clauses.ToList()
        select new RuleSetHeader(
            name.Value,
            name.Span,
            title.IsDefined ? title.Get().Value : null,
            list.OfType<AppliesToClause>().SelectMany(a => a.Kinds).ToEquatableArray(),
            list.OfType<CiteClause>().Select(c => c.Citation).FirstOrDefault(),
            list.OfType<YearsClause>().Select(y => y.Years).FirstOrDefault(),
            SourceSpan.Covering(keyword.Span, list.Count > 0 ? list[list.Count - 1].Span : title.IsDefined ? title.Get().Span : name.Span));
}
