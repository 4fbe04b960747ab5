using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ComplianceGen.Benchmarks.Shared;
using ComplianceGen.Generated;
using ComplianceGen.Reader;
using ComplianceGen.Runtime;

namespace ComplianceGen.Benchmarks.Suites;

/// <summary>
/// Reader + validation on the seeds: read the file from disk (page cache), build the report,
/// run every generated rule through RuleRunner (as the CLI would). The MB/s column is the file's
/// size over the mean time.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private string _path = "";
    private string[] _all = System.Array.Empty<string>();
    private ValidationContext _context = null!;

    [ParamsSource(nameof(Seeds))]
    public string Seed { get; set; } = "";

    public static IEnumerable<string> Seeds() => Repo.Seeds().Select(SampleReports.SeedName).Append("all-seeds");

    public static long Bytes(string seed) => seed == "all-seeds"
        ? Repo.Seeds().Sum(p => new FileInfo(p).Length)
        : new FileInfo(Repo.Seeds().Single(p => SampleReports.SeedName(p) == seed)).Length;

    [GlobalSetup]
    public void Setup()
    {
        _context = Repo.Context;
        _all = Repo.Seeds();
        _path = Seed == "all-seeds" ? "" : _all.Single(p => SampleReports.SeedName(p) == Seed);
    }

    [Benchmark(Baseline = true, Description = "read")]
    public int Read()
    {
        if (_path.Length > 0) return DocumentReader.Read(_path).Report.Warnings.Count;
        int n = 0;
        foreach (var path in _all) n += DocumentReader.Read(path).Report.Warnings.Count;
        return n;
    }

    [Benchmark(Description = "read + validate")]
    public int ReadAndValidate()
    {
        if (_path.Length > 0) return Check(_path);
        int n = 0;
        foreach (var path in _all) n += Check(path);
        return n;
    }

    private int Check(string path)
    {
        var report = DocumentReader.Read(path).Report;
        return RuleRunner.Run(ComplianceRules.All, report, _context).Results.Count;
    }
}
