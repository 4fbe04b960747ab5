using System;
using System.IO;
using System.Linq;
using System.Text;
using ComplianceGen.Generator.Tests.Infrastructure;
using ComplianceGen.Rules.Parsing;
using ComplianceGen.Rules.Syntax;

namespace ComplianceGen.Generator.Tests;

/// <summary>
/// docs/rule-catalogue.md is generated from rules/*.rules: id, title, severity, document kinds,
/// years, citation, what the rule checks (its when / for each / require lines as written) and its
/// message. The test fails when the committed file is out of date; UPDATE_BASELINES=1 rewrites it.
/// </summary>
public class RuleCatalogueTests
{
    private static string CataloguePath => Path.Combine(Paths.RepositoryRoot, "docs", "rule-catalogue.md");

    [Fact]
    public void The_committed_rule_catalogue_matches_the_rule_files()
    {
        string expected = Generate();
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(CataloguePath)!);
            File.WriteAllText(CataloguePath, expected);
            return;
        }
        Assert.True(File.Exists(CataloguePath), "docs/rule-catalogue.md is missing; run the tests with UPDATE_BASELINES=1 to write it.");
        string actual = File.ReadAllText(CataloguePath).Replace("\r\n", "\n");
        Assert.True(actual == expected, "docs/rule-catalogue.md is out of date with rules/*.rules; run the tests with UPDATE_BASELINES=1 to regenerate it.");
    }

    [Fact]
    public void Every_rule_in_the_catalogue_has_a_citation()
    {
        foreach (var (path, text) in GeneratorHarness.RepositoryRules())
        {
            var file = RuleFileParser.Parse(path, text).Syntax;
            foreach (var rule in file.Rules)
                Assert.False(string.IsNullOrWhiteSpace(Citation(rule, file.Header)), $"{rule.Id} has no citation");
        }
    }

    internal static string Generate()
    {
        var files = GeneratorHarness.RepositoryRules().Select(f => (f.Path, f.Text, Syntax: RuleFileParser.Parse(f.Path, f.Text).Syntax)).ToList();
        var all = files.SelectMany(f => f.Syntax.Rules.Select(r => (File: f, Rule: r))).ToList();
        var md = new StringBuilder();
        md.Append("# 规则目录 / Rule catalogue\n\n");
        md.Append("<!-- Generated from rules/*.rules by tests/ComplianceGen.Generator.Tests/RuleCatalogueTests.cs; do not edit by hand. ")
          .Append("Regenerate with: UPDATE_BASELINES=1 dotnet test tests/ComplianceGen.Generator.Tests --filter FullyQualifiedName~RuleCatalogue -->\n\n");
        md.Append(all.Count).Append(" rules in ").Append(files.Count).Append(" files. Severity: 错误 error = a reviewer would certainly call it wrong; ")
          .Append("警告 warning = a likely problem to look at. A rule whose facts the document does not state is not applicable, never passed or failed silently.\n\n");
        md.Append("| id | title | severity | kinds | years | file |\n|---|---|---|---|---|---|\n");
        foreach (var (file, rule) in all.OrderBy(x => x.Rule.Id, StringComparer.Ordinal))
            md.Append("| [").Append(rule.Id).Append("](#").Append(rule.Id.ToLowerInvariant()).Append(") | ").Append(Cell(rule.Title)).Append(" | ")
              .Append(Severity(rule)).Append(" | ").Append(Kinds(rule, file.Syntax.Header)).Append(" | ").Append(Years(rule, file.Syntax.Header))
              .Append(" | ").Append(file.Path).Append(" |\n");
        foreach (var file in files)
        {
            var header = file.Syntax.Header;
            md.Append("\n## ").Append(file.Path).Append(header?.Title is { } t ? " — " + t : "").Append('\n');
            foreach (var rule in file.Syntax.Rules)
            {
                md.Append("\n### ").Append(rule.Id).Append('\n').Append('\n');
                md.Append("**").Append(rule.Title).Append("**\n\n");
                md.Append("- severity: ").Append(Severity(rule)).Append('\n');
                md.Append("- kinds: ").Append(Kinds(rule, header)).Append('\n');
                md.Append("- years: ").Append(Years(rule, header)).Append('\n');
                md.Append("- citation: ").Append(Citation(rule, header)).Append('\n');
                md.Append("- checks:\n");
                foreach (var clause in rule.Clauses)
                {
                    if (clause is WhenClause or ForEachRuleClause or RequireClause)
                        md.Append("  - `").Append(Source(file.Text, clause.Span).Replace("`", "'")).Append("`\n");
                }
                var message = rule.Clauses.OfType<MessageClause>().FirstOrDefault();
                if (message is not null) md.Append("- message: ").Append(message.Message.Raw).Append('\n');
                var examples = rule.Clauses.OfType<ExampleClause>().ToList();
                md.Append("- examples: ").Append(examples.Count(e => e.Example.Expectation == ExampleExpectation.Fail)).Append(" failing, ")
                  .Append(examples.Count(e => e.Example.Expectation == ExampleExpectation.Pass)).Append(" passing (run through the reader by RuleExampleTests)\n");
            }
        }
        return md.ToString();
    }

    private static string Source(string text, SourceSpan span) =>
        string.Join(" ", text.Substring(span.Start, span.End - span.Start).Split(new[] { '\n', '\r', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries));

    private static string Cell(string text) => text.Replace("|", "\\|");

    private static string Severity(RuleSyntax rule) =>
        rule.Clauses.OfType<SeverityClause>().Select(s => s.Severity.ToString().ToLowerInvariant()).FirstOrDefault() ?? "?";

    private static string Kinds(RuleSyntax rule, RuleSetHeader? header)
    {
        var kinds = rule.Clauses.OfType<AppliesToClause>().SelectMany(a => a.Kinds).Select(k => k.Kind).ToList();
        if (kinds.Count == 0 && header is not null) kinds = header.AppliesTo.Select(k => k.Kind).ToList();
        if (kinds.Count == 0) return "all";
        return string.Join(", ", kinds.Distinct().Select(k => k switch
        {
            DocumentKindSyntax.Budget => "部门预算",
            DocumentKindSyntax.FinalAccount => "部门决算",
            _ => "绩效报告",
        }));
    }

    private static string Years(RuleSyntax rule, RuleSetHeader? header)
    {
        var range = rule.Clauses.OfType<YearsClause>().Select(y => y.Years).FirstOrDefault() ?? header?.Years;
        if (range is null) return "all";
        return (range.First?.ToString() ?? "") + ".." + (range.Last?.ToString() ?? "");
    }

    private static string Citation(RuleSyntax rule, RuleSetHeader? header) =>
        rule.Clauses.OfType<CiteClause>().Select(c => c.Citation).FirstOrDefault() ?? header?.Citation ?? "";
}
