using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ComplianceGen.Hosting;
using ComplianceGen.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ComplianceGen.Generator.Tests.Infrastructure;

/// <summary>
/// The generator as the CLI and the benchmarks run it (<see cref="RuleCompilerHost"/>), with the steps
/// tracked for the caching tests. Located diagnostics and generated sources are checked with the card's
/// Microsoft.CodeAnalysis.Testing (<see cref="RulesGeneratorTest"/>); this is for running the compiled rules.
/// </summary>
internal static class GeneratorHarness
{
    public const string ProjectDirectory = "/project/";

    public static CSharpParseOptions ParseOptions => RuleCompilerHost.ParseOptions;

    public static CSharpCompilation Compilation(params string[] sources) => RuleCompilerHost.Compilation("RulesUnderTest", sources);

    public static GeneratorDriver Driver(IEnumerable<(string Path, string Text)> ruleFiles) =>
        Driver(ruleFiles.Select(f => new InMemoryRuleFile(ProjectDirectory + f.Path, f.Text)));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> ruleFiles) => RuleCompilerHost.Driver(ruleFiles, ProjectDirectory, trackSteps: true);

    /// <summary>Runs the generator and returns its result and the compilation with the generated code added.</summary>
    public static GeneratorOutput Run(params (string Path, string Text)[] ruleFiles)
    {
        var run = RuleCompilerHost.Run(ruleFiles.Select(f => new InMemoryRuleFile(ProjectDirectory + f.Path, f.Text)), ProjectDirectory,
            Compilation("namespace Consumer { internal static class Anchor { } }"), trackSteps: true);
        return new GeneratorOutput(run.Driver, run.Result, run.Compilation, run.Diagnostics);
    }

    /// <summary>Rule file text from the repository's rules/ folder.</summary>
    public static (string Path, string Text)[] RepositoryRules() =>
        Directory.GetFiles(Path.Combine(Paths.RepositoryRoot, "rules"), "*.rules")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => ("rules/" + Path.GetFileName(p), File.ReadAllText(p)))
            .ToArray();
}

internal sealed record GeneratorOutput(GeneratorDriver Driver, GeneratorDriverRunResult Result, CSharpCompilation Compilation, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public IEnumerable<Diagnostic> Diagnostics => Result.Diagnostics;

    public IEnumerable<Diagnostic> CompilationErrors => Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);

    /// <summary>Compiles the generated code and returns the compiled rules (ComplianceRules.All).</summary>
    public IReadOnlyList<RuleValidator> LoadRules() =>
        RuleCompilerHost.Load(Compilation, out var errors) ?? throw new InvalidOperationException(string.Join(Environment.NewLine, errors));
}
