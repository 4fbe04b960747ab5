using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using ComplianceGen.Reader;

namespace ComplianceGen.Benchmarks.Corpus;

/// <summary>
/// `reading FOLDER... [--passes N]`: the reader alone, on one thread, over every file of the folders, pass after
/// pass in one process: per pass the wall time, the thread's processor time (which a busy neighbour on a shared
/// machine disturbs less than the wall clock), MB/s on each, and the bytes allocated. Run it under the CLI's GC
/// settings (DOTNET_gcServer=1 DOTNET_GCHeapCount=1) to see what a worker of `compliance` sees.
/// </summary>
public static class ReadingCommand
{
    public static int Run(string[] args)
    {
        int passes = 20;
        bool allocations = false, byFile = false;
        string? against = null;
        var folders = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--passes" && i + 1 < args.Length) passes = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--allocations") allocations = true;
            else if (args[i] == "--by-file") byFile = true;
            else if (args[i] == "--against" && i + 1 < args.Length) against = args[++i];
            else folders.Add(args[i]);
        }
        var files = folders.SelectMany(f => Directory.EnumerateFiles(f)).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        if (files.Length == 0) { Console.Error.WriteLine("usage: reading FOLDER... [--passes N]"); return 2; }
        double megabytes = files.Sum(f => new FileInfo(f).Length) / 1e6;
        Console.WriteLine($"{files.Length} files, {megabytes:0.00} MB; server GC {System.Runtime.GCSettings.IsServerGC}");
        Console.WriteLine(" pass   wall ms   cpu ms  MB/s wall  MB/s cpu  allocated MB  collections (gen 0/1/2)  GC pause ms");
        if (against is not null) return Duel(files, megabytes, passes, against);
        using var sampler = allocations ? new AllocationSampler() : null;
        var cpuRates = new List<double>();
        var wallRates = new List<double>();
        for (int pass = 1; pass <= passes; pass++)
        {
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            var pause = GC.GetTotalPauseDuration();
            int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
            double cpuBefore = ThreadCpuMilliseconds();
            var clock = Stopwatch.StartNew();
            foreach (var file in files) DocumentReader.Read(file);
            clock.Stop();
            double cpu = ThreadCpuMilliseconds() - cpuBefore;
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            double wall = clock.Elapsed.TotalMilliseconds;
            if (pass > 2) { cpuRates.Add(megabytes / (cpu / 1000)); wallRates.Add(megabytes / (wall / 1000)); }
            Console.WriteLine($"{pass,5} {wall,9:0} {cpu,8:0} {megabytes / (wall / 1000),10:0.0} {megabytes / (cpu / 1000),9:0.0} {allocated / 1e6,13:0.0}  {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}  {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds,10:0}");
        }
        if (cpuRates.Count > 0)
            Console.WriteLine($"passes 3–{passes}: median {Median(wallRates):0.0} MB/s wall, {Median(cpuRates):0.0} MB/s processor time; best {wallRates.Max():0.0} / {cpuRates.Max():0.0}");
        sampler?.Print(Console.Out);
        if (byFile) ByFile(files);
        return 0;
    }

    /// <summary>
    /// Each file on its own, best of five reads by the thread's processor time, and the files that take longest for
    /// their size: where a reader's time grows faster than the text does.
    /// </summary>
    private static void ByFile(string[] files)
    {
        var rows = new List<(string File, double Kilobytes, double Milliseconds)>();
        foreach (var file in files)
        {
            double best = double.MaxValue;
            for (int run = 0; run < 5; run++)
            {
                double before = ThreadCpuMilliseconds();
                DocumentReader.Read(file);
                best = Math.Min(best, ThreadCpuMilliseconds() - before);
            }
            rows.Add((file, new FileInfo(file).Length / 1e3, best));
        }
        double total = rows.Sum(r => r.Milliseconds);
        Console.WriteLine($"by file: {total:0} ms processor time in all, {rows.Sum(r => r.Kilobytes) / 1e3 / (total / 1000):0.0} MB/s; slowest for their size:");
        Console.WriteLine("   ms/MB      ms      KB  share  file");
        foreach (var r in rows.OrderByDescending(r => r.Milliseconds / r.Kilobytes).Take(Environment.GetEnvironmentVariable("BY_FILE_ALL") is null ? 25 : int.MaxValue))
            Console.WriteLine($"{r.Milliseconds / r.Kilobytes * 1000,8:0} {r.Milliseconds,7:0.0} {r.Kilobytes,7:0} {r.Milliseconds * 100 / total,5:0.0}%  {Path.GetFileName(r.File)}");
    }

    /// <summary>
    /// This build's reader and another build's (its ComplianceGen.Reader and ComplianceGen.Runtime, loaded on their own),
    /// pass for pass in one process: the two meet the machine as it is at the same moment, which on a shared machine
    /// whose speed drifts by a third within minutes is the only fair comparison.
    /// </summary>
    private static int Duel(string[] files, double megabytes, int passes, string folder)
    {
        // Both builds are loaded the same way, each in a context of its own: this one from beside the benchmark. (Called
        // directly, this build ran some 7 % faster than a copy of itself loaded on its own.)
        Action<string> theirs = ReaderOf(new OtherBuild(Path.GetFullPath(folder)));
        Action<string> ours = ReaderOf(new OtherBuild(AppContext.BaseDirectory));
        var times = new Dictionary<string, List<double>> { ["this build"] = new(), [folder] = new() };
        Console.WriteLine($"{files.Length} files, {megabytes:0.00} MB; pass by pass, alternating which goes first; MB/s wall");
        for (int pass = 1; pass <= passes; pass++)
        {
            var order = pass % 2 == 0 ? new[] { ("this build", ours), (folder, theirs) } : new[] { (folder, theirs), ("this build", ours) };
            var line = new System.Text.StringBuilder($"{pass,5}");
            foreach (var (name, reader) in order)
            {
                var clock = Stopwatch.StartNew();
                foreach (var file in files) reader(file);
                double rate = megabytes / clock.Elapsed.TotalSeconds;
                if (pass > 3) times[name].Add(rate);
                line.Append($"  {name}: {rate,5:0.0}");
            }
            Console.WriteLine(line);
        }
        var a = times["this build"];
        var b = times[folder];
        var ratios = a.Zip(b, (x, y) => x / y).ToList();
        Console.WriteLine($"passes 4–{passes}: this build median {Median(a):0.0} MB/s, best {a.Max():0.0}; {folder} median {Median(b):0.0}, best {b.Max():0.0}; " +
                          $"this ÷ that, pass by pass: median {Median(ratios):0.000} (range {ratios.Min():0.000}–{ratios.Max():0.000})");
        return 0;
    }

    private static Action<string> ReaderOf(OtherBuild build)
    {
        var assembly = build.LoadFromAssemblyName(new System.Reflection.AssemblyName("ComplianceGen.Reader"));
        var read = assembly.GetType("ComplianceGen.Reader.DocumentReader", throwOnError: true)!
            .GetMethod("Read", new[] { typeof(string), assembly.GetType("ComplianceGen.Reader.ReaderOptions", throwOnError: true)! })!;
        return file => read.Invoke(null, new object?[] { file, null });
    }

    private sealed class OtherBuild(string folder) : System.Runtime.Loader.AssemblyLoadContext("other build")
    {
        protected override System.Reflection.Assembly? Load(System.Reflection.AssemblyName name) =>
            name.Name is "ComplianceGen.Reader" or "ComplianceGen.Runtime" ? LoadFromAssemblyPath(Path.Combine(folder, name.Name + ".dll")) : null;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>
    /// The runtime's allocation ticks (one about every 100 KB allocated, naming the type allocated then), summed by type:
    /// where the bytes go, without a profiler.
    /// </summary>
    private sealed class AllocationSampler : System.Diagnostics.Tracing.EventListener
    {
        private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);

        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
                EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
        {
            if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
            int name = e.PayloadNames!.IndexOf("TypeName"), amount = e.PayloadNames.IndexOf("AllocationAmount64");
            if (name < 0 || amount < 0) return;
            string type = e.Payload[name] as string ?? "?";
            // AllocationKind 1 is the large object heap: what it takes there starts background collections of the whole heap.
            int kind = e.PayloadNames.IndexOf("AllocationKind");
            if (kind >= 0 && Convert.ToInt32(e.Payload[kind], CultureInfo.InvariantCulture) == 1) type = "(large) " + type;
            long bytes = Convert.ToInt64(e.Payload[amount], CultureInfo.InvariantCulture);
            lock (_bytes) _bytes[type] = _bytes.GetValueOrDefault(type) + bytes;
        }

        public void Print(TextWriter output)
        {
            lock (_bytes)
            {
                long total = _bytes.Values.Sum();
                output.WriteLine($"allocation ticks: {total / 1e6:0} MB sampled, by type:");
                foreach (var (type, bytes) in _bytes.OrderByDescending(p => p.Value).Take(40))
                    output.WriteLine($"  {bytes * 100.0 / total,5:0.0} %  {type}");
            }
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec { public long Seconds; public long Nanoseconds; }

    [DllImport("libc", SetLastError = true)]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    // CLOCK_THREAD_CPUTIME_ID: the calling thread's processor time (Linux).
    private static double ThreadCpuMilliseconds() =>
        clock_gettime(3, out var t) == 0 ? t.Seconds * 1000.0 + t.Nanoseconds / 1e6 : double.NaN;
}
