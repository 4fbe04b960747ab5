using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using ComplianceGen.Benchmarks.Alternatives;
using ComplianceGen.Benchmarks.Shared;
using ComplianceGen.Runtime;

namespace ComplianceGen.Benchmarks.Suites;

/// <summary>
/// Time and bytes to check one report with (a) the generated validators, (b) hand-written
/// FluentValidation, (c) the same checks compiled from C# text at run time (as scripts, and as
/// lambdas returned by a script). Findings are collected by all; the global setup proves they agree.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private Checkers _checkers = null!;
    private DisclosureReport _report = null!;
    private readonly List<Finding> _findings = new();
    private readonly List<CheckFinding> _checkFindings = new();
    private ScriptGlobals _globals = null!;

    [ParamsSource(nameof(Reports))]
    public string Report { get; set; } = "";

    public static IEnumerable<string> Reports() => SampleReports.Names();

    [GlobalSetup]
    public void Setup()
    {
        _checkers = new Checkers(Repo.Context);
        _report = SampleReports.Get(Report);
        _checkers.AssertSameFindings(Report, _report);
        _globals = new ScriptGlobals { Report = _report, Context = _checkers.Context };
    }

    [Benchmark(Baseline = true, Description = "(a) generated")]
    public int Generated()
    {
        _findings.Clear();
        var rules = _checkers.Generated;
        var context = _checkers.Context;
        for (int i = 0; i < rules.Length; i++) rules[i].Validate(_report, context, _findings);
        return _findings.Count;
    }

    [Benchmark(Description = "(b) FluentValidation")]
    public int FluentValidation() => _checkers.Fluent.Validate(_report).Errors.Count;

    [Benchmark(Description = "(c) Scripting (ScriptRunner)")]
    public int Scripting()
    {
        _globals.Findings.Clear();
        return ScriptRules.RunAll(_checkers.Runners, _globals);
    }

    [Benchmark(Description = "(c') Scripting (lambda)")]
    public int ScriptingLambda()
    {
        _checkFindings.Clear();
        var checks = _checkers.Lambdas;
        var context = _checkers.Context;
        int failed = 0;
        for (int i = 0; i < checks.Length; i++) if (checks[i].Check(_report, context, _checkFindings) == 1) failed++;
        return failed;
    }
}
