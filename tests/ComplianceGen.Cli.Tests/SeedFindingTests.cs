using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ComplianceGen.Cli.Tests.Infrastructure;
using ComplianceGen.Reader;
using ComplianceGen.Runtime;

namespace ComplianceGen.Cli.Tests;

/// <summary>
/// End-to-end checks on the seeds, each derived from what a rule requires and what the
/// document says, never from a list of expected answers per seed.
/// </summary>
public class SeedFindingTests
{
    public static IEnumerable<object[]> Seeds() => Repo.SeedFiles().Select(p => new object[] { Path.GetFileName(p) });

    private static IEnumerable<JsonElement> Findings(JsonElement doc) => doc.GetProperty("findings").EnumerateArray();

    [Fact]
    public void Every_evidence_points_at_its_words_in_the_document()
    {
        using var temp = new TempDir();
        foreach (var seed in Repo.SeedFiles()) File.Copy(seed, Path.Combine(temp.Path, Path.GetFileName(seed)));
        // Plus one document with a known share error, so there is evidence to check even if the seeds are clean.
        temp.File("zz_shares.txt", "某区科学技术协会2024年部门预算编制说明\n（二）支出预算情况。\n区科协2024年支出预算62.7万元，其中：基本支出61.2万元，占90%；项目支出1.5万元，占2%。\n");
        var run = Tool.Run("check", temp.Path, "--format", "json", "--fail-on", "never");
        Assert.True(run.Exit == 0, run.ToString());
        int checkedEvidence = 0;
        foreach (var doc in run.Json().RootElement.GetProperty("documents").EnumerateArray())
        {
            var lines = File.ReadAllLines(doc.GetProperty("path").GetString()!);
            foreach (var evidence in Findings(doc).SelectMany(f => f.GetProperty("evidence").EnumerateArray()))
            {
                int line = evidence.GetProperty("line").GetInt32();
                int column = evidence.GetProperty("column").GetInt32();
                string text = evidence.GetProperty("text").GetString()!;
                Assert.InRange(line, 1, lines.Length);
                Assert.True(lines[line - 1].Length >= column - 1 + text.Length && lines[line - 1].Substring(column - 1, text.Length) == text,
                    $"{doc.GetProperty("path")}:{line}:{column} should hold “{text}” but the line is “{lines[line - 1]}”");
                checkedEvidence++;
            }
        }
        Assert.True(checkedEvidence > 0, "no finding carried evidence");
    }

    /// <summary>
    /// SH-001/2/3 require a breakdown's printed shares to add up to 100%. For every seed breakdown
    /// with two or more shares, push one share 20 points off: the matching rule must fire with
    /// evidence on the altered line; and the unaltered seed must not be flagged when its shares add up.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Share_rules_follow_the_printed_shares(string seed)
    {
        string path = Path.Combine(Repo.Seeds, seed);
        var report = DocumentReader.Read(path).Report;
        var breakdowns = new (string Rule, IEnumerable<Share?> Shares)[]
        {
            ("SH-001", report.Income.Sources.Select(s => s.Share)),
            ("SH-002", report.Expenditure.Parts.Select(s => s.Share)),
            ("SH-003", report.FunctionalClassification.Classes.Select(s => s.Share)),
        };
        var original = Tool.Run("check", path, "--format", "json", "--fail-on", "never").Json().RootElement.GetProperty("documents")[0];
        using var temp = new TempDir();
        foreach (var (rule, sharesOrNull) in breakdowns)
        {
            var shares = sharesOrNull.Where(s => s?.Evidence is not null).Select(s => s!).ToList();
            if (shares.Count < 2) continue;
            decimal sum = shares.Sum(s => s.Percent);
            bool flagged = Findings(original).Any(f => f.GetProperty("ruleId").GetString() == rule);
            if (sum == 100m) Assert.False(flagged, $"{seed}: shares add up to exactly 100% but {rule} fired");

            var target = shares[0];
            var lines = File.ReadAllLines(path).ToList();
            var ev = target.Evidence!;
            string line = lines[ev.Line - 1];
            string printed = target.Percent.ToString(CultureInfo.InvariantCulture);
            int at = line.IndexOf(printed + "%", Math.Max(0, ev.Column - 1), StringComparison.Ordinal);
            Assert.True(at >= 0, $"{seed}:{ev.Line}: share {printed}% not found after column {ev.Column}");
            string altered = (target.Percent + 20m).ToString(CultureInfo.InvariantCulture);
            lines[ev.Line - 1] = line.Substring(0, at) + altered + line.Substring(at + printed.Length);
            string copy = temp.File(rule + "_" + seed, string.Join("\n", lines));

            var run = Tool.Run("check", copy, "--format", "json");
            var doc = run.Json().RootElement.GetProperty("documents")[0];
            var fired = Findings(doc).Where(f => f.GetProperty("ruleId").GetString() == rule).ToList();
            Assert.True(fired.Count > 0, $"{seed}: {rule} should fire after changing {printed}% to {altered}% on line {ev.Line}\n{run}");
            Assert.Contains(fired.SelectMany(f => f.GetProperty("evidence").EnumerateArray()), e => e.GetProperty("line").GetInt32() == ev.Line);
            Assert.Equal(1, run.Exit);
        }
    }

