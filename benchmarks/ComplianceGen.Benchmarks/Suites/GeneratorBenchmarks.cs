using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ComplianceGen.Benchmarks.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ComplianceGen.Benchmarks.Suites;

/// <summary>
/// The generator on the standard rule set (rules/ of this checkout) and on 100 and 1,000
/// synthetic rules: a full run with a new driver over a new compilation (a build in a warm
/// compiler server), and the incremental re-run after one rule file is edited (an IDE keystroke).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private ComplianceGen.Hosting.InMemoryRuleFile[] _files = null!;
    private GeneratorDriver _driver = null!;
    private CSharpCompilation _compilation = null!;
    private AdditionalText _current = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;

    [Params("standard", "synthetic-100", "synthetic-1000")]
    public string RuleSet { get; set; } = "";

    public static ComplianceGen.Hosting.InMemoryRuleFile[] Files(string ruleSet) => ruleSet switch
    {
        "standard" => GeneratorHost.StandardRules(),
        "synthetic-100" => SyntheticRules.Files(100).Select(f => GeneratorHost.File(f.Path, f.Text)).ToArray(),
        "synthetic-1000" => SyntheticRules.Files(1000).Select(f => GeneratorHost.File(f.Path, f.Text)).ToArray(),
        _ => throw new ArgumentException(ruleSet),
    };

    /// <summary>The file with one rule's message changed, so the edit changes the generated code.</summary>
    public static string Edit(string text)
    {
        foreach (var keyword in new[] { "message \"", "消息 \"" })
        {
            int at = text.IndexOf(keyword, StringComparison.Ordinal);
            if (at >= 0) return text.Insert(at + keyword.Length, "（已修改）");
        }
        return text + "\n# edited\n";
    }

    [GlobalSetup]
    public void Setup()
    {
        _files = Files(RuleSet);
        var run = GeneratorHost.Driver(_files).RunGenerators(GeneratorHost.Compilation()).GetRunResult();
        var errors = run.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        if (errors.Length > 0) throw new InvalidOperationException(RuleSet + ": " + string.Join(Environment.NewLine, errors.Take(5)));
        int generated = run.Results.Sum(r => r.GeneratedSources.Length);
        Console.WriteLine($"// {RuleSet}: {_files.Length} rule files, {generated} generated sources");

        _compilation = GeneratorHost.Compilation();
        _driver = GeneratorHost.Driver(_files).RunGenerators(_compilation);
        _original = _files[0];
        _edited = GeneratorHost.File(_files[0].Path.Substring(GeneratorHost.ProjectDirectory.Length), Edit(_files[0].Text));
        _current = _original;
    }

    [Benchmark(Description = "full run (new driver, new compilation)")]
    public int FullRun()
    {
        var driver = GeneratorHost.Driver(_files).RunGenerators(GeneratorHost.Compilation());
        return driver.GetRunResult().GeneratedTrees.Length;
    }

    [Benchmark(Description = "incremental: one rule file edited")]
    public int IncrementalEdit()
    {
        var next = ReferenceEquals(_current, _original) ? _edited : _original;
        _driver = _driver.ReplaceAdditionalText(_current, next).RunGenerators(_compilation);
        _current = next;
        return 0;
    }
}
