using System;
using System.Collections.Generic;
using System.Linq;
using ComplianceGen.Benchmarks.Alternatives;
using ComplianceGen.Generated;
using ComplianceGen.Runtime;
using Microsoft.CodeAnalysis.Scripting;

namespace ComplianceGen.Benchmarks.Shared;

/// <summary>
/// The three implementations of the standard rules side by side, limited to the rule ids all
/// three have (the generated set is enumerated from ComplianceRules.All; rules added to rules/
/// that the hand-written alternatives do not cover yet are reported, not silently dropped).
/// </summary>
public sealed class Checkers
{
    public Checkers(ValidationContext context)
    {
        Context = context;
        AllGenerated = ComplianceRules.All;
        var common = new HashSet<string>(StandardRulesValidator.RuleIds, StringComparer.Ordinal);
        common.IntersectWith(ScriptRules.Bodies.Keys);
        Generated = AllGenerated.Where(r => common.Contains(r.Descriptor.Id)).ToArray();
        NotCovered = AllGenerated.Select(r => r.Descriptor.Id).Where(id => !common.Contains(id)).ToArray();
        Fluent = new StandardRulesValidator(context.Catalog);
        Runners = CompiledRunners.Value.Where(r => common.Contains(r.Id)).ToArray();
        Lambdas = CompiledLambdas.Value.Where(r => common.Contains(r.Id)).ToArray();
    }

    // The scripts are compiled once per process, as the generated validators are. BenchmarkDotNet makes a Checkers for
    // each report, and compiling the scripts anew each time gave them fresh code that the runtime then optimised for that
    // one report alone (the lambdas took the same time in every harness; the generated validators, compiled once and
    // tuned by whichever report ran first, were 10-40 % slower there than in `duel`). Compiled once, every
    // implementation runs each report with code compiled for the whole run, as a batch checks many documents.
    private static readonly Lazy<(string Id, ScriptRunner<int> Run)[]> CompiledRunners = new(ScriptRules.CompileRunners);

    private static readonly Lazy<(string Id, Func<DisclosureReport, ValidationContext, List<CheckFinding>, int> Check)[]> CompiledLambdas =
        new(ScriptRules.CompileLambdas);

    public ValidationContext Context { get; }

    public IReadOnlyList<RuleValidator> AllGenerated { get; }

    /// <summary>The generated validators of the rules the alternatives implement too.</summary>
    public RuleValidator[] Generated { get; }

    /// <summary>Generated rules the hand-written alternatives do not implement (yet).</summary>
    public string[] NotCovered { get; }

    public StandardRulesValidator Fluent { get; }

    public (string Id, ScriptRunner<int> Run)[] Runners { get; }

    public (string Id, Func<DisclosureReport, ValidationContext, List<CheckFinding>, int> Check)[] Lambdas { get; }

    public string[] GeneratedFindings(DisclosureReport report)
    {
        var findings = new List<Finding>();
        foreach (var rule in Generated) rule.Validate(report, Context, findings);
        return FindingSet.Of(findings.Select(f => (f.RuleId, f.Message)));
    }

    public string[] FluentFindings(DisclosureReport report) =>
        FindingSet.Of(Fluent.Validate(report).Errors.Select(e => (e.ErrorCode, e.ErrorMessage)));

    public string[] ScriptFindings(DisclosureReport report)
    {
        var globals = new ScriptGlobals { Report = report, Context = Context };
        ScriptRules.RunAll(Runners, globals);
        return FindingSet.Of(globals.Findings.Select(f => (f.RuleId, f.Message)));
    }

    public string[] LambdaFindings(DisclosureReport report)
    {
        var findings = new List<CheckFinding>();
        foreach (var (_, check) in Lambdas) check(report, Context, findings);
        return FindingSet.Of(findings.Select(f => (f.RuleId, f.Message)));
    }

    /// <summary>Throws unless all implementations find exactly the same things in the report.</summary>
    public string[] AssertSameFindings(string name, DisclosureReport report)
    {
        var generated = GeneratedFindings(report);
        foreach (var (label, other) in new[] { ("FluentValidation", FluentFindings(report)), ("Scripting", ScriptFindings(report)), ("Scripting lambdas", LambdaFindings(report)) })
        {
            if (!generated.SequenceEqual(other))
                throw new InvalidOperationException($"{name}: {label} disagrees with the generated validators.\n generated: {string.Join(" | ", generated)}\n {label}: {string.Join(" | ", other)}");
        }
        return generated;
    }
}