    /// <summary>SG-001: a budget or final account that never mentions an item of the three public expenses has not disclosed it.</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Three_public_expense_items_never_mentioned_are_reported(string seed)
    {
        string path = Path.Combine(Repo.Seeds, seed);
        string text = File.ReadAllText(path);
        var doc = Tool.Run("check", path, "--format", "json", "--fail-on", "never").Json().RootElement.GetProperty("documents")[0];
        string kind = doc.GetProperty("kind").GetString()!;
        var messages = Findings(doc).Where(f => f.GetProperty("ruleId").GetString() == "SG-001").Select(f => f.GetProperty("message").GetString()!).ToList();
        if (kind is not ("budget" or "final-account"))
        {
            Assert.Empty(messages);
            return;
        }
        foreach (var (mention, item) in new[] { ("出国", "因公出国"), ("接待", "公务接待费") })
        {
            if (!text.Contains(mention, StringComparison.Ordinal))
                Assert.True(messages.Any(m => m.Contains(item, StringComparison.Ordinal)), $"{seed} never mentions {mention}; SG-001 should name {item}");
        }
        Assert.All(Findings(doc), f => Assert.False(string.IsNullOrEmpty(f.GetProperty("citation").GetString())));
    }

    [Fact]
    public void Console_output_groups_by_document_and_quotes_the_line_with_carets()
    {
        using var temp = new TempDir();
        string text = "（一）收入预算情况。\n区科协2024年收入预算62.7万元，其中：一般公共预算拨款收入60.7万元，占90%；事业收入2万元，占3%。\n";
        string file = temp.File("budget.txt", "某区科学技术协会2024年部门预算编制说明\n" + text);
        var run = Tool.Run("check", file);
        Assert.Equal(1, run.Exit);
        Assert.Contains("SH-001", run.Out);
        Assert.Contains("依据：", run.Out);
        var quoted = run.Out.Split('\n').Select((l, i) => (l, i)).First(x => x.l.Contains("    3:", StringComparison.Ordinal) && x.l.Contains('|'));
        Assert.Contains("占90%", quoted.l);
        Assert.Matches(@"^\s+\^+\s*$", run.Out.Split('\n')[quoted.i + 1]);
        Assert.DoesNotContain("\u001b[", run.Out);
        Assert.Contains("Summary by rule", run.Out);
    }

    [Fact]
    public void A_docx_finding_quotes_the_line_the_reader_rendered()
    {
        using var temp = new TempDir();
        string file = System.IO.Path.Combine(temp.Path, "budget.docx");
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(file, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            DocumentFormat.OpenXml.Wordprocessing.Paragraph Para(string t) =>
                new(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text(t)));
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body(
                Para("某区科学技术协会2024年部门预算编制说明"),
                Para("（一）收入预算情况。"),
                Para("区科协2024年收入预算62.7万元，其中：一般公共预算拨款收入60.7万元，占90%；事业收入2万元，占3%。")));
            main.Document.Save();
        }

        var run = Tool.Run("check", file);

        Assert.Equal(1, run.Exit);
        Assert.Contains("SH-001", run.Out);
        var quoted = run.Out.Split('\n').Select((l, i) => (l, i)).First(x => x.l.Contains("占90%", StringComparison.Ordinal) && x.l.Contains('|'));
        Assert.Matches(@"^\s+\d+:\d+\s+\|", quoted.l);
        Assert.Matches(@"^\s+\^+\s*$", run.Out.Split('\n')[quoted.i + 1]);
    }
}

public class SeedCoverageTests
{
    /// <summary>Keeps the share theory honest: at least one seed has a breakdown it mutates.</summary>
    [Fact]
    public void Some_seed_prints_a_breakdown_with_shares()
    {
        Assert.Contains(Repo.SeedFiles(), path =>
        {
            var r = ComplianceGen.Reader.DocumentReader.Read(path).Report;
            return r.Income.Sources.Count(s => s.Share?.Evidence is not null) >= 2
                || r.Expenditure.Parts.Count(s => s.Share?.Evidence is not null) >= 2
                || r.FunctionalClassification.Classes.Count(s => s.Share?.Evidence is not null) >= 2;
        });
    }
}
