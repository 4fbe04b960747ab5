using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using ComplianceGen.Cli.Batch;
using ComplianceGen.Cli.Documents;
using ComplianceGen.Cli.Reporting;
using ComplianceGen.Cli.RuleLoading;
using ComplianceGen.Cli.Survey;
using ComplianceGen.Runtime;

namespace ComplianceGen.Cli.Commands;

/// <summary>
/// <c>compliance survey &lt;file-or-folder&gt;… [--identity FILE.tsv] [--rules] [--details]</c>: checks a
/// collection of documents and prints what a team needs before trusting the checker on it: how fast
/// it reads each format, what it could not read or judged not to be a disclosure, each rule's fire
/// rate (published documents mostly comply, so a rule that fires on many is suspect until its findings
/// are read), and, given a hand-checked identity file, how often unit, year and kind were right.
/// </summary>
public static class SurveyCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "Documents or folders searched recursively", Arity = ArgumentArity.OneOrMore };
        var identity = new Option<string?>("--identity") { Description = "Tab-separated hand-checked identities (file, disclosure, reason, unit, unit_alternatives, year, kind)" };
        var rules = new Option<string?>("--rules") { Description = "A .rules file or folder compiled at run time and used instead of the built-in rules" };
        var details = new Option<bool>("--details") { Description = "Also list every document with its identity and the rules that fired" };
        var stability = new Option<bool>("--stability") { Description = "Also read each text document after layout changes that keep its meaning (page breaks, letter-spacing, justified lines, thousands separators, rewrapped and double-spaced lines, wrapped table names, running headers, page numbers in words, ASCII punctuation, split codes) and compare the findings" };
        var workers = new Option<int>("--workers") { Description = "Documents read in parallel (default: processor count)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var passes = new Option<int>("--passes") { Description = "Read and check the documents this many times in one process and time each pass: the first pays for compiling the reader, the later ones show a long batch's speed", DefaultValueFactory = _ => 1 };
        var command = new Command("survey", "Fire rates, identity accuracy and reading speed over a collection of documents") { paths, identity, rules, details, stability, workers, passes };
        command.SetAction(parse => Run(console, parse.GetValue(paths) ?? Array.Empty<string>(), parse.GetValue(identity), parse.GetValue(rules),
            parse.GetValue(details), Math.Max(1, parse.GetValue(workers)), parse.GetValue(stability), Math.Max(1, parse.GetValue(passes))));
        return command;
    }

    private sealed record Timed(DocumentOutcome Outcome, double Seconds, long Bytes);

    public static int Run(CliConsole console, string[] paths, string? identityFile, string? rulesPath, bool details, int workers, bool stability = false, int passes = 1)
    {
        var gold = identityFile is null ? null : IdentityGold.Load(identityFile);
        var rules = RuleSetLoader.Load(rulesPath, console.Error);
        if (rules is null) return ExitCodes.UsageOrInputError;
        var (files, missing) = FileDiscovery.Discover(paths);
        foreach (var path in missing) console.Error.WriteLine($"compliance: {path}: no such file or folder");
        if (files.Count == 0) return ExitCodes.UsageOrInputError;

        var context = new ValidationContext(CatalogLoader.Load(Array.Empty<string>()));
        var checker = new DocumentChecker(new ReaderDocumentSource(), rules.Rules, context);
        var summary = new BatchSummary(rules.Rules);
        var results = new List<Timed>(files.Count);
        var timings = new System.Collections.Concurrent.ConcurrentDictionary<string, (double Seconds, long Bytes)>(StringComparer.Ordinal);
        var wall = Stopwatch.StartNew();
        BatchRunner.Run(files, path =>
        {
            var (outcome, seconds, bytes) = ReadingPasses.TimedCheck(checker, path);
            timings[path] = (seconds, bytes);
            return outcome;
        }, outcome =>
        {
            summary.Add(outcome);
            var (seconds, bytes) = timings.TryRemove(outcome.Path, out var t) ? t : (0, 0);
            results.Add(new Timed(outcome, seconds, bytes));
        }, workers);
        wall.Stop();

        var o = console.Out;
        o.WriteLine(Invariant($"Survey of {files.Count} document(s) in {wall.Elapsed.TotalSeconds:0.0} s on {workers} worker(s)."));
        WriteSpeed(o, results);
        if (passes > 1)
        {
            var first = results.GroupBy(r => FormatOf(r.Outcome)).ToDictionary(g => g.Key, g => (g.Count(), g.Sum(r => r.Bytes), g.Sum(r => r.Seconds)), StringComparer.Ordinal);
            ReadingPasses.Write(o, files, checker, workers, passes, wall.Elapsed.TotalSeconds, first);
        }
        WriteUnread(o, results);
        if (gold is not null) WriteIdentity(o, results, gold, identityFile!);
        WriteFireRates(o, summary);
        if (details) WriteDetails(o, results, gold);
        if (stability)
        {
            // Layout changes are made to text: the text documents the survey read as disclosures.
            var texts = results.Where(r => r.Outcome.Error is null && r.Outcome.NotDisclosure is null && FormatOf(r.Outcome) == "txt")
                .Select(r => r.Outcome.Path).Order(StringComparer.Ordinal).ToList();
            LayoutStability.Write(o, texts, rules.Rules, context, workers);
        }
        return missing.Count > 0 ? ExitCodes.UsageOrInputError : ExitCodes.Ok;
    }

    private static void WriteSpeed(TextWriter o, List<Timed> results)
    {
        o.WriteLine();
        o.WriteLine("Reading and checking speed (time one worker spent per document):");
        o.WriteLine("  format  documents  MB       seconds  documents/s  MB/s");
        foreach (var group in results.GroupBy(r => FormatOf(r.Outcome)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            double seconds = group.Sum(r => r.Seconds), mb = group.Sum(r => r.Bytes) / ReadingPasses.Megabyte;
            o.WriteLine(Invariant($"  {group.Key,-6}  {group.Count(),9}  {mb,7:0.00}  {seconds,7:0.00}  {(seconds > 0 ? group.Count() / seconds : 0),11:0.0}  {(seconds > 0 ? mb / seconds : 0),5:0.0}"));
        }
    }

    private static string FormatOf(DocumentOutcome outcome) => ReadingPasses.FormatOf(outcome);

    private static void WriteUnread(TextWriter o, List<Timed> results)
    {
        var unread = results.Where(r => r.Outcome.Error is not null).ToList();
        var notDisclosures = results.Where(r => r.Outcome.Error is null && r.Outcome.NotDisclosure is not null).ToList();
        o.WriteLine();
        o.WriteLine(Invariant($"Unreadable: {unread.Count}"));
        foreach (var r in unread) o.WriteLine("  " + r.Outcome.Error!.Message);
        o.WriteLine(Invariant($"Not a budget disclosure: {notDisclosures.Count}"));
        foreach (var r in notDisclosures) o.WriteLine($"  {r.Outcome.Path}: {r.Outcome.NotDisclosure}");
    }

    private static void WriteIdentity(TextWriter o, List<Timed> results, IdentityGold gold, string goldPath)
    {
        int withRow = 0, units = 0, unitsRight = 0, years = 0, yearsRight = 0, kinds = 0, kindsRight = 0, disclosureRight = 0;
        var wrong = new List<string>();
        foreach (var r in results)
        {
            var truth = gold.Find(r.Outcome.Path);
            if (truth is null) continue;
            withRow++;
            var outcome = r.Outcome;
            bool judgedDisclosure = outcome.Error is not null || outcome.NotDisclosure is null;
            if (judgedDisclosure == truth.IsDisclosure) disclosureRight++;
            else wrong.Add($"{Path.GetFileName(outcome.Path)}\tdisclosure\t{(judgedDisclosure ? "yes" : "no: " + outcome.NotDisclosure)}\t{(truth.IsDisclosure ? "yes" : "no: " + truth.Reason)}");
            if (!truth.IsDisclosure || outcome.Error is not null) continue;
            units++;
            if (UnitNameMatch.Same(outcome.Unit, truth)) unitsRight++;
            else wrong.Add($"{Path.GetFileName(outcome.Path)}\tunit\t{outcome.Unit ?? "(none)"}\t{truth.Unit}");
            if (truth.Year is int year)
            {
                years++;
                if (outcome.Year == year) yearsRight++;
                else wrong.Add(Invariant($"{Path.GetFileName(outcome.Path)}\tyear\t{outcome.Year?.ToString(CultureInfo.InvariantCulture) ?? "(none)"}\t{year}"));
            }
            if (truth.Kind.Length > 0)
            {
                kinds++;
                string kind = outcome.Kind switch { DocumentKind.Budget => "budget", DocumentKind.FinalAccount => "final", DocumentKind.PerformanceReport => "performance", _ => "unknown" };
                if (kind == truth.Kind) kindsRight++;
                else wrong.Add($"{Path.GetFileName(outcome.Path)}\tkind\t{kind}\t{truth.Kind}");
            }
        }
        o.WriteLine();
        o.WriteLine(Invariant($"Identity against {goldPath} ({withRow} of {results.Count} documents have a row):"));
        o.WriteLine(Invariant($"  disclosure or not  {Ratio(disclosureRight, withRow)}"));
        o.WriteLine(Invariant($"  unit               {Ratio(unitsRight, units)}"));
        o.WriteLine(Invariant($"  year               {Ratio(yearsRight, years)}"));
        o.WriteLine(Invariant($"  kind               {Ratio(kindsRight, kinds)}"));
        if (wrong.Count == 0) return;
        o.WriteLine("  wrong (file, field, read, expected):");
        foreach (var line in wrong) o.WriteLine("    " + line);
    }

    private static string Ratio(int right, int total) =>
        Invariant($"{right}/{total}{(total > 0 ? $" ({100.0 * right / total:0.0}%)" : "")}");

    private static void WriteFireRates(TextWriter o, BatchSummary summary)
    {
        int judged = summary.Checked - summary.NotDisclosures;
        o.WriteLine();
        o.WriteLine(Invariant($"Rules (fired = disclosures with at least one finding of the rule, of {judged}; findings by severity: {summary.Errors} error, {summary.Warnings} warning, {summary.Infos} info):"));
        o.WriteLine("  rule      severity  fired  rate    passed  n/a  title");
        foreach (var tally in summary.Tallies.OrderByDescending(t => t.Failed).ThenBy(t => t.Rule.Id, StringComparer.Ordinal))
        {
            double rate = judged > 0 ? 100.0 * tally.Failed / judged : 0;
            o.WriteLine(Invariant($"  {tally.Rule.Id,-8}  {SeverityText.Of(tally.Rule.Severity),-8}  {tally.Failed,5}  {rate,5:0.0}%  {tally.Passed,6}  {tally.NotApplicable,3}  {tally.Rule.Title}{(rate > 25 ? "   <-- over 25%" : "")}"));
        }
    }

    private static void WriteDetails(TextWriter o, List<Timed> results, IdentityGold? gold)
    {
        o.WriteLine();
        o.WriteLine("Documents (file, unit, year, kind, rules that fired):");
        foreach (var r in results)
        {
            var d = r.Outcome;
            string status = d.Error is not null ? "unreadable: " + d.Error.Reason : d.NotDisclosure is not null ? "not a disclosure" : "";
            string fired = string.Join(" ", d.Findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal));
            o.WriteLine(Invariant($"  {Path.GetFileName(d.Path)}\t{d.Unit ?? "-"}\t{d.Year?.ToString(CultureInfo.InvariantCulture) ?? "-"}\t{DocumentKinds.Code(d.Kind)}\t{status}{fired}"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
