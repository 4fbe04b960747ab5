using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;

namespace ComplianceGen.Reader.Tests;

/// <summary>
/// A .docx whose body nests elements deeply is refused by name before the OpenXml SDK (which reads
/// elements recursively) sees it: no stack overflow inside the library, on a 1 MB thread stack.
/// </summary>
public sealed class DocxDepthTests : IDisposable
{
    private readonly string _dir = TestPaths.TempDir();

    public void Dispose() => Directory.Delete(_dir, true);

    /// <summary>A minimal Word package whose body holds <paramref name="open"/> × n, a paragraph, <paramref name="close"/> × n.</summary>
    private string Nested(string name, string open, string close, int levels)
    {
        var body = new StringBuilder();
        for (int i = 0; i < levels; i++) body.Append(open);
        body.Append("<w:p><w:r><w:t>某区科学技术协会2024年部门预算</w:t></w:r></w:p>");
        for (int i = 0; i < levels; i++) body.Append(close);
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, ComplianceGen.Cli.Fuzzing.MinimalDocx.Build(body.ToString()));
        return path;
    }

    public static TheoryData<string, string, string> Shapes => new()
    {
        { "sdt", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>" },
        { "tables", "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>" },
        { "unknown", "<x:a xmlns:x=\"urn:x\">", "</x:a>" },
        { "runs", "<w:ins>", "</w:ins>" },
    };

    private static void OnSmallStack(Action body)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { body(); }
            catch (Exception e) { failure = e; }
        }, 1024 * 1024);
        thread.Start();
        thread.Join();
        if (failure is not null) throw failure;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Twenty_thousand_levels_are_refused_as_too_complex_at_once(string shape, string open, string close)
    {
        string path = Nested(shape + ".docx", open, close, 20_000);
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<DocumentReadException>(() => OnSmallStack(() => DocumentReader.Read(path)));
        Assert.Equal(ReadFailure.TooComplex, e.Reason);
        Assert.Contains(shape + ".docx", e.Message);
        Assert.Contains("word/document.xml", e.Message);
        Assert.DoesNotContain("\n", e.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{shape}: took {clock.Elapsed}");
    }

    [Fact]
    public void Tables_nested_within_the_limit_are_read()
    {
        // 60 tables deep: about 183 levels of XML, under the 256 allowed.
        string path = Nested("nested-tables.docx", "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", 60);
        ReadResult? result = null;
        OnSmallStack(() => result = DocumentReader.Read(path));
        Assert.Equal("docx", result!.Format);
    }

    [Fact]
    public void A_docx_over_its_time_budget_is_refused_as_too_complex()
    {
        string path = Nested("slow.docx", "", "", 0);
        var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(path, new ReaderOptions { DocxTimeBudgetMilliseconds = -1 }));
        Assert.Equal(ReadFailure.TooComplex, e.Reason);
        Assert.Contains("took over", e.Message);
    }
}
