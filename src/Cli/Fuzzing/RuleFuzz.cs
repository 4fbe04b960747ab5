using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;

namespace ComplianceGen.Cli.Fuzzing;

/// <summary>
/// <c>compliance fuzz rules</c>: runs rule fuzz cases in worker processes of this same tool, a
/// chunk each, so that a crash no catch can stop (a stack overflow, exit 134) is counted against
/// the case that caused it and the run goes on from the next case, and memory stays bounded.
/// </summary>
public static class RuleFuzz
{
    /// <summary>Runs cases [from, from + count) in this process: what ./test.sh does with a few hundred.</summary>
    public static List<RuleCaseResult> RunInProcess(int seed, int from, int count, string folder)
    {
        var results = new List<RuleCaseResult>();
        for (int i = from; i < from + count; i++)
        {
            string caseFolder = Path.Combine(folder, i.ToString(CultureInfo.InvariantCulture));
            results.Add(RuleCaseRunner.Run(RuleCases.Make(seed, i), caseFolder));
            TryDelete(caseFolder);
        }
        return results;
    }

    /// <summary>The worker: one line before and one after each case, flushed, for the supervisor to read.</summary>
    public static int Worker(CliConsole console, int seed, int from, int count, string folder)
    {
        for (int i = from; i < from + count; i++)
        {
            console.Out.WriteLine("start " + i.ToString(CultureInfo.InvariantCulture));
            console.Out.Flush();
            string caseFolder = Path.Combine(folder, i.ToString(CultureInfo.InvariantCulture));
            var result = RuleCaseRunner.Run(RuleCases.Make(seed, i), caseFolder);
            TryDelete(caseFolder);
            console.Out.WriteLine(string.Join("\t", "done", i.ToString(CultureInfo.InvariantCulture), result.Case.Kind, result.Outcome,
                result.Problem ?? "", OneLine(result.Detail ?? "")));
            console.Out.Flush();
        }
        return ExitCodes.Ok;
    }

    public static int Supervise(CliConsole console, int seed, int from, int count, int chunk, string output)
    {
        Directory.CreateDirectory(output);
        var clock = Stopwatch.StartNew();
        var byKind = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var byOutcome = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<(int Index, string Kind, string Problem, string Detail)>();
        int next = from, end = from + count;
        while (next < end)
        {
            int size = Math.Min(chunk, end - next);
            int started = -1, lastDone = next - 1;
            var (file, prefix) = Self();
            var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in prefix.Concat(new[] { "fuzz", "rules", "--worker", "--seed", Text(seed), "--from", Text(next), "--cases", Text(size), "--out", Path.Combine(output, "work") }))
                start.ArgumentList.Add(arg);
            using (var process = Process.Start(start)!)
            {
                var stderr = process.StandardError.ReadToEndAsync();
                string? line;
                while ((line = process.StandardOutput.ReadLine()) is not null)
                {
                    var parts = line.Split('\t');
                    if (parts[0].StartsWith("start ", StringComparison.Ordinal)) started = int.Parse(parts[0].AsSpan(6), CultureInfo.InvariantCulture);
                    if (parts[0] != "done" || parts.Length < 6) continue;
                    lastDone = int.Parse(parts[1], CultureInfo.InvariantCulture);
                    Count(byKind, parts[2]);
                    Count(byOutcome, parts[3]);
                    if (parts[4].Length > 0) problems.Add((lastDone, parts[2], parts[4], parts[5]));
                }
                process.WaitForExit();
                if (started > lastDone)
                {
                    // The worker died inside a case: that case crashed the tool.
                    var @case = RuleCases.Make(seed, started);
                    Count(byKind, @case.Kind);
                    Count(byOutcome, "crashed the process");
                    problems.Add((started, @case.Kind, RuleCaseRunner.Crash, $"exit {process.ExitCode}: {OneLine(stderr.Result)}"));
                    lastDone = started;
                }
                else if (lastDone < next + size - 1)
                {
                    console.Error.WriteLine($"compliance: fuzz worker stopped early (exit {process.ExitCode}): {OneLine(stderr.Result)}");
                    return ExitCodes.UsageOrInputError;
                }
            }
            next = lastDone + 1;
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz rules: {next - from}/{count} cases, {problems.Count} problem(s), {clock.Elapsed.TotalSeconds:0} s"));
        }
        SaveProblems(seed, output, problems);

        var o = console.Out;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rule fuzz: {count} cases (seed {seed}, cases {from}..{end - 1}) in {clock.Elapsed.TotalSeconds:0} s"));
        o.WriteLine("  by kind:    " + string.Join(", ", byKind.Select(k => $"{k.Key} {k.Value}")));
        o.WriteLine("  outcomes:   " + string.Join(", ", byOutcome.Select(k => $"{k.Key} {k.Value}")));
        foreach (var kind in new[] { RuleCaseRunner.Crash, RuleCaseRunner.Unlocated, RuleCaseRunner.Internal, RuleCaseRunner.CleanButNotCompiling, RuleCaseRunner.CleanButNotRunning, RuleCaseRunner.DroppedRule })
            o.WriteLine($"  {kind}: {problems.Count(p => p.Problem == kind)}");
        foreach (var p in problems.Take(20)) o.WriteLine($"  case {p.Index} ({p.Kind}): {p.Problem}: {p.Detail}");
        if (problems.Count > 0) o.WriteLine($"  the failing cases are in {Path.Combine(output, "failures")}");
        return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Findings;
    }

    private static void SaveProblems(int seed, string output, List<(int Index, string Kind, string Problem, string Detail)> problems)
    {
        foreach (var p in problems)
        {
            string folder = Path.Combine(output, "failures", p.Index.ToString(CultureInfo.InvariantCulture) + "-" + p.Kind);
            foreach (var (relative, text) in RuleCases.Make(seed, p.Index).Files)
            {
                string path = Path.Combine(folder, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
            }
            File.WriteAllText(Path.Combine(folder, "problem.txt"), p.Problem + ": " + p.Detail + "\n");
        }
    }

    /// <summary>How to start this tool again: its apphost, or dotnet and its assembly.</summary>
    public static (string File, string[] Prefix) Self()
    {
        string process = Environment.ProcessPath!;
        return Path.GetFileNameWithoutExtension(process) == "dotnet"
            ? (process, new[] { Assembly.GetEntryAssembly()!.Location })
            : (process, Array.Empty<string>());
    }

    private static void Count(SortedDictionary<string, int> counts, string key) => counts[key] = counts.TryGetValue(key, out int n) ? n + 1 : 1;

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string OneLine(string text)
    {
        string line = text.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ').Trim();
        return line.Length > 300 ? line[..300] + "…" : line;
    }

    public static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover scratch folder under the fuzz output; harmless.
        }
    }
}
