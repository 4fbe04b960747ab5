using System.IO;
using System.IO.Compression;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using ComplianceGen.Runtime;
using Xunit;

namespace ComplianceGen.Reader.Tests;

public sealed class DocxTests
{
    private static Paragraph Para(string text, string? style = null)
    {
        var p = new Paragraph(new Run(new Text(text)));
        if (style is not null) p.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        return p;
    }

    private static TableRow Row(params string[] cells) => new(cells.Select(c => new TableCell(Para(c))));

    internal static string MakeDocx(string dir)
    {
        string path = Path.Combine(dir, "report.docx");
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        main.Document = new Document(new Body(
            Para("某区科学技术协会2023年部门决算"),
            Para("收入决算情况说明", "Heading1"),
            Para("2023年本年收入100.50万元，其中：一般公共预算财政拨款收入100.00万元，占99.5%；其他收入0.50万元，占0.5%。"),
            Para("2023年“三公”经费财政拨款支出决算为1.20万元，完成预算80%。"),
            new Table(
                Row("代码", "科目名称", "财政拨款本年支出（元）"),
                Row("2060101", "行政运行", "1,000,000.00"),
                Row("2210201", "住房公积金", "5,000.00"))));
        main.Document.Save();
        return path;
    }

    [Fact]
    public void Reads_headings_paragraphs_and_real_tables()
    {
        string dir = TestPaths.TempDir();
        try
        {
            var result = DocumentReader.Read(MakeDocx(dir));
            var r = result.Report;
            Assert.Equal("docx", result.Format);
            Assert.Equal("某区科学技术协会", r.UnitName!.Value);
            Assert.Equal(DocumentKind.FinalAccount, r.Kind);
            var heading = Assert.Single(r.Sections);
            Assert.Equal("收入决算情况说明", heading.Title!.Value);
            Assert.Equal(1, heading.Level!.Value);
            Assert.Equal(100.50m, r.Income.Total!.Value);
            Assert.Equal(2, r.Income.Total.Decimals);
            Assert.Equal(1.20m, r.ThreePublicExpenses.Total!.Value);
            Assert.Equal(80m, r.ThreePublicExpenses.ExecutionRate!.Percent);
            var row = r.FunctionalClassification.Items.Single(l => l.Code!.Value == "2060101");
            Assert.Equal(1000000.00m, row.Amount!.Value);
            Assert.Equal(AmountUnit.Yuan, row.Amount.Unit);
            Assert.Equal("行政运行", row.Name!.Value);
            Assert.Single(r.Tables);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Truncated_docx_is_a_typed_error()
    {
        string dir = TestPaths.TempDir();
        try
        {
            byte[] bytes = File.ReadAllBytes(MakeDocx(dir));
            string broken = Path.Combine(dir, "broken.docx");
            File.WriteAllBytes(broken, bytes.Take(bytes.Length / 2).ToArray());
            var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(broken));
            Assert.Equal(ReadFailure.CorruptDocx, e.Reason);
            Assert.Contains("broken.docx", e.Message);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Zip_bomb_is_refused_before_openxml_expands_it()
    {
        string dir = TestPaths.TempDir();
        try
        {
            string bomb = Path.Combine(dir, "bomb.docx");
            using (var zip = ZipFile.Open(bomb, ZipArchiveMode.Create))
            {
                // 65 MB of one byte compresses to ~65 KB: past the default 64 MB limit once expanded.
                using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
                var block = new byte[1 << 20];
                System.Array.Fill(block, (byte)' ');
                for (int i = 0; i < 65; i++) entry.Write(block);
            }
            Assert.True(new FileInfo(bomb).Length < 2 * 1024 * 1024);
            var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(bomb));
            Assert.Equal(ReadFailure.TooLarge, e.Reason);
            Assert.Contains("zip bomb", e.Message);
        }
        finally { Directory.Delete(dir, true); }
    }
}
