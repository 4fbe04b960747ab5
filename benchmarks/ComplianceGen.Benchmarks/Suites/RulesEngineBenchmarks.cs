using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ComplianceGen.Benchmarks.Alternatives;
using ComplianceGen.Benchmarks.Shared;
using ComplianceGen.Generated;
using ComplianceGen.Runtime;

namespace ComplianceGen.Benchmarks.Suites;

/// <summary>
/// Time and bytes to check one report with (a) the generated validators and (d) Microsoft RulesEngine
/// 6.0.1 on the same report-level rules (<see cref="EngineRules.RuleIds"/>); the global setup proves
/// they find the same things.
/// </summary>
[MemoryDiagnoser]
public class RulesEngineBenchmarks
{
    private RuleValidator[] _generated = null!;
    private RulesEngine.RulesEngine _engine = null!;
    private DisclosureReport _report = null!;
    private readonly List<Finding> _findings = new();
    private ValidationContext _context = null!;

    [ParamsSource(nameof(Reports))]
    public string Report { get; set; } = "";

    public static IEnumerable<string> Reports() => SampleReports.Names();

    [GlobalSetup]
    public void Setup()
    {
        _context = Repo.Context;
        _generated = Subset();
        _engine = EngineRules.Engine();
        _report = SampleReports.Get(Report);
        AssertSame(Report, _report, _generated, _engine, _context);
    }

    public static RuleValidator[] Subset() => ComplianceRules.All.Where(r => EngineRules.RuleIds.Contains(r.Descriptor.Id)).ToArray();

    public static string[] AssertSame(string name, DisclosureReport report, RuleValidator[] generated, RulesEngine.RulesEngine engine, ValidationContext context)
    {
        var findings = new List<Finding>();
        foreach (var rule in generated) rule.Validate(report, context, findings);
        var expected = FindingSet.Of(findings.Select(f => (f.RuleId, f.Message)));
        var actual = FindingSet.Of(EngineRules.Run(engine, report));
        if (!expected.SequenceEqual(actual))
            throw new InvalidOperationException($"{name}: RulesEngine disagrees with the generated validators.\n generated: {string.Join(" | ", expected)}\n RulesEngine: {string.Join(" | ", actual)}");
        return expected;
    }

    [Benchmark(Baseline = true, Description = "(a) generated")]
    public int Generated()
    {
        _findings.Clear();
        var rules = _generated;
        for (int i = 0; i < rules.Length; i++) rules[i].Validate(_report, _context, _findings);
        return _findings.Count;
    }

    [Benchmark(Description = "(d) RulesEngine 6.0.1")]
    public int RulesEngine() => EngineRules.Run(_engine, _report).Count;
}
