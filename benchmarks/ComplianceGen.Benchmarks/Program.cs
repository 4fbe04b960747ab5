using System;
using System.Diagnostics;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Running;
using ComplianceGen.Benchmarks.Alternatives;
using ComplianceGen.Benchmarks.Corpus;
using ComplianceGen.Benchmarks.Shared;
using ComplianceGen.Benchmarks.Suites;
using ComplianceGen.Generated;
using ComplianceGen.Runtime;

namespace ComplianceGen.Benchmarks;

/// <summary>
/// dotnet run -c Release --project benchmarks/ComplianceGen.Benchmarks -- [--short | --final] [--in-process] [BenchmarkDotNet args, e.g. --filter '*Validation*']
///   check              prove the three implementations find the same things; list rules they do not cover
///   startup WHICH      cold, first-in-process start-up of generated | fluent | scripting | lambda (run in a fresh process)
///   breakdown [REPORT...] per-rule Stopwatch profile of the generated validators (and of the hand-written lambda of each compared rule)
///   duel [--rules] [REPORT...] the compared rules, generated vs hand-written lambda, alternated in one process, best of 15 rounds (and rule by rule with --rules)
///   corpus N [...]     the corpus-scale measurement (see CorpusCommand)
///   reading FOLDER...  the reader alone on one thread, pass after pass: wall and processor time, MB/s, bytes allocated (see ReadingCommand)
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "check": return Check();
            case "startup": return Startup(args.ElementAtOrDefault(1) ?? "");
            case "corpus": return CorpusCommand.Run(args.Skip(1).ToArray());
            case "reading": return ReadingCommand.Run(args.Skip(1).ToArray());
            case "breakdown": return Breakdown(args.Skip(1).ToArray());
            case "duel": return Duel(args.Skip(1).ToArray());
            case "engine-parse":
                foreach (var expression in args.Skip(1))
                {
                    try
                    {
                        var config = new System.Linq.Dynamic.Core.ParsingConfig { CustomTypeProvider = new EngineTypes() };
                        System.Linq.Dynamic.Core.DynamicExpressionParser.ParseLambda(config, new[] { System.Linq.Expressions.Expression.Parameter(typeof(DisclosureReport), "report") }, typeof(object), expression);
                        Console.WriteLine("ok: " + expression);
                    }
                    catch (Exception e) { Console.WriteLine("FAIL: " + expression + " -> " + e.Message); }
                }
                return 0;
        }
        bool shortRun = args.Contains("--short");
        bool final = args.Contains("--final");
        bool inProcess = args.Contains("--in-process");
        var rest = args.Where(a => a is not ("--short" or "--final" or "--in-process")).ToArray();
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, BenchConfig.Create(shortRun, final, inProcess));
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    /// <summary>
    /// A Stopwatch profile of the generated validators, rule by rule, on the named reports: mean time
    /// and bytes allocated per Validate call, and the outcome, to show where a report's time goes.
    /// </summary>
    private static int Breakdown(string[] names)
    {
        var context = Repo.Context;
        if (names.Length == 0) names = SampleReports.Names().ToArray();
        const int Rounds = 200_000;
        // The hand-written lambda of the same rule, where the comparison has one, timed the same way.
        var lambdas = ScriptRules.CompileLambdas().ToDictionary(l => l.Id, l => l.Check);
        var lambdaFindings = new System.Collections.Generic.List<CheckFinding>();
        foreach (var name in names)
        {
            var report = SampleReports.Get(name);
            var findings = new System.Collections.Generic.List<Finding>();
            Console.WriteLine(name);
            foreach (var rule in ComplianceRules.All)
            {
                for (int i = 0; i < 1000; i++) { findings.Clear(); rule.Validate(report, context, findings); }
                long before = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                RuleOutcome outcome = default;
                for (int i = 0; i < Rounds; i++) { findings.Clear(); outcome = rule.Validate(report, context, findings); }
                clock.Stop();
                long bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / Rounds;
                string lambdaTime = "";
                if (lambdas.TryGetValue(rule.Descriptor.Id, out var lambda))
                {
                    for (int i = 0; i < 1000; i++) { lambdaFindings.Clear(); lambda(report, context, lambdaFindings); }
                    var lambdaClock = Stopwatch.StartNew();
                    for (int i = 0; i < Rounds; i++) { lambdaFindings.Clear(); lambda(report, context, lambdaFindings); }
                    lambdaTime = $"(lambda {lambdaClock.Elapsed.TotalNanoseconds / Rounds,6:0} ns)";
                }
                Console.WriteLine($"  {rule.Descriptor.Id,-8} {clock.Elapsed.TotalNanoseconds / Rounds,8:0} ns {bytes,6} B {lambdaTime,-20} {outcome.Status,-13} findings {findings.Count}  {outcome.Reason}");
            }
        }
        return 0;
    }

    /// <summary>
    /// The compared rules on each named report, exactly as ValidationBenchmarks calls them: the generated
    /// validators and the hand-written lambdas, alternated round by round in one process, best round of
    /// each. A quick side-by-side while changing the generator; the published figures are BenchmarkDotNet's.
    /// </summary>
    private static int Duel(string[] names)
    {
        var checkers = new Checkers(Repo.Context);
        var context = checkers.Context;
        bool perRule = names.Contains("--rules");
        names = names.Where(n => n != "--rules").ToArray();
        if (names.Length == 0) names = SampleReports.Names().ToArray();
        const int Calls = 200_000;
        var findings = new System.Collections.Generic.List<Finding>();
        var checkFindings = new System.Collections.Generic.List<CheckFinding>();
        foreach (var name in names)
        {
            var report = SampleReports.Get(name);
            checkers.AssertSameFindings(name, report);
            double generated = double.MaxValue, lambda = double.MaxValue;
            for (int round = 0; round < 15; round++)
            {
                // Each call in a method of its own, called over and over, as BenchmarkDotNet calls its benchmarks: the
                // loop is compiled as a method is (tiered, with its profile), not as a long-running loop is (on-stack replacement).
                var clock = Stopwatch.StartNew();
                for (int call = 0; call < Calls; call++) ValidateAll(checkers.Generated, report, context, findings);
                generated = Math.Min(generated, clock.Elapsed.TotalNanoseconds / Calls);
                clock.Restart();
                for (int call = 0; call < Calls; call++) CheckAll(checkers.Lambdas, report, context, checkFindings);
                lambda = Math.Min(lambda, clock.Elapsed.TotalNanoseconds / Calls);
            }
            Console.WriteLine($"{name,-11} generated {generated,8:0} ns   lambda {lambda,8:0} ns   lambda ÷ generated {lambda / generated:0.00}");
            if (!perRule) continue;
            // Rule by rule, the same way: where the difference is.
            for (int r = 0; r < checkers.Generated.Length; r++)
            {
                var rule = checkers.Generated[r];
                var check = checkers.Lambdas.Single(l => l.Id == rule.Descriptor.Id).Check;
                double g = double.MaxValue, l = double.MaxValue;
                for (int round = 0; round < 15; round++)
                {
                    var clock = Stopwatch.StartNew();
                    for (int call = 0; call < Calls / 4; call++) { findings.Clear(); rule.Validate(report, context, findings); }
                    g = Math.Min(g, clock.Elapsed.TotalNanoseconds / (Calls / 4));
                    clock.Restart();
                    for (int call = 0; call < Calls / 4; call++) { checkFindings.Clear(); check(report, context, checkFindings); }
                    l = Math.Min(l, clock.Elapsed.TotalNanoseconds / (Calls / 4));
                }
                Console.WriteLine($"  {rule.Descriptor.Id,-8} generated {g,7:0} ns   lambda {l,7:0} ns   {l / g:0.00}");
            }
        }
        return 0;
    }

    private static int ValidateAll(RuleValidator[] rules, DisclosureReport report, ValidationContext context, List<Finding> findings)
    {
        findings.Clear();
        for (int i = 0; i < rules.Length; i++) rules[i].Validate(report, context, findings);
        return findings.Count;
    }

    private static int CheckAll((string Id, Func<DisclosureReport, ValidationContext, List<CheckFinding>, int> Check)[] checks,
        DisclosureReport report, ValidationContext context, List<CheckFinding> findings)
    {
        findings.Clear();
        int failed = 0;
        for (int i = 0; i < checks.Length; i++) if (checks[i].Check(report, context, findings) == 1) failed++;
        return failed;
    }

    private static int Check()
    {
        var checkers = new Checkers(Repo.Context);
        Console.WriteLine($"generated rules: {string.Join(", ", checkers.AllGenerated.Select(r => r.Descriptor.Id))}");
        Console.WriteLine($"compared (all three implement): {string.Join(", ", checkers.Generated.Select(r => r.Descriptor.Id))}");
        Console.WriteLine(checkers.NotCovered.Length == 0
            ? "not covered by the alternatives: none"
            : $"NOT COVERED by FluentValidation/Scripting (excluded from the comparison): {string.Join(", ", checkers.NotCovered)}");
        foreach (var name in SampleReports.Names())
        {
            var report = SampleReports.Get(name);
            var findings = checkers.AssertSameFindings(name, report);
            var statuses = checkers.Generated.Select(r => r.Validate(report, checkers.Context, new System.Collections.Generic.List<Finding>()).Status.ToString()[0]);
            Console.WriteLine($"{name,-12} same findings in all ({findings.Length}); generated outcomes {string.Concat(statuses)} (P=pass F=fail N=not applicable)");
        }
        // The seeds exercise few failures of the arithmetic rules; documents varied as the corpus command
        // varies them (amounts scaled, 万元 restated in 元, sections dropped) exercise many more.
        var seedTexts = Repo.Seeds().Select(path => System.IO.File.ReadAllText(path, System.Text.Encoding.UTF8)).ToArray();
        const int Varied = 300;
        int variedFindings = 0;
        var variedRules = new System.Collections.Generic.SortedSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < Varied; i++)
        {
            string text = CorpusCommand.Vary(seedTexts[i % seedTexts.Length], new Random(i));
            var findings = checkers.AssertSameFindings($"varied document {i}", ComplianceGen.Reader.DocumentReader.ReadText(text).Report);
            variedFindings += findings.Length;
            foreach (var finding in findings) variedRules.Add(finding.Split(' ')[0]);
        }
        Console.WriteLine($"{Varied} varied documents: same findings in all ({variedFindings}; rules with findings: {string.Join(", ", variedRules)})");
        // RulesEngine covers the report-level rules: the same findings as the generated validators of those rules.
        var engine = EngineRules.Engine();
        var subset = Suites.RulesEngineBenchmarks.Subset();
        int engineFindings = 0;
        foreach (var name in SampleReports.Names())
            engineFindings += Suites.RulesEngineBenchmarks.AssertSame(name, SampleReports.Get(name), subset, engine, checkers.Context).Length;
        for (int i = 0; i < Varied; i++)
            engineFindings += Suites.RulesEngineBenchmarks.AssertSame($"varied document {i}", ComplianceGen.Reader.DocumentReader.ReadText(CorpusCommand.Vary(seedTexts[i % seedTexts.Length], new Random(i))).Report, subset, engine, checkers.Context).Length;
        Console.WriteLine($"RulesEngine ({string.Join(", ", EngineRules.RuleIds)}): same findings as the generated validators on every report ({engineFindings})");
        foreach (var set in new[] { "standard", "synthetic-100", "synthetic-1000" })
        {
            var files = GeneratorBenchmarks.Files(set);
            GeneratorHost.Driver(files).RunGeneratorsAndUpdateCompilation(GeneratorHost.Compilation(), out var output, out _);
            var result = GeneratorHost.Driver(files).RunGenerators(GeneratorHost.Compilation()).GetRunResult();
            int errors = output.GetDiagnostics().Count(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
            int rules = files.Sum(f => f.Text.Split('\n').Count(l => l.StartsWith("rule ", StringComparison.Ordinal) || l.StartsWith("规则 ", StringComparison.Ordinal)));
            Console.WriteLine($"{set,-15} {files.Length} files, {rules} rules, {result.GeneratedTrees.Length} generated sources, {result.Diagnostics.Length} generator diagnostics, {errors} C# errors in the generated code");
            foreach (var d in result.Diagnostics.Take(3)) Console.WriteLine("  " + d);
        }
        return 0;
    }

    /// <summary>What a process pays the first time it checks a report, by implementation.</summary>
    private static int Startup(string which)
    {
        var context = Repo.Context;
        var report = SampleReports.Passing();
        var clock = Stopwatch.StartNew();
        int n;
        switch (which)
        {
            case "generated":
                var findings = new System.Collections.Generic.List<Finding>();
                foreach (var rule in ComplianceRules.All) rule.Validate(report, context, findings);
                n = findings.Count;
                break;
            case "fluent":
                n = new StandardRulesValidator(context.Catalog).Validate(report).Errors.Count;
                break;
            case "scripting":
                var runners = ScriptRules.CompileRunners();
                n = ScriptRules.RunAll(runners, new ScriptGlobals { Report = report, Context = context });
                break;
            case "rulesengine":
                n = EngineRules.Run(EngineRules.Engine(), report).Count;
                break;
            case "lambda":
                var lambdas = ScriptRules.CompileLambdas();
                var list = new System.Collections.Generic.List<CheckFinding>();
                foreach (var (_, check) in lambdas) check(report, context, list);
                n = list.Count;
                break;
            default:
                Console.Error.WriteLine("usage: startup generated|fluent|scripting|lambda|rulesengine");
                return 2;
        }
        Console.WriteLine($"{which} {clock.Elapsed.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture)} ms to the first checked report ({n} findings)");
        return 0;
    }

    private sealed class EngineTypes : System.Linq.Dynamic.Core.CustomTypeProviders.DefaultDynamicLinqCustomTypeProvider
    {
        public EngineTypes() : base(System.Linq.Dynamic.Core.ParsingConfig.Default) { }

        public override System.Collections.Generic.HashSet<Type> GetCustomTypes() =>
            new(new[] { typeof(ComplianceGen.Runtime.CompilerServices.Compare), typeof(ComplianceGen.Runtime.CompilerServices.Values), typeof(Quantity), typeof(Tolerance), typeof(ComparisonOperator), typeof(ComplianceGen.Runtime.CompilerServices.MessageFormat), typeof(AmountUnit), typeof(EngineFunctions) });
    }
}
