using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ComplianceGen.Cli.Fuzzing;
using ComplianceGen.Cli.Tests.Infrastructure;

namespace ComplianceGen.Cli.Tests;

/// <summary>
/// A few hundred cases of the fuzz harness on every test run (the full run is
/// <c>compliance fuzz rules</c> and <c>compliance fuzz documents</c>, see README).
/// </summary>
public class FuzzTests
{
    [Fact]
    public void Three_hundred_generated_rule_files_keep_every_promise()
    {
        using var temp = new TempDir();
        // A seed of its own, so these cases differ from the command's default ones.
        var results = RuleFuzz.RunInProcess(seed: 909, from: 0, count: 300, temp.Path);

        var broken = results.Where(r => !r.Held).Select(r => $"case {r.Case.Index} ({r.Case.Kind}): {r.Problem}: {r.Detail}").ToList();
        Assert.True(broken.Count == 0, string.Join("\n", broken));
        Assert.Equal(RuleCases.Kinds.OrderBy(k => k), results.Select(r => r.Case.Kind).Distinct().OrderBy(k => k));
        // The cases reach both ends: some are refused with diagnostics, some compile and run.
        Assert.Contains(results, r => r.Outcome == "errors");
        Assert.Contains(results, r => r.Outcome.StartsWith("clean", StringComparison.Ordinal));
    }

    [Fact]
    public void A_batch_of_hostile_inputs_names_every_one_and_refuses_what_it_must()
    {
        using var temp = new TempDir();
        string folder = Path.Combine(temp.Path, "inputs");
        var cases = DocumentCases.Make(folder, seed: 909, count: 2 * DocumentCases.Kinds.Length);

        var run = Tool.Run("check", folder, "--format", "json", "--fail-on", "never");

        Assert.True(run.Exit == 2, run.ToString());
        var documents = run.Json().RootElement.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => d.GetProperty("path").GetString()!, d => d.GetProperty("error"));
        foreach (var @case in cases)
        {
            Assert.True(documents.TryGetValue(ComplianceGen.Cli.Inputs.FolderWalker.Display(@case.Path), out var error), $"{@case.Path} ({@case.Kind}) is missing from the report");
            bool refused = error.ValueKind == JsonValueKind.Object;
            if (@case.MustBeRefused is { } must) Assert.True(must == refused, $"{@case.Path} ({@case.Kind}): refused {refused}, expected {must}");
        }
        Assert.Contains(cases, c => c.MustBeRefused == false);
    }
}
