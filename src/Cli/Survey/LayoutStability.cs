using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ComplianceGen.Reader;
using ComplianceGen.Reader.Decoding;
using ComplianceGen.Runtime;

namespace ComplianceGen.Cli.Survey;

/// <summary>
/// <c>survey --stability</c>: each text document read as it is and after each <see cref="LayoutChanges"/> change,
/// its findings compared. Findings are compared by rule and message, with spaces and thousands separators left
/// out of the message and an ASCII comma read as a full-width one (a finding that quotes the text quotes it as printed);
/// anything else that differs is a
/// finding the layout made or lost.
/// </summary>
internal static class LayoutStability
{
    private static readonly Regex Printing = new(@"(?<=\d),(?=\d)|\s", RegexOptions.CultureInvariant);

    /// <summary>A comma typed in ASCII where the quote has a full-width one: the same punctuation, printed another way.</summary>
    private static readonly Regex AsciiComma = new(@",", RegexOptions.CultureInvariant);

    /// <summary>What one change did to one document: the findings it added and those it lost.</summary>
    private sealed record Difference(string Change, string Path, IReadOnlyList<string> Added, IReadOnlyList<string> Lost);

    public static void Write(TextWriter o, IReadOnlyList<string> paths, IReadOnlyList<RuleValidator> rules, ValidationContext context, int workers)
    {
        var changed = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var differences = new ConcurrentBag<Difference>();
        var failures = new ConcurrentBag<string>();
        Parallel.ForEach(paths, new ParallelOptions { MaxDegreeOfParallelism = workers }, path =>
        {
            try
            {
                // The text as the file holds it, page numbers and running headers included: a change is made to what a
                // converter printed, and the reader takes its furniture out of both forms alike.
                string text = TextDecoder.Decode(File.ReadAllBytes(path), path).Text.Replace("\r\n", "\n", StringComparison.Ordinal);
                string name = Path.GetFileName(path);
                var before = Findings(text, name, rules, context);
                foreach (var change in LayoutChanges.Names)
                {
                    string other = LayoutChanges.Apply(change, text);
                    if (other == text) continue;
                    changed.AddOrUpdate(change, 1, (_, n) => n + 1);
                    var after = Findings(other, name, rules, context);
                    var (added, lost) = Compare(before, after);
                    if (added.Count + lost.Count > 0) differences.Add(new Difference(change, path, added, lost));
                }
            }
            catch (Exception e)
            {
                // One document the reader cannot take is reported, and the others are still compared.
                failures.Add($"{path}: {e.GetType().Name}: {e.Message}");
            }
        });

        o.WriteLine();
        o.WriteLine(Invariant($"Layout stability over {paths.Count} text document(s) (findings by rule and message; spaces and thousands separators aside):"));
        o.WriteLine("  change           changed  same findings");
        foreach (var change in LayoutChanges.Names)
        {
            int n = changed.GetValueOrDefault(change);
            int same = n - differences.Count(d => d.Change == change);
            o.WriteLine(Invariant($"  {change,-15}  {n,7}  {same}/{n}{(n > 0 ? $" ({100.0 * same / n:0.0}%)" : "")}"));
        }
        foreach (var failure in failures.Order(StringComparer.Ordinal)) o.WriteLine("  not compared: " + failure);
        if (differences.IsEmpty) return;
        o.WriteLine("  differences (+ made by the change, - lost by it):");
        foreach (var d in differences.OrderBy(d => LayoutChanges.Names.ToList().IndexOf(d.Change)).ThenBy(d => d.Path, StringComparer.Ordinal))
        {
            o.WriteLine($"    {d.Change}  {Path.GetFileName(d.Path)}");
            foreach (var f in d.Added) o.WriteLine("      + " + f);
            foreach (var f in d.Lost) o.WriteLine("      - " + f);
        }
    }

    /// <summary>The findings, each as many times as it was found: losing one of two identical findings is a difference.</summary>
    private static List<string> Findings(string text, string name, IReadOnlyList<RuleValidator> rules, ValidationContext context)
    {
        var report = DocumentReader.ReadText(text, name).Report;
        if (report.NotDisclosureReason is not null) return new List<string> { "(not a disclosure)" };
        return RuleRunner.Run(rules, report, context).Findings
            .Select(f => f.RuleId + " " + AsciiComma.Replace(Printing.Replace(f.Message, ""), "，")).ToList();
    }

    /// <summary>What <paramref name="after"/> has more of than <paramref name="before"/>, and less.</summary>
    private static (List<string> Added, List<string> Lost) Compare(List<string> before, List<string> after)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in after) counts[f] = counts.GetValueOrDefault(f) + 1;
        foreach (var f in before) counts[f] = counts.GetValueOrDefault(f) - 1;
        var added = new List<string>();
        var lost = new List<string>();
        foreach (var (finding, n) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            for (int k = 0; k < n; k++) added.Add(finding);
            for (int k = 0; k < -n; k++) lost.Add(finding);
        }
        return (added, lost);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
