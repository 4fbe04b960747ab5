using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ComplianceGen.Cli.Fuzzing;

/// <summary>
/// <c>compliance fuzz documents</c>: makes hostile inputs (<see cref="DocumentCases"/>), then runs
/// <c>compliance check --format json</c> on each alone in a fresh process — no crash, done within
/// 30 s and 2 GB, refused by name exactly where it must be — and on all of them in one batch,
/// where every input must appear in the JSON with the documents checked beside it.
/// </summary>
public static class DocumentFuzz
{
    private static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(30);
    private const long MaxMemory = 2L * 1024 * 1024 * 1024;

    public static int Run(CliConsole console, int seed, int count, string output)
    {
        var clock = Stopwatch.StartNew();
        string folder = Path.Combine(output, "inputs");
        var cases = DocumentCases.Make(folder, seed, count);
        var problems = new List<string>();
        TimeSpan slowest = TimeSpan.Zero;
        long largest = 0;
        string slowestKind = "", largestKind = "";
        int refused = 0;
        foreach (var @case in cases)
        {
            var run = Check(new[] { @case.Path });
            if (run.Time > slowest) (slowest, slowestKind) = (run.Time, @case.Kind);
            if (run.PeakMemory > largest) (largest, largestKind) = (run.PeakMemory, @case.Kind);
            string? problem = Judge(@case, run);
            if (problem is not null) problems.Add($"{@case.Path} ({@case.Kind}): {problem}");
            if (run.Json is { } json && Error(Find(json, @case.Path)) is not null) refused++;
        }

        var batch = Check(new[] { folder });
        var batchProblems = new List<string>();
        if (batch.Exit is not (0 or 1 or 2)) batchProblems.Add($"the batch ended with exit {batch.Exit}: {batch.Err}");
        else if (batch.Json is not { } all) batchProblems.Add("the batch wrote no JSON report");
        else
        {
            foreach (var @case in cases.Where(c => Find(all, c.Path) is null)) batchProblems.Add($"{@case.Path} ({@case.Kind}) is missing from the batch report");
            if (refused > 0 && batch.Exit != 2) batchProblems.Add($"the batch exited {batch.Exit}, not 2, with unreadable inputs");
        }
        problems.AddRange(batchProblems);

        var o = console.Out;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"document fuzz: {cases.Count} inputs (seed {seed}) in {clock.Elapsed.TotalSeconds:0} s"));
        o.WriteLine("  by kind: " + string.Join(", ", cases.GroupBy(c => c.Kind).Select(g => $"{g.Key} {g.Count()}")));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  each alone: {refused} refused by name, {cases.Count - refused} checked; slowest {slowest.TotalSeconds:0.0} s ({slowestKind}), most memory {largest / (1024 * 1024)} MB ({largestKind})"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  all in one batch: exit {batch.Exit} in {batch.Time.TotalSeconds:0.0} s, {batch.PeakMemory / (1024 * 1024)} MB; {(batchProblems.Count == 0 ? "every input in the JSON" : batchProblems.Count + " problem(s)")}"));
        o.WriteLine($"  problems: {problems.Count}");
        foreach (var p in problems.Take(30)) o.WriteLine("  " + p);
        return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Findings;
    }

    /// <summary>What is wrong with one input's run, or null.</summary>
    private static string? Judge(DocumentCase @case, CheckRun run)
    {
        if (run.TimedOut) return $"still running after {run.Time.TotalSeconds:0} s";
        if (run.Exit is not (0 or 1 or 2)) return $"crashed (exit {run.Exit}): {RuleFuzz.OneLine(run.Err)}";
        if (run.Time > MaxTime) return $"took {run.Time.TotalSeconds:0} s";
        if (run.PeakMemory > MaxMemory) return $"used {run.PeakMemory / (1024 * 1024)} MB";
        if (run.Json is not { } json) return "no JSON report";
        // A link to a folder named on the command line is a folder to search (inside a folder it is
        // an entry, refused by name: the batch run checks that).
        if (Directory.Exists(@case.Path)) return null;
        var document = Find(json, @case.Path);
        if (document is null) return "missing from the report";
        string? error = Error(document);
        if (error is not null && run.Exit != 2) return $"refused ({error}) but exit {run.Exit}";
        if (@case.MustBeRefused == true && error is null) return "read, but it must be refused";
        if (@case.MustBeRefused == false && error is not null) return $"refused ({error}), but it must be read";
        if (error is not null && run.Err.Split('\n').Count(l => l.Contains("compliance: ", StringComparison.Ordinal)) > 2) return "more than one line on stderr";
        return null;
    }

    private static JsonElement? Find(JsonElement report, string path)
    {
        string wanted = Inputs.FolderWalker.Display(path);
        foreach (var document in report.GetProperty("documents").EnumerateArray())
            if (document.GetProperty("path").GetString() == wanted) return document;
        return null;
    }

    private static string? Error(JsonElement? document) =>
        document is { } d && d.GetProperty("error").ValueKind == JsonValueKind.Object ? d.GetProperty("error").GetProperty("reason").GetString() : null;

    private sealed record CheckRun(int Exit, string Err, JsonElement? Json, TimeSpan Time, long PeakMemory, bool TimedOut);

    /// <summary>Runs <c>compliance check PATHS --format json</c> in a new process, watching its time and peak memory.</summary>
    private static CheckRun Check(string[] paths)
    {
        var (file, prefix) = RuleFuzz.Self();
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in prefix.Concat(new[] { "check" }).Concat(paths).Concat(new[] { "--format", "json", "--fail-on", "never" })) start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        bool timedOut = false;
        while (!process.WaitForExit(50))
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                // Exited between the wait and the read.
            }
            if (clock.Elapsed > TimeSpan.FromMinutes(3))
            {
                timedOut = true;
                process.Kill(entireProcessTree: true);
            }
        }
        process.WaitForExit();
        JsonElement? json = null;
        try
        {
            json = JsonDocument.Parse(stdout.Result).RootElement.Clone();
        }
        catch (JsonException)
        {
            // Judged by the caller: no report.
        }
        return new CheckRun(process.ExitCode, stderr.Result, json, clock.Elapsed, peak, timedOut);
    }
}
