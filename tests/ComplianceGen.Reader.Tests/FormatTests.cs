using System;
using System.IO;
using System.Linq;
using System.Text;
using ComplianceGen.Runtime;
using Xunit;

namespace ComplianceGen.Reader.Tests;

/// <summary>Formats told by content, HTML pages and tables, and PDFs that cannot be read: one clear reason each.</summary>
public sealed class FormatTests : IDisposable
{
    private readonly string _dir = TestPaths.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Fixture(string name) => Path.Combine(TestPaths.RepoRoot, "tests", "ComplianceGen.Reader.Tests", "Fixtures", name);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static DocumentReadException Refused(string path) => Assert.Throws<DocumentReadException>(() => DocumentReader.Read(path));

    [Fact]
    public void A_pdf_with_no_text_layer_is_scanned()
    {
        var e = Refused(Fixture("scanned.pdf"));
        Assert.Equal(ReadFailure.Scanned, e.Reason);
        Assert.Contains("scanned: no text layer", e.Message);
    }

    [Fact]
    public void An_encrypted_pdf_says_so_in_one_line()
    {
        var e = Refused(Fixture("encrypted.pdf"));
        Assert.Equal(ReadFailure.Encrypted, e.Reason);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_truncated_pdf_is_damaged_in_one_line()
    {
        var e = Refused(Fixture("truncated.pdf"));
        Assert.Equal(ReadFailure.PdfFailed, e.Reason);
        Assert.Contains("damaged PDF", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_pdf_is_read_with_its_pages_whatever_its_name()
    {
        string renamed = Path.Combine(_dir, "budget.txt");
        File.Copy(Fixture("text.pdf"), renamed);
        var read = DocumentReader.Read(renamed);
        Assert.Equal("pdf", read.Format);
        Assert.Contains(read.Lines, l => l.Contains("income 62.70"));
        Assert.All(read.LinePages, p => Assert.Equal(1, p));
    }

    [Fact]
    public void An_html_page_saved_as_pdf_is_read_as_html_with_its_tables()
    {
        string path = Write("2026年某科协部门预算.pdf", """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>某市科协2026年部门预算</title><script>var x = "收入预算1万元";</script></head>
            <body><h2>一、收支预算情况说明</h2>
            <p>某市科协2026年收入预算62.7万元，其中：一般公共预算拨款收入62.7万元，占100%。</p>
            <p>政府性基金预算支出表</p>
            <table><tr><th>科目编码</th><th>科目名称</th><th>合计</th></tr><tr><td colspan="3">注：本单位没有政府性基金预算收支，故本表无数据。</td></tr></table>
            </body></html>
            """);
        var read = DocumentReader.Read(path);
        Assert.Equal("html", read.Format);
        Assert.Equal(62.7m, read.Report.Income.Total!.Value);
        Assert.DoesNotContain(read.Lines, l => l.Contains("var x"));
        Assert.True(read.Report.GovernmentFund.IsDeclared);
    }

    [Fact]
    public void A_page_that_only_links_to_the_disclosure_is_not_one_and_names_the_file()
    {
        string path = Write("link.pdf", """
            <html><head><title>2026年某市司法局部门预算</title></head><body>
            <h1>2026年某市司法局部门预算</h1><p>发布时间：2026-02-01</p>
            <p>附件：<a href="/files/2026%E5%B9%B4%E6%9F%90%E5%B8%82%E5%8F%B8%E6%B3%95%E5%B1%80.pdf">点击下载</a></p></body></html>
            """);
        var report = DocumentReader.Read(path).Report;
        Assert.NotNull(report.NotDisclosureReason);
        Assert.Contains("2026年某市司法局.pdf", report.NotDisclosureReason);
    }

    [Fact]
    public void A_legacy_word_file_is_refused_by_what_it_is()
    {
        string path = Path.Combine(_dir, "budget.pdf");
        File.WriteAllBytes(path, new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.Concat(new byte[600]).ToArray());
        var e = Refused(path);
        Assert.Equal(ReadFailure.UnsupportedFormat, e.Reason);
        Assert.Contains("legacy .doc", e.Message);
    }
}
