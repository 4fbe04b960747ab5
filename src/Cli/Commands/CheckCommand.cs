using System;
using System.CommandLine;
using System.Globalization;
using ComplianceGen.Cli.Batch;
using ComplianceGen.Cli.Documents;
using ComplianceGen.Cli.Reporting;
using ComplianceGen.Cli.RuleLoading;
using ComplianceGen.Runtime;

namespace ComplianceGen.Cli.Commands;

/// <summary><c>compliance check &lt;file-or-folder&gt;… [--format] [--output] [--rules] [--catalog] [--fail-on]</c>.</summary>
public static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "Documents (.txt, .docx, .pdf, .html) or folders searched recursively; the format is told by content", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "console, json, sarif or html", DefaultValueFactory = _ => "console" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of stdout" };
        var rules = new Option<string?>("--rules") { Description = "A .rules file or folder compiled at run time and used instead of the built-in rules" };
        var catalog = new Option<string[]>("--catalog") { Description = "Classification catalogue CSV that adds to or overrides the shipped one (repeatable)", DefaultValueFactory = _ => Array.Empty<string>() };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a finding is at or above: error, warning or never", DefaultValueFactory = _ => "error" };
        var workers = new Option<int>("--workers") { Description = "Documents checked in parallel (default: processor count)", DefaultValueFactory = _ => Environment.ProcessorCount };

        var command = new Command("check", "Check documents against the rules") { paths, format, output, rules, catalog, failOn, workers };
        command.SetAction(parse => Run(console, new CheckRequest(
            parse.GetValue(paths) ?? Array.Empty<string>(),
            parse.GetValue(format),
            parse.GetValue(output),
            parse.GetValue(rules),
            parse.GetValue(catalog) ?? Array.Empty<string>(),
            parse.GetValue(failOn),
            parse.GetValue(workers))));
        return command;
    }

    public static int Run(CliConsole console, CheckRequest request)
    {
        string format = CheckOptions.Format(request.Format);
        var failOn = CheckOptions.FailOn(request.FailOn);
        var rules = RuleSetLoader.Load(request.Rules, console.Error);
        if (rules is null) return ExitCodes.UsageOrInputError;
        var context = new ValidationContext(CatalogLoader.Load(request.Catalogs));

        var (files, problems) = FileDiscovery.Discover(request.Paths);
        if (files.Count == 0 && problems.Count == 0)
        {
            console.Error.WriteLine($"compliance: no .txt, .docx, .pdf or .html documents in {string.Join(", ", request.Paths)}");
            return ExitCodes.UsageOrInputError;
        }

        using var target = string.IsNullOrEmpty(request.Output) ? OutputTarget.Console(console.Out) : OutputTarget.File(request.Output);
        using var reporter = CheckOptions.Reporter(format, target, console);
        var summary = new BatchSummary(rules.Rules);
        var checker = new DocumentChecker(new ReaderDocumentSource(), rules.Rules, context);

        reporter.Begin(rules);
        // Inputs that cannot be used (missing, unreadable folders, links to folders) are in the
        // report too, each as an unreadable entry with its reason, before the documents.
        foreach (var problem in problems)
        {
            var outcome = new DocumentOutcome { Path = problem.Path, Error = new DocumentError(problem.Reason, problem.Message) };
            summary.Add(outcome);
            reporter.Write(outcome);
            console.Error.WriteLine("compliance: " + problem.Message);
        }
        bool reportOnTerminal = !target.IsFile && console.OutputIsTerminal && format == "console";
        BatchProgress.Run(console, console.ErrorIsTerminal && !reportOnTerminal, files.Count, progress =>
            BatchRunner.Run(files, checker.Check, outcome =>
            {
                summary.Add(outcome);
                reporter.Write(outcome);
                if (outcome.Error is not null) progress.Line("compliance: " + outcome.Error.Message);
                foreach (var failed in outcome.RuleErrors) progress.Line(RuleErrorText.Line(outcome.Path, failed));
                progress.Advance();
            }, Math.Max(1, request.Workers)));
        reporter.End(summary);
        target.Commit();

        if (format != "console" || target.IsFile)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"compliance: {summary.Documents} document(s), {summary.Checked} checked, {summary.Unreadable} unreadable; {summary.Errors} error(s), {summary.Warnings} warning(s){(target.IsFile ? "; wrote " + target.Path : "")}"));
        }
        return summary.ExitCode(failOn);
    }
}

/// <summary>The check command's inputs, as parsed (or as a test or the benchmark passes them).</summary>
public sealed record CheckRequest(string[] Paths, string? Format, string? Output, string? Rules, string[] Catalogs, string? FailOn, int Workers);
