using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using ComplianceGen.Benchmarks.Shared;
using ComplianceGen.Generated;
using ComplianceGen.Reader;
using ComplianceGen.Runtime;

namespace ComplianceGen.Benchmarks.Corpus;

/// <summary>
/// `corpus N`: writes N documents made by varying the seeds into a temporary folder, then reads
/// and checks them all with bounded parallelism, holding nothing but counters, and reports wall
/// time, documents per second and peak memory.
/// </summary>
public static class CorpusCommand
{
    private static readonly string[] Departments =
    {
        "科学技术协会", "文化和旅游局", "卫生健康委员会", "教育局", "民政局", "财政局", "司法局", "统计局", "档案馆", "妇女联合会",
    };

    private static readonly Regex Money = new(@"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s*)(万元|元)", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private static readonly Regex Heading = new(@"^\s*[一二三四五六七八九十]+、", RegexOptions.Compiled | RegexOptions.Multiline);

    public static int Run(string[] args)
    {
        if (args.Length < 1 || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out int count) || count < 1)
        {
            Console.Error.WriteLine("usage: corpus N [--parallel P] [--dir FOLDER] [--keep]");
            return 2;
        }
        int parallel = Option(args, "--parallel") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : Environment.ProcessorCount;
        bool keep = args.Contains("--keep");
        string dir = Option(args, "--dir") ?? Path.Combine(Path.GetTempPath(), $"compliancegen-corpus-{count}-{Environment.ProcessId}");

        var seeds = Repo.Seeds().Select(path => File.ReadAllText(path, Encoding.UTF8)).ToArray();
        var context = Repo.Context;
        var rules = ComplianceRules.All;
        // Warm the reader and the rules once, so the timed run is the steady state a CLI reaches after its first file.
        RuleRunner.Run(rules, DocumentReader.ReadText(seeds[0]).Report, context);

        Directory.CreateDirectory(dir);
        var generate = Stopwatch.StartNew();
        long bytes = Generate(seeds, count, dir);
        generate.Stop();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        long workingSetBefore = process.WorkingSet64;
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);

        long peakWorkingSet = 0, peakHeap = 0;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            using var self = Process.GetCurrentProcess();
            while (!stop.IsCancellationRequested)
            {
                self.Refresh();
                peakWorkingSet = Math.Max(peakWorkingSet, self.WorkingSet64);
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                try { await Task.Delay(50, stop.Token); } catch (OperationCanceledException) { }
            }
        });

        var unreadable = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        long documents = 0, failedReads = 0, findings = 0, failingRules = 0;
        var check = Stopwatch.StartNew();
        Parallel.ForEach(
            Directory.EnumerateFiles(dir, "*.txt"),
            new ParallelOptions { MaxDegreeOfParallelism = parallel },
            path =>
            {
                try
                {
                    var result = RuleRunner.Run(rules, DocumentReader.Read(path).Report, context);
                    int f = 0, r = 0;
                    foreach (var rule in result.Results)
                    {
                        f += rule.Findings.Count;
                        if (rule.Status == RuleStatus.Fail) r++;
                    }
                    Interlocked.Add(ref findings, f);
                    Interlocked.Add(ref failingRules, r);
                }
                catch (DocumentReadException e)
                {
                    unreadable.AddOrUpdate(e.Reason + ": " + e.Message.Replace(e.Path, "<file>", StringComparison.Ordinal), 1, (_, n) => n + 1);
                    Interlocked.Increment(ref failedReads);
                }
                Interlocked.Increment(ref documents);
            });
        check.Stop();
        stop.Cancel();
        sampler.Wait();
        process.Refresh();

        double seconds = check.Elapsed.TotalSeconds;
        var gcInfo = GC.GetGCMemoryInfo();
        var lines = new[]
        {
            $"documents            {documents:N0} ({failedReads} unreadable), {bytes / 1e6:0.0} MB, folder {dir}",
            $"generate             {generate.Elapsed.TotalSeconds:0.00} s (not part of the check)",
            $"check wall time      {seconds:0.00} s with {parallel} workers, {rules.Count} rules",
            $"documents/second     {documents / seconds:0}",
            $"throughput           {bytes / 1e6 / seconds:0.00} MB/s",
            $"findings             {findings:N0} ({failingRules:N0} failing rule outcomes)",
            $"working set          {workingSetBefore / 1048576.0:0} MiB before the check, peak {peakWorkingSet / 1048576.0:0} MiB during it (sampled every 50 ms); process peak {process.PeakWorkingSet64 / 1048576.0:0} MiB",
            $"managed heap         peak {peakHeap / 1048576.0:0} MiB (sampled), {gcInfo.HeapSizeBytes / 1048576.0:0} MiB after",
            $"GCs during check     gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}",
        };
        foreach (var line in lines) Console.WriteLine(line);
        foreach (var (reason, n) in unreadable.OrderByDescending(p => p.Value).Take(5)) Console.WriteLine($"  unreadable x{n}: {reason}");

        if (!keep && Option(args, "--dir") is null) Directory.Delete(dir, recursive: true);
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>Writes the documents one at a time (nothing held), returns the bytes written.</summary>
    public static long Generate(string[] seeds, int count, string dir)
    {
        long bytes = 0;
        var gb18030 = CodePages();
        for (int i = 0; i < count; i++)
        {
            var random = new Random(i);
            string text = Vary(seeds[i % seeds.Length], random);
            // Encodings: half UTF-8 (a fifth of those with a BOM), half GB18030, as county sites publish them.
            byte[] data = (i % 2) switch
            {
                0 => random.Next(5) == 0 ? Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray() : Encoding.UTF8.GetBytes(text),
                _ => gb18030.GetBytes(text),
            };
            File.WriteAllBytes(Path.Combine(dir, $"doc-{i:D6}.txt"), data);
            bytes += data.Length;
        }
        return bytes;
    }

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    /// <summary>Numbers scaled, 万元 restated in 元 for some, the department renamed, one section dropped for some.</summary>
    public static string Vary(string seed, Random random)
    {
        string text = seed;
        decimal factor = 0.5m + random.Next(0, 150) / 100m;
        bool toYuan = random.Next(4) == 0;
        text = Money.Replace(text, match =>
        {
            string digits = match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal) + match.Groups[2].Value;
            if (!decimal.TryParse(digits, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return match.Value;
            int decimals = match.Groups[2].Success ? match.Groups[2].Value.Length - 1 : 0;
            string space = match.Groups[3].Value, unit = match.Groups[4].Value;
            decimal scaled = Math.Round(value * factor, decimals);
            if (toYuan && unit == "万元") return (scaled * 10000m).ToString("0.##", CultureInfo.InvariantCulture) + space + "元";
            return scaled.ToString("F" + decimals, CultureInfo.InvariantCulture) + space + unit;
        });

        string department = Departments[random.Next(Departments.Length)];
        text = text.Replace("科学技术协会", department, StringComparison.Ordinal);

        if (random.Next(3) == 0)
        {
            var headings = Heading.Matches(text);
            if (headings.Count > 2)
            {
                int k = 1 + random.Next(headings.Count - 2);
                int start = headings[k].Index, end = headings[k + 1].Index;
                text = text.Remove(start, end - start);
            }
        }
        return text;
    }
}
