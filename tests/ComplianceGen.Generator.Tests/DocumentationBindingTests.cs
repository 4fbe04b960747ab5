using System.Collections.Generic;
using System.IO;
using System.Linq;
using ComplianceGen.Documentation;
using ComplianceGen.Generator.Tests.Infrastructure;
using ComplianceGen.Reader;
using ComplianceGen.Rules.Parsing;
using ComplianceGen.Rules.Syntax;
using ComplianceGen.Runtime;
using Microsoft.CodeAnalysis;

namespace ComplianceGen.Generator.Tests;

/// <summary>
/// Every rule block in docs/rules-language.md goes through the real generator against the real
/// report model: ```rules blocks must bind and compile with no error (warnings allowed), and
/// ```rules-error blocks must report each CG id their comment names. Examples in ```rules
/// blocks are read with the real reader and must pass or fail as written.
/// </summary>
public class DocumentationBindingTests
{
    public static TheoryData<int> RuleBlocks() => Lines(isError: false);

    public static TheoryData<int> ErrorBlocks() => Lines(isError: true);

    private static TheoryData<int> Lines(bool isError)
    {
        var data = new TheoryData<int>();
        foreach (var block in LanguageGuide.Blocks().Where(b => b.IsError == isError)) data.Add(block.Line);
        return data;
    }

    private static LanguageGuide.Block At(int line) => LanguageGuide.Blocks().Single(b => b.Line == line);

    private static GeneratorOutput Run(LanguageGuide.Block block) => GeneratorHarness.Run(($"rules/guide-{block.Line}.rules", block.Text));

    [Theory]
    [MemberData(nameof(RuleBlocks))]
    public void Each_rules_block_binds_to_the_model_and_compiles(int line)
    {
        var block = At(line);
        var run = Run(block);
        var errors = run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"{block}:\n" + string.Join("\n", errors));
        var rules = run.LoadRules();
        Assert.Equal(RuleFileParser.Parse("guide", block.Text).Syntax.Rules.Count, rules.Count);
    }

    [Theory]
    [MemberData(nameof(ErrorBlocks))]
    public void Each_rules_error_block_reports_the_diagnostics_it_names(int line)
    {
        var block = At(line);
        var ids = Run(block).Diagnostics.Select(d => d.Id).ToList();
        Assert.NotEmpty(block.ExpectedIds);
        foreach (var id in block.ExpectedIds)
            Assert.True(ids.Contains(id), $"{block}: expected {id}, got {string.Join(", ", ids)}");
    }

    public static TheoryData<int, string, int> Examples()
    {
        var data = new TheoryData<int, string, int>();
        foreach (var block in LanguageGuide.Blocks().Where(b => !b.IsError))
        {
            foreach (var rule in RuleFileParser.Parse("guide", block.Text).Syntax.Rules)
            {
                var examples = rule.Clauses.OfType<ExampleClause>().ToList();
                for (int i = 0; i < examples.Count; i++) data.Add(block.Line, rule.Id, i);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_in_the_guide_passes_or_fails_as_written(int line, string ruleId, int index)
    {
        var block = At(line);
        var example = RuleFileParser.Parse("guide", block.Text).Syntax.Rules.Single(r => r.Id == ruleId)
            .Clauses.OfType<ExampleClause>().ElementAt(index).Example;
        var rule = Run(block).LoadRules().Single(r => r.Descriptor.Id == ruleId);
        var context = new ValidationContext(ClassificationCatalog.LoadFolder(Path.Combine(Paths.RepositoryRoot, "rules", "catalog")));
        var report = DocumentReader.ReadText(example.Document, $"guide-{line}-{ruleId}-{index}.txt").Report;
        var findings = new List<Finding>();
        var outcome = rule.Validate(report, context, findings);
        var expected = example.Expectation == ExampleExpectation.Fail ? RuleStatus.Fail : RuleStatus.Pass;
        Assert.True(outcome.Status == expected, $"{block} {ruleId} example {index}: expected {expected}, got {outcome}");
    }
}
