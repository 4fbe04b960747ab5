using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ComplianceGen.Benchmarks.Alternatives;
using ComplianceGen.Benchmarks.Shared;
using ComplianceGen.Runtime;

namespace ComplianceGen.Benchmarks.Suites;

/// <summary>
/// One-off start-up, warm (the process has already done it once; cold first-in-process figures
/// come from the `startup` command): building the FluentValidation validator, and compiling the
/// checks from C# text. The generated validators have no start-up step: they are static instances.
/// </summary>
[MemoryDiagnoser]
public class StartupBenchmarks
{
    private IClassificationCatalog _catalog = null!;

    [GlobalSetup]
    public void Setup() => _catalog = Repo.Context.Catalog;

    [Benchmark(Description = "(b) new FluentValidation validator")]
    public object FluentConstruct() => new StandardRulesValidator(_catalog);

    [Benchmark(Description = "(b) new FluentValidation validator + first report")]
    public int FluentConstructAndValidate() => new StandardRulesValidator(_catalog).Validate(SampleReports.Passing()).Errors.Count;
}

/// <summary>Compiling the checks from C# text, warm (Roslyn already loaded and JIT-compiled by the warm-up).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, iterationCount: 5, warmupCount: 1, invocationCount: 1)]
public class ScriptCompileBenchmarks
{
    [Benchmark(Description = "(c) compile scripts (CreateDelegate)")]
    public int ScriptingCompile() => ScriptRules.CompileRunners().Length;

    [Benchmark(Description = "(c') compile lambdas (RunAsync)")]
    public int ScriptingLambdaCompile() => ScriptRules.CompileLambdas().Length;
}
