using System.Collections.Generic;
using System.IO;
using System.Linq;
using ComplianceGen.Generator.Tests.Infrastructure;
using ComplianceGen.Reader;
using ComplianceGen.Rules.Parsing;
using ComplianceGen.Rules.Syntax;
using ComplianceGen.Runtime;
using Xunit.Abstractions;

namespace ComplianceGen.Generator.Tests;

/// <summary>
/// Every rule in rules/ carries document fragments that must fail it and must pass it. Each
/// fragment goes through the real reader and the compiled rule: the examples prove the rule
/// and the reader together.
/// </summary>
public class RuleExampleTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<RuleValidator> Rules = StandardRules.Validators;

    private static readonly ValidationContext Context = StandardRules.WithCatalog;

    public static TheoryData<string, string, int> Examples()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (path, text) in GeneratorHarness.RepositoryRules())
        {
            foreach (var rule in RuleFileParser.Parse(path, text).Syntax.Rules)
            {
                var examples = rule.Clauses.OfType<ExampleClause>().ToList();
                for (int i = 0; i < examples.Count; i++) data.Add(rule.Id, examples[i].Example.Expectation.ToString(), i);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_fails_or_passes_its_rule_as_written(string ruleId, string expectation, int index)
    {
        var example = GeneratorHarness.RepositoryRules()
            .SelectMany(f => RuleFileParser.Parse(f.Path, f.Text).Syntax.Rules)
            .Single(r => r.Id == ruleId)
            .Clauses.OfType<ExampleClause>().ElementAt(index).Example;
        var report = DocumentReader.ReadText(example.Document, $"{ruleId}-example-{index}.txt").Report;
        var findings = new List<Finding>();
        var outcome = Rules.Single(r => r.Descriptor.Id == ruleId).Validate(report, Context, findings);

        output.WriteLine($"{ruleId} {expectation}: {outcome}");
        foreach (var finding in findings) output.WriteLine($"  {finding.Message} @ {string.Join(", ", finding.Evidence)}");

        if (expectation == nameof(ExampleExpectation.Fail))
        {
            Assert.Equal(RuleStatus.Fail, outcome.Status);
            Assert.NotEmpty(findings);
            Assert.All(findings, f => Assert.NotEmpty(f.Evidence));
        }
        else
        {
            Assert.Equal(RuleStatus.Pass, outcome.Status);
        }
    }

    [Fact]
    public void Every_rule_has_a_failing_and_a_passing_example()
    {
        foreach (var (path, text) in GeneratorHarness.RepositoryRules())
        {
            foreach (var rule in RuleFileParser.Parse(path, text).Syntax.Rules)
            {
                var kinds = rule.Clauses.OfType<ExampleClause>().Select(e => e.Example.Expectation).ToList();
                Assert.True(kinds.Contains(ExampleExpectation.Fail), $"{rule.Id} has no failing example");
                Assert.True(kinds.Contains(ExampleExpectation.Pass), $"{rule.Id} has no passing example");
            }
        }
    }
}
