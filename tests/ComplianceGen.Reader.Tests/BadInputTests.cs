using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace ComplianceGen.Reader.Tests;

public sealed class BadInputTests : IDisposable
{
    private readonly string _dir = TestPaths.TempDir();

    public void Dispose() => Directory.Delete(_dir, true);

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Empty_file()
    {
        var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(Write("empty.txt", Array.Empty<byte>())));
        Assert.Equal(ReadFailure.Empty, e.Reason);
    }

    [Fact]
    public void Whitespace_only_file() =>
        Assert.Equal(ReadFailure.Empty, Assert.Throws<DocumentReadException>(() => DocumentReader.Read(Write("blank.txt", Encoding.UTF8.GetBytes(" \n\n \r\n")))).Reason);

    [Fact]
    public void Binary_garbage()
    {
        var bytes = new byte[64 * 1024];
        new Random(42).NextBytes(bytes);
        var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(Write("garbage.txt", bytes)));
        Assert.Equal(ReadFailure.Binary, e.Reason);
    }

    [Fact]
    public void A_200_MB_text_file_is_refused_without_reading_it()
    {
        string path = Path.Combine(_dir, "huge.txt");
        using (var stream = File.Create(path)) stream.SetLength(200L * 1024 * 1024); // sparse: no time or disk spent
        long before = GC.GetTotalMemory(false);
        var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(path));
        Assert.Equal(ReadFailure.TooLarge, e.Reason);
        Assert.True(GC.GetTotalMemory(false) - before < 16 * 1024 * 1024);
    }

    [Fact]
    public void Missing_pdf_tool_names_the_package()
    {
        string pdf = Write("doc.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"));
        var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(pdf, new ReaderOptions { PdfToTextCommand = "/nonexistent/pdftotext" }));
        Assert.Equal(ReadFailure.PdfToolMissing, e.Reason);
        Assert.Contains("poppler-utils", e.Message);
    }

    /// <summary>A pdftotext that does not finish is stopped at the time limit, and the PDF refused in one line naming it.</summary>
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_pdftotext_that_hangs_is_stopped_at_the_time_limit()
    {
        string pdf = Write("slow.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"));
        string tool = Write("hanging-pdftotext", Encoding.ASCII.GetBytes("#!/bin/sh\nexec sleep 60\n"));
        File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(pdf, new ReaderOptions { PdfToTextCommand = tool, PdfTimeoutMilliseconds = 2000 }));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"stopped after {clock.Elapsed}");
        Assert.Equal(ReadFailure.PdfFailed, e.Reason);
        Assert.Contains("did not finish within 2 s", e.Message);
        Assert.Contains(pdf, e.Message);
    }

    /// <summary>No input may take more than 30 s: the default limits of the slow readers stay well inside it.</summary>
    [Fact]
    public void The_default_time_limits_of_pdf_and_docx_reading_are_inside_30_s()
    {
        Assert.True(ReaderOptions.Default.PdfTimeoutMilliseconds <= 20_000);
        Assert.True(ReaderOptions.Default.DocxTimeBudgetMilliseconds <= 20_000);
    }

    [Fact]
    public void Missing_file_is_unreadable() =>
        Assert.Equal(ReadFailure.Unreadable, Assert.Throws<DocumentReadException>(() => DocumentReader.Read(Path.Combine(_dir, "nope.txt"))).Reason);

    [Fact]
    public void Half_the_numbers_unreadable_gives_a_partial_report_with_warnings()
    {
        string text = "某县科学技术协会2024年部门预算编制说明\n" +
                      "区科协2024年收入预算62.7万元，其中：上年结转??万元，占0%；一般公共预算拨款收入62.7万元，占■■%。\n" +
                      "区科协2024年支出预算??.?万元，其中：基本支出61.2万元，占98%；项目支出■.■万元，占2%。\n" +
                      "2024年“三公”经费预算■万元。其中：因公出国（境）费用0万元；公务接待费2万元。\n";
        var result = DocumentReader.ReadText(text, "half.txt");
        var r = result.Report;
        Assert.Equal(62.7m, r.Income.Total!.Value);
        Assert.Null(r.Expenditure.Total);
        Assert.Equal(61.2m, r.Expenditure.Basic!.Value);
        Assert.Null(r.ThreePublicExpenses.Total);
        Assert.Equal(0m, r.ThreePublicExpenses.OverseasTravel.Amount!.Value);
        Assert.Null(r.ThreePublicExpenses.OverseasTravel.NoneStatement); // 费用0万元 is an amount, not "none"
        Assert.True(result.Warnings.Count(w => w.Code == "R0301") >= 5, string.Join("\n", result.Warnings));
        Assert.Contains(result.Warnings, w => w.Line == 3);
    }
}
