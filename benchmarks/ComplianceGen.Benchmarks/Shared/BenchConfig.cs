using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ComplianceGen.Benchmarks.Suites;

namespace ComplianceGen.Benchmarks.Shared;

/// <summary>
/// BenchmarkDotNet 0.15 with its default toolchain: every benchmark case (a method on one report) runs in a
/// process of its own, built once for the run. What one case ran cannot then change how the runtime compiles the
/// next: in one process, code shared by all reports was compiled for whichever report came first (issue 12,
/// docs/benchmarks.md). <c>--in-process</c> runs every case in this process instead, as the 0.14 harness had to
/// (0.14 did not know .NET 10): quicker, but with that history.
/// </summary>
public static class BenchConfig
{
    /// <summary>
    /// Warm-ups of a final run. A fresh process runs its first iterations on code the runtime has not optimised yet
    /// (tier 0, then tier 0 instrumented for dynamic PGO), 4–8 times slower; on this two-core machine that phase
    /// lasted up to twelve iterations (five seconds) in some processes, so with five warm-ups it reached into the
    /// measured ones, on either side of a comparison, and a ratio said which process was unlucky. A plateau is stable,
    /// so BenchmarkDotNet's own warm-up heuristic stops on it; twenty fixed warm-ups outlast it.
    /// </summary>
    public const int FinalWarmups = 20;

    /// <summary>
    /// short: BenchmarkDotNet's ShortRun (3 iterations); final: <see cref="FinalWarmups"/> warm-ups and 15 measured iterations;
    /// otherwise Job.Default.
    /// </summary>
    public static IConfig Create(bool shortRun, bool final = false, bool inProcess = false)
    {
        var baseJob = shortRun ? Job.ShortRun : final ? Job.Default.WithWarmupCount(FinalWarmups).WithIterationCount(15).WithId("Final") : Job.Default;
        var job = inProcess ? baseJob.WithToolchain(InProcessEmitToolchain.Instance) : baseJob;
        return DefaultConfig.Instance
            .AddJob(job.AsDefault())
            .AddColumn(new ThroughputColumn())
            .WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile)
            .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(30));
    }
}

/// <summary>MB/s for the pipeline benchmarks: the seed's size in bytes over the mean time.</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => "Throughput";
    public string ColumnName => "MB/s";
    public bool AlwaysShow => false;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Input megabytes (10^6 bytes) per second: file size / mean";

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(b => b.Descriptor.Type == typeof(PipelineBenchmarks));

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Descriptor.Type != typeof(PipelineBenchmarks)) return "-";
        var stats = summary[benchmarkCase]?.ResultStatistics;
        if (stats is null) return "?";
        var seed = (string)benchmarkCase.Parameters["Seed"];
        double seconds = stats.Mean / 1e9;
        return (PipelineBenchmarks.Bytes(seed) / 1e6 / seconds).ToString("0.00", CultureInfo.InvariantCulture);
    }
}
