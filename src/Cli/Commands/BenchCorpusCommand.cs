using System;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace ComplianceGen.Cli.Commands;

/// <summary>
/// <c>compliance bench-corpus N [--seeds DIR] [--out DIR] [--keep]</c>: makes N documents by
/// copying the seed documents (each copy varied so no two files are identical) and times
/// <c>check --format json</c> over them. A measurement to report, not a test.
/// </summary>
public static class BenchCorpusCommand
{
    public static Command Create(CliConsole console)
    {
        var count = new Argument<int>("count") { Description = "How many documents to make" };
        var seeds = new Option<string>("--seeds") { Description = "Folder of seed documents", DefaultValueFactory = _ => "seeds" };
        var outDir = new Option<string?>("--out") { Description = "Folder to make the corpus in (default: a new temporary folder)" };
        var keep = new Option<bool>("--keep") { Description = "Keep the corpus and report afterwards" };
        var command = new Command("bench-corpus", "Time check --format json over N copies of the seeds") { count, seeds, outDir, keep };
        command.SetAction(parse => Run(console, parse.GetValue(count), parse.GetValue(seeds)!, parse.GetValue(outDir), parse.GetValue(keep)));
        return command;
    }

    public static int Run(CliConsole console, int count, string seedFolder, string? outDir, bool keep)
    {
        if (count < 1) throw new CliUsageException("count must be at least 1");
        if (!Directory.Exists(seedFolder)) throw new CliUsageException($"{seedFolder}: no such seed folder");
        var seeds = Directory.GetFiles(seedFolder, "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToArray();
        if (seeds.Length == 0) throw new CliUsageException($"{seedFolder}: no .txt seeds");
        string corpus = outDir ?? Path.Combine(Path.GetTempPath(), "compliance-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(corpus);
        var texts = seeds.Select(p => File.ReadAllText(p, Encoding.UTF8)).ToArray();
        long bytes = 0;
        for (int i = 0; i < count; i++)
        {
            // Spread over sub-folders (recursive discovery) and vary each copy with a trailing line.
            string folder = Path.Combine(corpus, (i / 100).ToString("D3", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            string text = texts[i % texts.Length] + "\n（副本" + i.ToString(CultureInfo.InvariantCulture) + "）\n";
            string path = Path.Combine(folder, $"{i:D5}_{Path.GetFileName(seeds[i % seeds.Length])}");
            File.WriteAllText(path, text, new UTF8Encoding(false));
            bytes += new FileInfo(path).Length;
        }
        string report = Path.Combine(corpus, "report.json");
        var quiet = CliConsole.Captured(TextWriter.Null, new StringWriter());
        var clock = Stopwatch.StartNew();
        int exit = CheckCommand.Run(quiet, new CheckRequest(new[] { corpus }, "json", report, null, Array.Empty<string>(), "never", Environment.ProcessorCount));
        clock.Stop();
        double seconds = clock.Elapsed.TotalSeconds;
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bench-corpus: {count} documents ({bytes / 1024.0 / 1024.0:F1} MB) checked with --format json in {seconds:F2} s ({count / seconds:F0} docs/s, {Environment.ProcessorCount} workers); exit {exit}; report {new FileInfo(report).Length / 1024} KB"));
        if (!keep)
        {
            Directory.Delete(corpus, recursive: true);
        }
        else
        {
            console.Out.WriteLine($"bench-corpus: corpus and report kept in {corpus}");
        }
        return exit == ExitCodes.UsageOrInputError ? exit : ExitCodes.Ok;
    }
}
