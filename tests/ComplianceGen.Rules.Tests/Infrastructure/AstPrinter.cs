using System.Linq;
using System.Text;
using ComplianceGen.Rules.Syntax;

namespace ComplianceGen.Rules.Tests.Infrastructure;

/// <summary>
/// Prints a parsed rule file as a canonical S-expression without spans, so two spellings of
/// the same rule (English and Chinese keywords) can be compared for equal ASTs.
/// </summary>
internal static class AstPrinter
{
    public static string Print(RuleFileSyntax file)
    {
        var builder = new StringBuilder();
        if (file.Header is { } header)
            builder.Append($"(ruleset {header.Name} {Quote(header.Title)} (kinds {string.Join(" ", header.AppliesTo.Select(k => k.Kind))}) (cite {Quote(header.Citation)}) {Years(header.Years)})\n");
        foreach (var rule in file.Rules)
        {
            builder.Append($"(rule {rule.Id} {Quote(rule.Title)}");
            foreach (var clause in rule.Clauses) builder.Append("\n  ").Append(Clause(clause));
            builder.Append(")\n");
        }
        return builder.ToString();
    }

    private static string Clause(RuleClause clause) => clause switch
    {
        SeverityClause s => $"(severity {s.Severity})",
        AppliesToClause a => $"(kinds {string.Join(" ", a.Kinds.Select(k => k.Kind))})",
        CiteClause c => $"(cite {Quote(c.Citation)})",
        YearsClause y => Years(y.Years),
        WhenClause w => $"(when {Expr(w.Condition)})",
        ForEachRuleClause f => $"(for-each {f.ForEach.Variable} {Expr(f.ForEach.Collection)}{(f.ForEach.Where is null ? "" : " (where " + Expr(f.ForEach.Where) + ")")})",
        RequireClause r => $"(require {Expr(r.Condition)})",
        MessageClause m => "(message " + string.Join(" ", m.Message.Parts.Select(p => p.Expression is null ? Quote(p.Text) : "{" + Expr(p.Expression) + "}")) + ")",
        ExampleClause e => $"(example {e.Example.Expectation} {Quote(e.Example.Document)})",
        _ => "(?)",
    };

    public static string Expr(Expr expression) => expression switch
    {
        PathExpr p => p.Text,
        NumberLiteral n => n.Text,
        PercentLiteral p => p.Text + "%",
        AmountLiteral a => a.Text + a.Unit,
        StringLiteral s => Quote(s.Value),
        UnaryExpr u => $"({u.Operator} {Expr(u.Operand)})",
        BinaryExpr b => $"({b.Operator} {Expr(b.Left)} {Expr(b.Right)})",
        ComparisonExpr c => $"({c.Operator} {Expr(c.Left)} {Expr(c.Right)}{(c.Tolerance is null ? "" : $" (within {string.Join(" or ", c.Tolerance.Parts.Select(t => t.Kind + " " + t.Value + (t.Unit is null ? "" : " " + t.Unit)))})")})",
        ImplicationExpr i => $"(if {Expr(i.Condition)} then {Expr(i.Consequence)})",
        FirstStatedExpr f => $"(first-stated {string.Join(" ", f.Alternatives.Select(Expr))})",
        PredicateExpr p => $"({(p.Negated ? "not-" : "")}{p.Kind} {Expr(p.Operand)})",
        MatchesCatalogExpr m => $"(matches {Expr(m.Name)} (catalog {Expr(m.Code)} {Expr(m.Year)}))",
        CatalogNameExpr c => $"(catalog {Expr(c.Code)} {Expr(c.Year)})",
        TextTestExpr t => t.Test == TextTest.Contains ? $"(contains {Expr(t.Text)} {Expr(t.Other)})" : $"({t.Test} {Expr(t.Text)} {Expr(t.Other)})",
        AggregateExpr a => $"({a.Kind}{(a.Variable is null ? "" : " " + a.Variable + " in")} {Expr(a.Source)}{(a.Where is null ? "" : " (where " + Expr(a.Where) + ")")}{(a.Selector is null ? "" : " (select " + Expr(a.Selector) + ")")})",
        _ => "?",
    };

    private static string Years(YearRange? range) => range is null ? "(years)" : $"(years {range.First} {range.Last})";

    private static string Quote(string? text) => text is null ? "nil" : "\"" + text + "\"";
}
