using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ComplianceGen.Cli.Batch;
using ComplianceGen.Cli.Documents;
using static System.FormattableString;

namespace ComplianceGen.Cli.Survey;

/// <summary>
/// <c>survey --passes N</c>: the same documents read and checked N times in one process, each pass timed. The first pass
/// of a process pays for compiling the reader (the JIT), so it says how fast a short run is; the later passes say how
/// fast a long batch goes once the code is compiled. Both are printed, per format, because they differ by a factor of
/// two to four on a few hundred documents.
/// </summary>
internal static class ReadingPasses
{
    /// <summary>One pass: wall time over the whole collection, and per format the bytes and the time workers spent.</summary>
    private sealed record Pass(double WallSeconds, IReadOnlyDictionary<string, (int Documents, long Bytes, double Seconds)> Formats);

    /// <summary>Runs passes 2…<paramref name="passes"/> (the survey itself was pass 1, timed as <paramref name="first"/>) and prints all of them.</summary>
    public static void Write(TextWriter o, IReadOnlyList<string> files, DocumentChecker checker, int workers, int passes,
        double firstWallSeconds, IReadOnlyDictionary<string, (int Documents, long Bytes, double Seconds)> first)
    {
        var all = new List<Pass> { new(firstWallSeconds, first) };
        for (int p = 2; p <= passes; p++) all.Add(Run(files, checker, workers));

        long totalBytes = first.Values.Sum(f => f.Bytes);
        var formats = first.Keys.Order(StringComparer.Ordinal).ToList();
        o.WriteLine();
        o.WriteLine(Invariant($"Reading and checking speed over {passes} passes of the same {files.Count} document(s), {workers} worker(s), in MB/s (10⁶ bytes); pass 1 includes compiling the reader:"));
        o.WriteLine("  pass  wall s  MB/s (wall)   " + string.Join("  ", formats.Select(f => Invariant($"{f + " MB/s",-10}  {f + " docs/s",-11}"))) + "   (per worker)");
        for (int i = 0; i < all.Count; i++)
        {
            var pass = all[i];
            string perFormat = string.Join("  ", formats.Select(f => Invariant($"{MegabytesPerSecond(pass, f),10:0.0}  {DocumentsPerSecond(pass, f),11:0.0}")));
            o.WriteLine(Invariant($"  {i + 1,4}  {pass.WallSeconds,6:0.00}  {totalBytes / Megabyte / pass.WallSeconds,12:0.0}  {perFormat}"));
        }
        if (all.Count >= 3)
        {
            // The median of the passes after the first, each figure on its own: one pass slowed by the machine does not move it.
            var later = all.Skip(1).ToList();
            string perFormat = string.Join("; ", formats.Select(f =>
                Invariant($"{f}: {Median(later.Select(p => MegabytesPerSecond(p, f))):0.0} MB/s, {Median(later.Select(p => DocumentsPerSecond(p, f))):0.0} documents/s per worker")));
            o.WriteLine(Invariant($"  compiled (median of passes 2–{all.Count}): {Median(later.Select(p => totalBytes / Megabyte / p.WallSeconds)):0.0} MB/s wall; {perFormat}; best pass {later.Max(p => totalBytes / Megabyte / p.WallSeconds):0.0} MB/s wall"));
        }
    }

    private static double MegabytesPerSecond(Pass pass, string format) =>
        pass.Formats.TryGetValue(format, out var v) && v.Seconds > 0 ? v.Bytes / Megabyte / v.Seconds : 0;

    private static double DocumentsPerSecond(Pass pass, string format) =>
        pass.Formats.TryGetValue(format, out var v) && v.Seconds > 0 ? v.Documents / v.Seconds : 0;

    /// <summary>The middle value; for an even count, the mean of the two middle ones.</summary>
    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        int middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>A decimal megabyte, 10⁶ bytes: the unit issue 10 states its reading-speed target in (MB/s), used by every speed `survey` prints.</summary>
    internal const double Megabyte = 1_000_000.0;

    private static Pass Run(IReadOnlyList<string> files, DocumentChecker checker, int workers)
    {
        var formats = new ConcurrentDictionary<string, (int Documents, long Bytes, double Seconds)>(StringComparer.Ordinal);
        var wall = Stopwatch.StartNew();
        BatchRunner.Run(files, path =>
        {
            var (outcome, seconds, bytes) = TimedCheck(checker, path);
            formats.AddOrUpdate(FormatOf(outcome), _ => (1, bytes, seconds), (_, v) => (v.Documents + 1, v.Bytes + bytes, v.Seconds + seconds));
            return outcome;
        }, _ => { }, workers);
        return new Pass(wall.Elapsed.TotalSeconds, formats);
    }

    /// <summary>One document checked, with the time the worker spent on it and the file's size (0 when it cannot be read).</summary>
    public static (DocumentOutcome Outcome, double Seconds, long Bytes) TimedCheck(DocumentChecker checker, string path)
    {
        var watch = Stopwatch.StartNew();
        var outcome = checker.Check(path);
        double seconds = watch.Elapsed.TotalSeconds;
        long bytes;
        try { bytes = new FileInfo(path).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { bytes = 0; }
        return (outcome, seconds, bytes);
    }

    public static string FormatOf(DocumentOutcome outcome) =>
        outcome.Format ?? Path.GetExtension(outcome.Path).TrimStart('.').ToLowerInvariant() switch { "" => "?", var e => e };
}
