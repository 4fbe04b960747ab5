using System;
using System.IO;
using System.Linq;
using ComplianceGen.Hosting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ComplianceGen.Benchmarks.Shared;

/// <summary>
/// The generator benchmarks' view of <see cref="RuleCompilerHost"/>, the one in-process host the CLI
/// and the tests use too: a fresh compilation per run (metadata references shared, as in a warm compiler
/// server) and rule files as in-memory additional texts.
/// </summary>
public static class GeneratorHost
{
    public const string ProjectDirectory = "/project/";

    public static CSharpCompilation Compilation() => RuleCompilerHost.Compilation("RulesUnderBenchmark");

    public static GeneratorDriver Driver(System.Collections.Generic.IEnumerable<AdditionalText> ruleFiles) => RuleCompilerHost.Driver(ruleFiles, ProjectDirectory);

    public static InMemoryRuleFile File(string relativePath, string text) => new(ProjectDirectory + relativePath, text);

    /// <summary>The repository's rules/*.rules (whatever this checkout has).</summary>
    public static InMemoryRuleFile[] StandardRules() =>
        Directory.GetFiles(Repo.RulesDirectory, "*.rules", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => File("rules/" + Path.GetRelativePath(Repo.RulesDirectory, p).Replace('\\', '/'), System.IO.File.ReadAllText(p)))
            .ToArray();
}
