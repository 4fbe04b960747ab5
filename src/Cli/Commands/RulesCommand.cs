using System;
using System.CommandLine;
using System.Linq;
using ComplianceGen.Cli.Reporting;
using ComplianceGen.Cli.RuleLoading;
using ComplianceGen.Runtime;

namespace ComplianceGen.Cli.Commands;

/// <summary><c>compliance rules list [--format text|json] [--rules]</c> and <c>compliance rules lint PATH</c>.</summary>
public static class RulesCommand
{
    public static Command Create(CliConsole console)
    {
        var rules = new Command("rules", "List or lint rule files");

        var format = new Option<string>("--format", "-f") { Description = "text or json", DefaultValueFactory = _ => "text" };
        var rulesPath = new Option<string?>("--rules") { Description = "List these rule files (compiled at run time) instead of the built-in rules" };
        var list = new Command("list", "List the rules: id, severity, title, citation, source file") { format, rulesPath };
        list.SetAction(parse => List(console, parse.GetValue(format), parse.GetValue(rulesPath)));

        var path = new Argument<string>("path") { Description = "A .rules file or a folder of them" };
        var lint = new Command("lint", "Compile rule files and print only their diagnostics (exit 2 on errors)") { path };
        lint.SetAction(parse => Lint(console, parse.GetValue(path)!));

        rules.Subcommands.Add(list);
        rules.Subcommands.Add(lint);
        return rules;
    }

    public static int List(CliConsole console, string? format, string? rulesPath)
    {
        string kind = (format ?? "text").Trim().ToLowerInvariant();
        if (kind is not ("text" or "json")) throw new CliUsageException($"unknown --format '{format}': expected text or json");
        var loaded = RuleSetLoader.Load(rulesPath, console.Error);
        if (loaded is null) return ExitCodes.UsageOrInputError;
        var descriptors = loaded.Rules.Select(r => r.Descriptor).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        if (kind == "json")
        {
            JsonFragments.Write(console.Out, w =>
            {
                w.WriteStartArray();
                foreach (var d in descriptors)
                {
                    w.WriteStartObject();
                    w.WriteString("id", d.Id);
                    w.WriteString("severity", SeverityText.Of(d.Severity));
                    w.WriteString("title", d.Title);
                    w.WriteString("citation", d.Citation);
                    w.WriteStartArray("kinds");
                    foreach (var k in d.Kinds) w.WriteStringValue(DocumentKinds.Code(k));
                    w.WriteEndArray();
                    w.WriteString("source", RuleSourcePath.Display(d.SourceFile));
                    w.WriteNumber("line", d.SourceLine);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }, indent: 0);
            console.Out.WriteLine();
            return ExitCodes.Ok;
        }
        foreach (var d in descriptors)
            console.Out.WriteLine($"{d.Id}\t{SeverityText.Of(d.Severity)}\t{d.Title}\t{d.Citation}\t{RuleSourcePath.Display(d.SourceFile)}:{d.SourceLine}");
        return ExitCodes.Ok;
    }

    public static int Lint(CliConsole console, string path)
    {
        var found = RuleFileDiscovery.Find(path);
        foreach (var problem in found.Problems) console.Out.WriteLine("error: " + problem.Message);
        // The very compile check --rules runs, emit included: what lint passes, check runs.
        var compiled = RuntimeRuleCompiler.Compile(found.Files);
        foreach (var line in compiled.Diagnostics) console.Out.WriteLine(line);
        return found.Problems.Count > 0 || compiled.HasErrors ? ExitCodes.UsageOrInputError : ExitCodes.Ok;
    }
}
