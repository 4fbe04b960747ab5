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
        o.WriteLine();
        o.WriteLine(Invariant($"Reading and checking speed over {passes} passes of the same {files.Count} document(s), {workers} worker(s); pass 1 includes compiling the reader:"));
        o.WriteLine("  pass  wall s   MB/s (wall)  " + string.Join("  ", first.Keys.Order(StringComparer.Ordinal).Select(f => Invariant($"{f + " MB/s",-9}  {f + " docs/s",-11}"))) + "   (per worker)");
        for (int i = 0; i < all.Count; i++)
        {
            var pass = all[i];
            string perFormat = string.Join("  ", first.Keys.Order(StringComparer.Ordinal).Select(f =>
            {
                var (documents, bytes, seconds) = pass.Formats.TryGetValue(f, out var v) ? v : (0, 0L, 0.0);
                return Invariant($"{(seconds > 0 ? bytes / Mb / seconds : 0),9:0.0}  {(seconds > 0 ? documents / seconds : 0),11:0.0}");
            }));
            o.WriteLine(Invariant($"  {i + 1,4}  {pass.WallSeconds,6:0.00}  {totalBytes / Mb / pass.WallSeconds,11:0.0}  {perFormat}"));
        }
        if (all.Count >= 3)
        {
            // The median of the passes after the first: one pass slowed by the machine does not move it.
            var later = all.Skip(1).OrderBy(p => p.WallSeconds).ToList();
            var median = later[later.Count / 2];
            string perFormat = string.Join("  ", first.Keys.Order(StringComparer.Ordinal).Select(f =>
            {
                var (documents, bytes, seconds) = median.Formats.TryGetValue(f, out var v) ? v : (0, 0L, 0.0);
                return Invariant($"{f}: {(seconds > 0 ? bytes / Mb / seconds : 0):0.0} MB/s, {(seconds > 0 ? documents / seconds : 0):0.0} documents/s per worker");
            }));
            o.WriteLine(Invariant($"  compiled (median of passes 2–{all.Count}): {totalBytes / Mb / median.WallSeconds:0.0} MB/s wall; {perFormat}; best pass {totalBytes / Mb / later[0].WallSeconds:0.0} MB/s wall"));
        }
    }

    private const double Mb = 1024.0 * 1024.0;

    private static Pass Run(IReadOnlyList<string> files, DocumentChecker checker, int workers)
    {
        var formats = new ConcurrentDictionary<string, (int Documents, long Bytes, double Seconds)>(StringComparer.Ordinal);
        var wall = Stopwatch.StartNew();
        BatchRunner.Run(files, path =>
        {
            var watch = Stopwatch.StartNew();
            var outcome = checker.Check(path);
            double seconds = watch.Elapsed.TotalSeconds;
            long bytes;
            try { bytes = new FileInfo(path).Length; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { bytes = 0; }
            formats.AddOrUpdate(FormatOf(outcome), _ => (1, bytes, seconds), (_, v) => (v.Documents + 1, v.Bytes + bytes, v.Seconds + seconds));
            return outcome;
        }, _ => { }, workers);
        return new Pass(wall.Elapsed.TotalSeconds, formats);
    }

    public static string FormatOf(DocumentOutcome outcome) =>
        outcome.Format ?? Path.GetExtension(outcome.Path).TrimStart('.').ToLowerInvariant() switch { "" => "?", var e => e };
}
