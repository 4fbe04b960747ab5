using System;
using System.CommandLine;
using System.IO;

namespace ComplianceGen.Cli.Fuzzing;

/// <summary>
/// <c>compliance fuzz rules|documents</c> (hidden): the robustness harness of issue 9, a
/// measurement to run and report, not a user command. See README, "Fuzzing".
/// </summary>
public static class FuzzCommand
{
    public static Command Create(CliConsole console)
    {
        var fuzz = new Command("fuzz", "Robustness harness: generated rule files and documents") { Hidden = true };

        var seed = new Option<int>("--seed") { Description = "Seed of the generated cases", DefaultValueFactory = _ => 1 };
        var from = new Option<int>("--from") { Description = "First case index", DefaultValueFactory = _ => 0 };
        var cases = new Option<int>("--cases") { Description = "How many cases", DefaultValueFactory = _ => 10_000 };
        var chunk = new Option<int>("--chunk") { Description = "Cases per worker process", DefaultValueFactory = _ => 250 };
        var output = new Option<string?>("--out") { Description = "Folder for scratch files and failing cases (default: a new temporary folder)" };
        var worker = new Option<bool>("--worker") { Hidden = true };
        var rules = new Command("rules", "Generate rule files and check that lint and check --rules keep their promises") { seed, from, cases, chunk, output, worker };
        rules.SetAction(parse =>
        {
            string folder = parse.GetValue(output) ?? NewFolder();
            int first = parse.GetValue(from), count = Positive(parse.GetValue(cases), "--cases");
            return parse.GetValue(worker)
                ? RuleFuzz.Worker(console, parse.GetValue(seed), first, count, folder)
                : RuleFuzz.Supervise(console, parse.GetValue(seed), first, count, Positive(parse.GetValue(chunk), "--chunk"), folder);
        });
        fuzz.Subcommands.Add(rules);

        var inputs = new Option<int>("--cases") { Description = "How many inputs", DefaultValueFactory = _ => 360 };
        var documentSeed = new Option<int>("--seed") { Description = "Seed of the generated inputs", DefaultValueFactory = _ => 1 };
        var documentOutput = new Option<string?>("--out") { Description = "Folder for the inputs (default: a new temporary folder)" };
        var documents = new Command("documents", "Generate hostile inputs and check that check refuses each by name, fast, and loses none") { inputs, documentSeed, documentOutput };
        documents.SetAction(parse =>
        {
            string folder = parse.GetValue(documentOutput) ?? NewFolder();
            try
            {
                return DocumentFuzz.Run(console, parse.GetValue(documentSeed), Positive(parse.GetValue(inputs), "--cases"), folder);
            }
            finally
            {
                // The inputs include a 200 MB sparse file and FIFOs: do not leave them behind.
                RuleFuzz.TryDelete(Path.Combine(folder, "inputs"));
            }
        });
        fuzz.Subcommands.Add(documents);
        return fuzz;
    }

    internal static string NewFolder() => Path.Combine(Path.GetTempPath(), "compliance-fuzz-" + Guid.NewGuid().ToString("N")[..8]);

    internal static int Positive(int value, string option) =>
        value > 0 ? value : throw new CliUsageException($"{option} must be at least 1");
}
