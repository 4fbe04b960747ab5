using System.IO;
using System.Linq;
using ComplianceGen.Reader.Output;
using Xunit;
using Xunit.Abstractions;

namespace ComplianceGen.Reader.Tests;

/// <summary>
/// Scores the reader on the real corpus documents (../shared/corpus/text, never copied into the
/// project) against the hand-checked Gold/corpus-NN.expected.json files, exactly as the seeds are
/// scored: precision and recall per fact type, printed, with floors the reader achieves today.
/// Only the fact types a gold file covers (its "scope": identity, totals, 财政拨款, 一般公共预算,
/// functional and economic classification, 三公, 机关运行经费, 政府采购, assets, funds, 绩效) are scored.
/// </summary>
public sealed class CorpusGoldTests
{
    private static readonly string[] Scope =
        { "identity.", "income.", "expenditure.", "appropriation.", "general.", "functional.", "economic.", "sangong.", "operating.", "procurement.", "assets.", "fund.", "performance." };

    private readonly ITestOutputHelper _output;

    public CorpusGoldTests(ITestOutputHelper output) => _output = output;

    [CorpusTheory]
    [InlineData("01", 0.98, 0.95)]
    [InlineData("02", 0.99, 0.98)]
    [InlineData("03", 0.99, 0.98)]
    [InlineData("05", 0.98, 0.97)]
    public void Corpus_document_matches_its_gold_file(string id, double minPrecision, double minRecall)
    {
        string folder = TestPaths.CorpusText!;
        string path = Directory.GetFiles(folder, id + "_*.txt").Single();
        var gold = GoldFile.Load(Path.Combine(System.AppContext.BaseDirectory, "Gold", "corpus-" + id + ".expected.json"));
        var actual = FactList.Flatten(DocumentReader.Read(path).Report)
            .Where(f => Scope.Any(s => f.Type.StartsWith(s, System.StringComparison.Ordinal)))
            .ToList();
        var (precision, recall) = GoldExtractionTests.Score(gold, actual, _output);
        _output.WriteLine($"corpus {id}: precision {precision:P1}, recall {recall:P1}");
        Assert.True(precision >= minPrecision, $"precision {precision:P1} below {minPrecision:P0}");
        Assert.True(recall >= minRecall, $"recall {recall:P1} below {minRecall:P0}");
    }
}
