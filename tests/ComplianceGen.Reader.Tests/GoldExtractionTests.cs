using System.Collections.Generic;
using System.IO;
using System.Linq;
using ComplianceGen.Reader.Output;
using Xunit;
using Xunit.Abstractions;

namespace ComplianceGen.Reader.Tests;

/// <summary>
/// Scores the reader against the hand-checked gold files of the five seeds: precision and
/// recall per fact type, printed, with floors the reader achieves today (a regression fails).
/// A fact matches when type, key and value agree.
/// </summary>
public sealed class GoldExtractionTests
{
    private readonly ITestOutputHelper _output;

    public GoldExtractionTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData("000", 0.85, 0.8)]
    [InlineData("001", 0.98, 0.98)]
    [InlineData("002", 0.95, 0.95)]
    [InlineData("003", 0.9, 0.9)]
    [InlineData("004", 0.9, 0.9)]
    public void Seed_matches_its_gold_file(string id, double minPrecision, double minRecall)
    {
        var gold = GoldFile.Load(Path.Combine(System.AppContext.BaseDirectory, "Gold", id + ".expected.json"));
        var actual = FactList.Flatten(DocumentReader.Read(TestPaths.Seed(id)).Report).Where(f => f.Type != "table" && f.Type != "restatement").ToList();
        var (precision, recall) = Score(gold, actual, _output);
        _output.WriteLine($"seed {id}: precision {precision:P1}, recall {recall:P1}");
        Assert.True(precision >= minPrecision, $"precision {precision:P1} below {minPrecision:P0}");
        Assert.True(recall >= minRecall, $"recall {recall:P1} below {minRecall:P0}");
    }

    internal static (double Precision, double Recall) Score(List<GoldFact> gold, List<FlatFact> actual, ITestOutputHelper output)
    {
        static string K(string t, string k, string v) => t + "\u0001" + k + "\u0001" + v;
        var expected = gold.Select(g => K(g.Type, g.Key, g.Value)).ToList();
        var found = actual.Select(a => K(a.Type, a.Key, a.Value)).ToList();
        int tpAll = 0;
        foreach (var type in gold.Select(g => g.Type).Concat(actual.Select(a => a.Type)).Distinct().OrderBy(t => t, System.StringComparer.Ordinal))
        {
            var e = expected.Where(x => x.StartsWith(type + "\u0001", System.StringComparison.Ordinal)).ToList();
            var f = found.Where(x => x.StartsWith(type + "\u0001", System.StringComparison.Ordinal)).ToList();
            int tp = CountMatches(e, f);
            tpAll += tp;
            output.WriteLine($"  {type,-28} gold {e.Count,3}  found {f.Count,3}  P {(f.Count == 0 ? 1 : tp / (double)f.Count),6:P0}  R {(e.Count == 0 ? 1 : tp / (double)e.Count),6:P0}");
            foreach (var miss in e.Except(f)) output.WriteLine("      missed: " + miss.Replace('\u0001', ' '));
            foreach (var extra in f.Except(e)) output.WriteLine("      extra:  " + extra.Replace('\u0001', ' '));
        }
        return (found.Count == 0 ? 1 : tpAll / (double)found.Count, expected.Count == 0 ? 1 : tpAll / (double)expected.Count);
    }

    private static int CountMatches(List<string> expected, List<string> found)
    {
        var pool = new List<string>(found);
        int n = 0;
        foreach (var e in expected)
            if (pool.Remove(e)) n++;
        return n;
    }

    [Fact]
    public void Seed_001_assembles_codes_from_prose()
    {
        var report = DocumentReader.Read(TestPaths.Seed("001")).Report;
        var codes = report.FunctionalClassification.Lines.Where(l => l.Code is not null).Select(l => l.Code!.Value).ToHashSet();
        foreach (var code in new[] { "2060101", "2080505", "2101101", "2210201" }) Assert.Contains(code, codes);
        var line = report.FunctionalClassification.Items.First(l => l.Code?.Value == "2060101");
        Assert.Equal(49.36m, line.Amount!.Value);
        Assert.Equal(62, line.Code!.Evidence!.Line);
        Assert.Equal(2024, report.Year!.Value);
    }

    [Fact]
    public void Seed_002_yields_every_code_of_its_table_with_units_in_yuan()
    {
        var report = DocumentReader.Read(TestPaths.Seed("002")).Report;
        var rows = report.FunctionalClassification.Lines.Where(l => l.Form == ComplianceGen.Runtime.ClassificationForm.TableRow).ToList();
        string[] expected = { "2013299", "2060101", "2060102", "2060701", "2060702", "2060799", "2080504", "2080505", "2081001", "2109901", "2210201" };
        Assert.Equal(expected, rows.Select(r => r.Code!.Value).ToArray());
        var housing = rows.Single(r => r.Code!.Value == "2210201");
        Assert.Equal("住房公积金", housing.Name!.Value);
        Assert.Equal(287528.00m, housing.Amount!.Value);
        Assert.Equal(ComplianceGen.Runtime.AmountUnit.Yuan, housing.Amount.Unit);
        Assert.Equal(2, housing.Amount.Decimals);
        // The table prints 财政拨款本年收入 and 财政拨款本年支出 columns; the line keeps the 支出 figure and its share.
        Assert.Equal(4.54m, housing.Share!.Percent);
        var admin = rows.Single(r => r.Code!.Value == "2060101");
        Assert.Equal(1949713.29m, admin.Amount!.Value);
        Assert.Equal(30.79m, admin.Share!.Percent);
        Assert.Equal(6333329.18m, report.FunctionalClassification.Total!.Value);
        Assert.Equal(ComplianceGen.Runtime.DocumentKind.FinalAccount, report.Kind);
    }
}
