using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ComplianceGen.Generator.Tests.Infrastructure;
using ComplianceGen.Reader;
using ComplianceGen.Runtime;
using Xunit;
using Xunit.Abstractions;

namespace ComplianceGen.Generator.Tests;

/// <summary>
/// Layout changes that keep the meaning must leave the findings as they were: a page break (with its page number)
/// in the middle of a sentence, letter-spaced words, thousands separators, and prose rewrapped at another width.
/// Each transformation is applied to a whole seed and the set of findings (rule and message) must not change.
/// </summary>
public class LayoutStabilityTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Cases()
    {
        // Every change that alters a seed's text is a case (seed 001 and 003 print no amount of a thousand or more).
        var data = new TheoryData<string, string>();
        foreach (var seed in new[] { "001", "002", "003" })
            foreach (var change in new[] { "page-break", "letter-spacing", "thousands", "rewrap" })
                if (Apply(change, SeedText(seed)) != SeedText(seed)) data.Add(seed, change);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Findings_do_not_depend_on_layout(string seed, string change)
    {
        string text = SeedText(seed);
        string changed = Apply(change, text);
        Assert.NotEqual(text, changed);
        var before = Findings(text, seed);
        var after = Findings(changed, seed);
        foreach (var f in after.Except(before)) output.WriteLine("added:   " + f);
        foreach (var f in before.Except(after)) output.WriteLine("removed: " + f);
        Assert.Equal(before, after);
    }

    private static string SeedText(string seed) =>
        File.ReadAllText(Directory.GetFiles(Path.Combine(Paths.RepositoryRoot, "seeds"), seed + "_*.txt").Single());

    private static string Apply(string change, string text) => change switch
    {
        "page-break" => PageBreaks(text),
        "letter-spacing" => LetterSpace(text),
        "thousands" => Thousands(text),
        _ => Rewrap(text),
    };

    private static SortedSet<string> Findings(string text, string seed)
    {
        var report = DocumentReader.ReadText(text, seed + ".txt").Report;
        return new SortedSet<string>(RuleRunner.Run(StandardRules.Validators, report, StandardRules.WithCatalog).Findings.Select(f => f.RuleId + " " + f.Message), StringComparer.Ordinal);
    }

    private static IEnumerable<string> Lines(string text) => text.Replace("\r\n", "\n").Split('\n');

    private static bool IsProse(string line) => !line.StartsWith('\t') && line.Length >= 30 && line.Contains('，');

    /// <summary>Every third prose line is cut in the middle by a page break and a page number, as a PDF's text layer prints it.</summary>
    private static string PageBreaks(string text)
    {
        var b = new StringBuilder();
        int prose = 0, page = 1;
        foreach (var line in Lines(text))
        {
            if (IsProse(line) && ++prose % 3 == 0)
            {
                int cut = line.Length / 2;
                while (cut < line.Length && char.IsAsciiDigit(line[cut])) cut++;
                b.Append(line, 0, cut).Append("\n\n                    - ").Append(++page).Append(" -\n\f").Append(line, cut, line.Length - cut).Append('\n');
            }
            else b.Append(line).Append('\n');
        }
        return b.ToString();
    }

    /// <summary>Headings letter-spaced one space apart (一、收 入 预 算 情 况).</summary>
    private static string LetterSpace(string text) =>
        Regex.Replace(text, @"(?m)^([一二三四五六七八九十]+、)([\u4e00-\u9fff]{3,12})$", m => m.Groups[1].Value + string.Join(" ", m.Groups[2].Value.ToCharArray()));

    /// <summary>Amounts of a thousand or more printed with thousands separators.</summary>
    private static string Thousands(string text) =>
        Regex.Replace(text, @"(?<![\d.,])(\d{4,})(\.\d+)?(?=\s*(?:万元|元))", m =>
            decimal.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture).ToString("#,0", System.Globalization.CultureInfo.InvariantCulture) + m.Groups[2].Value);

    /// <summary>Long prose lines wrapped at 24 characters, never inside a number.</summary>
    private static string Rewrap(string text)
    {
        var b = new StringBuilder();
        foreach (var line in Lines(text))
        {
            if (!IsProse(line)) { b.Append(line).Append('\n'); continue; }
            int start = 0;
            while (line.Length - start > 24)
            {
                int cut = start + 24;
                while (cut < line.Length && (char.IsAsciiDigit(line[cut]) || line[cut] is '.' or ',' || char.IsAsciiDigit(line[cut - 1]))) cut++;
                b.Append(line, start, cut - start).Append('\n');
                start = cut;
            }
            b.Append(line, start, line.Length - start).Append('\n');
        }
        return b.ToString();
    }
}
