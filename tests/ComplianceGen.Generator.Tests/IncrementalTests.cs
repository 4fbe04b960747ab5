using System.Linq;
using ComplianceGen.Generator.Pipeline;
using ComplianceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ComplianceGen.Generator.Tests;

/// <summary>The pipeline caches: unrelated edits re-run nothing, a rule edit re-emits only that file.</summary>
public class IncrementalTests
{
    private static readonly string[] TrackedSteps =
    {
        TrackingNames.RuleSources, TrackingNames.ParsedRules, TrackingNames.ModelSchema, TrackingNames.BoundRules,
        TrackingNames.RuleIds, TrackingNames.DuplicateIds, TrackingNames.Registry,
    };

    [Fact]
    public void An_unrelated_CSharp_edit_leaves_every_step_cached_or_unchanged()
    {
        var compilation = GeneratorHarness.Compilation("namespace Consumer { public class A { } }");
        var driver = GeneratorHarness.Driver(GeneratorHarness.RepositoryRules().Select(f => new ComplianceGen.Hosting.InMemoryRuleFile(GeneratorHarness.ProjectDirectory + f.Path, f.Text))).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { public class B { public int X => 1; } }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in TrackedSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), step);
            var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);
            Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {reason}"));
        }
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_rule_file_regenerates_only_its_output()
    {
        var files = GeneratorHarness.RepositoryRules();
        var compilation = GeneratorHarness.Compilation("namespace Consumer { public class A { } }");
        var texts = files.Select(f => new ComplianceGen.Hosting.InMemoryRuleFile(GeneratorHarness.ProjectDirectory + f.Path, f.Text)).ToList();
        var driver = GeneratorHarness.Driver(texts).RunGenerators(compilation);

        var old = texts.Single(t => t.Path.EndsWith("breakdown-shares.rules"));
        var text = old.GetText()!.ToString();
        var changed = text.Replace("应为100%\"", "应当为100%\"");
        Assert.NotEqual(text, changed);
        driver = driver.ReplaceAdditionalText(old, new ComplianceGen.Hosting.InMemoryRuleFile(old.Path, changed));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var bound = result.TrackedSteps[TrackingNames.BoundRules].SelectMany(s => s.Outputs).ToList();
        Assert.Single(bound, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(files.Length - 1, bound.Count(o => o.Reason == IncrementalStepRunReason.Cached));

        // The registry depends on rule ids and class names only: a message edit leaves it as it was.
        Assert.All(result.TrackedSteps[TrackingNames.Registry].SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, o.Reason.ToString()));
        Assert.All(result.TrackedSteps[TrackingNames.DuplicateIds].SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, o.Reason.ToString()));

        var regenerated = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Count(o => o.Reason != IncrementalStepRunReason.Cached);
        Assert.Equal(1, regenerated);
    }
}
