using System.IO;
using System.Linq;
using ComplianceGen.Runtime;
using Xunit;
using Xunit.Abstractions;

namespace ComplianceGen.Reader.Tests;

/// <summary>
/// The PDF path end to end: corpus document 01 read from its PDF through pdftotext must give the
/// same identity, 三公 and key totals as its .txt (which is pdftotext -layout output of that PDF).
/// test.sh installs poppler-utils, so a missing pdftotext fails the test with the reader's typed
/// PdfToolMissing message instead of skipping.
/// </summary>
public sealed class PdfCorpusTests
{
    private readonly ITestOutputHelper _output;

    public PdfCorpusTests(ITestOutputHelper output) => _output = output;

    [CorpusFact("pdf")]
    public void Pdf_of_document_01_reads_like_its_text()
    {
        string text = TestPaths.CorpusText!;
        string pdfFolder = TestPaths.Corpus("pdf")!;
        string pdf = Directory.GetFiles(pdfFolder, "01_*.pdf").Single();
        ReadResult fromPdf;
        try
        {
            fromPdf = DocumentReader.Read(pdf);
        }
        catch (DocumentReadException e) when (e.Reason == ReadFailure.PdfToolMissing)
        {
            Assert.Fail(e.Message); // test.sh installs poppler-utils: a missing tool is a failure, not a skip
            return;
        }
        var p = fromPdf.Report;
        var t = DocumentReader.Read(Directory.GetFiles(text, "01_*.txt").Single()).Report;
        _output.WriteLine($"{Path.GetFileName(pdf)}: {p.FunctionalClassification.Lines.Count} classification lines (text: {t.FunctionalClassification.Lines.Count})");

        Assert.Equal("上海市普陀区财政局", p.UnitName!.Value);
        Assert.Equal(t.UnitName!.Value, p.UnitName.Value);
        Assert.Equal(2024, p.Year!.Value);
        Assert.Equal(DocumentKind.FinalAccount, p.Kind);
        Assert.Equal(2946.25m, p.Income.Total!.Value);
        Assert.Equal(2940.05m, p.Expenditure.Total!.Value);
        Assert.Equal(t.Income.GrandTotal!.Value, p.Income.GrandTotal!.Value);
        Assert.Equal(t.Expenditure.Basic!.Value, p.Expenditure.Basic!.Value);
        Assert.Equal(t.GeneralBudget.Total!.Value, p.GeneralBudget.Total!.Value);
        Assert.Equal(0.95m, p.ThreePublicExpenses.Budget!.Value);
        Assert.Equal(0m, p.ThreePublicExpenses.Total!.Value);
        Assert.NotNull(p.ThreePublicExpenses.NoneStatement);
        foreach (var (a, b) in p.ThreePublicExpenses.Items.Zip(t.ThreePublicExpenses.Items))
            Assert.Equal(b.Amount?.Value, a.Amount?.Value);
        Assert.Equal(t.OperatingCosts.Amount!.Value, p.OperatingCosts.Amount!.Value);
        Assert.Equal(t.Procurement.Amount!.Value, p.Procurement.Amount!.Value);
        Assert.Equal(1511.89m, p.FunctionalClassification.Lines.First(l => l.Code?.Value == "2010601").Amount!.Value); // the 支出 table's figure
    }

    [Fact]
    public void Missing_pdftotext_gives_the_typed_error_naming_the_package()
    {
        string dir = TestPaths.TempDir();
        string pdf = Path.Combine(dir, "x.pdf");
        File.WriteAllBytes(pdf, System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"));
        var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(pdf, new ReaderOptions { PdfToTextCommand = "/nonexistent/pdftotext" }));
        Assert.Equal(ReadFailure.PdfToolMissing, e.Reason);
        Assert.Contains("poppler-utils", e.Message);
    }
}
