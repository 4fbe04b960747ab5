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

    // A government site prints the same frame around every page: its name, a menu, a breadcrumb whose 财政预决算 names
    // both kinds, page tools and a footer. None of it is the document.
    private const string SiteFrameTop = """
        <div class="top"><div class="logo">某市司法局</div><ul class="menu"><li><a href="/">首页</a></li><li><a href="/jgzn/">机构职能</a></li>
        <li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
        <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 财政预决算</div>
        """;

    private const string SiteFrameBottom = """
        <div class="tools"><a href="javascript:print()">打印本页</a> <a href="javascript:close()">关闭窗口</a></div>
        <div class="footer"><p>主办单位：某市司法局　地址：人民路1号</p><p>网站标识码：1100000001　京ICP备12345678号</p></div>
        """;

    [Fact]
    public void A_web_page_is_read_without_the_sites_menus_and_breadcrumb()
    {
        string path = Write("page.html", $$"""
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>某市司法局2026年部门预算_某市司法局</title></head><body>
            {{SiteFrameTop}}
            <div class="detail"><h1>某市司法局2026年部门预算</h1><div class="info">发布时间：2026-02-08　来源：某市司法局　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
            <div class="content"><p>一、收支预算情况说明</p><p>某市司法局2026年收入预算1,300.00万元，支出预算1,300.00万元。</p></div></div>
            {{SiteFrameBottom}}
            </body></html>
            """);
        var read = DocumentReader.Read(path);
        Assert.Equal("某市司法局", read.Report.UnitName!.Value);
        Assert.Equal(2026, read.Report.Year!.Value);
        Assert.Equal(DocumentKind.Budget, read.Report.Kind);
        Assert.Equal(1300m, read.Report.Income.Total!.Value);
        Assert.DoesNotContain(read.Lines, l => l.Contains("首页") || l.Contains("互动交流") || l.Contains("预决算"));
        Assert.Contains(read.Lines, l => l.Contains("发布时间"));
    }

    [Fact]
    public void A_page_titled_with_the_sites_name_does_not_name_the_unit_twice()
    {
        // The site titles every page with its own name; the article opens with the document's title.
        string path = Write("page.html", """
            <html><head><title>某市司法局</title></head><body>
            <h1>某市司法局2026年部门预算</h1><p>一、收支预算情况说明</p><p>某市司法局2026年收入预算1,300.00万元。</p></body></html>
            """);
        var read = DocumentReader.Read(path);
        Assert.Equal("某市司法局", read.Report.UnitName!.Value);
        Assert.Equal("某市司法局2026年部门预算", read.Lines[0]);
    }

    [Fact]
    public void A_page_title_names_the_document_when_the_page_does_not()
    {
        string path = Write("page.html", """
            <html><head><title>某市司法局2026年部门预算 - 某市人民政府门户网站</title></head><body>
            <p>一、收支预算情况说明</p><p>2026年收入预算1,300.00万元。</p></body></html>
            """);
        var read = DocumentReader.Read(path);
        Assert.Equal("某市司法局2026年部门预算", read.Lines[0]);
        Assert.Equal("某市司法局", read.Report.UnitName!.Value);
        Assert.Equal(DocumentKind.Budget, read.Report.Kind);
    }

    [Theory]
    [InlineData("某市司法局2026年部门预算_某市司法局", "某市司法局2026年部门预算")]
    [InlineData("某市司法局2026年部门决算|某市人民政府", "某市司法局2026年部门决算")]
    [InlineData("某市司法局2026年部门预算 - 政务公开 - 某市人民政府", "某市司法局2026年部门预算")]
    [InlineData("某市司法局2026年部门预算－某市司法局", "某市司法局2026年部门预算")]
    [InlineData("某市人民政府 | 2026年某市司法局部门预算", "2026年某市司法局部门预算")]
    [InlineData("某市司法局2026年部门预算（2026－2028年中期规划）", "某市司法局2026年部门预算（2026－2028年中期规划）")]
    [InlineData("_某市司法局", "某市司法局")]
    [InlineData("某市司法局", "某市司法局")]
    [InlineData("  ", null)]
    public void A_page_title_loses_the_sites_name(string title, string? expected) =>
        Assert.Equal(expected, ComplianceGen.Reader.Documents.HtmlLoader.PageTitle(title));

    [Fact]
    public void A_sites_banner_saying_预决算_does_not_make_a_budget_a_final_account()
    {
        // 预决算 (budgets and final accounts) is the name of the site's column, not the document's kind.
        string path = Write("page.html", """
            <html><head><title>财政预决算专栏</title></head><body><div class="banner">财政预决算专栏</div>
            <h1>某市司法局2026年部门预算</h1><p>一、收支预算情况说明</p><p>某市司法局2026年收入预算1,300.00万元。</p></body></html>
            """);
        var report = DocumentReader.Read(path).Report;
        Assert.Equal(DocumentKind.Budget, report.Kind);
        // The banner is the site's column: it is no part of the unit's name.
        Assert.Equal("某市司法局", report.UnitName?.Value);
    }

    // The article of a page, with a table of figures in it: read alone, or inside a page laid out in a table.
    private const string Article = """
        <h1>某市司法局2026年部门预算</h1>
        <p>一、收支预算情况说明</p><p>某市司法局2026年收入预算1,300.00万元，支出预算1,300.00万元。“三公”经费预算12.50万元，其中：因公出国（境）费0万元，公务接待费2.50万元，公务用车购置及运行费10.00万元。</p>
        <p>一般公共预算“三公”经费支出表</p><p>单位：万元</p>
        <table border="1"><tr><td>合计</td><td>因公出国（境）费</td><td>公务用车购置及运行费</td><td>公务接待费</td></tr>
        <tr><td>12.50</td><td>0.00</td><td>10.00</td><td>2.50</td></tr>
        <tr><td colspan="4">注：1.本表按预算数填列。2.公务用车购置费为零。</td></tr></table>
        """;

    [Fact]
    public void A_page_laid_out_in_a_table_reads_as_its_article()
    {
        // Older sites put the logo, a menu of links, the article and the footer each in a cell of one table.
        string laidOut = Write("laid-out.html", $$"""
            <html><head><title>某市司法局</title></head><body><table width="1000"><tr><td><img src="/logo.gif"></td></tr>
            <tr><td><table><tr><td><a href="/">首页</a></td><td><a href="/zwgk/">政务公开</a></td><td><a href="/hdjl/">互动交流</a></td></tr></table></td></tr>
            <tr><td>当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 财政预决算</td></tr>
            <tr><td>{{Article}}</td></tr><tr><td>主办单位：某市司法局</td></tr></table></body></html>
            """);
        string plain = Write("plain.html", $$"""<html><head><title>某市司法局</title></head><body>{{Article}}</body></html>""");
        var read = DocumentReader.Read(laidOut);
        var (a, b) = (read.Report, DocumentReader.Read(plain).Report);
        Assert.DoesNotContain(read.Lines, l => l.Contains("首页"));
        Assert.Equal("某市司法局2026年部门预算", read.Lines[0]);
        Assert.Equal("某市司法局", a.UnitName!.Value);
        Assert.Equal(1300m, a.Income.Total!.Value);
        Assert.True(a.TemplateTables.ThreePublic);
        Assert.Equal(b.TableRows.Count, a.TableRows.Count);
        Assert.Equal(b.ThreePublicExpenses.Total!.Value, a.ThreePublicExpenses.Total!.Value);
    }

    [Fact]
    public void A_table_of_figures_with_a_long_note_is_not_a_layout()
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($$"""<html><body>{{Article}}</body></html>""");
        Assert.False(ComplianceGen.Reader.Documents.HtmlLoader.IsLayout(page.QuerySelector("table")!));
        var laidOut = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($$"""<html><body><table><tr><td>{{Article}}</td></tr></table></body></html>""");
        Assert.True(ComplianceGen.Reader.Documents.HtmlLoader.IsLayout(laidOut.QuerySelector("table")!));
    }

    [Fact]
    public void A_block_that_wraps_the_whole_page_is_read_into()
    {
        // An ASP.NET page wraps everything in its <form>: the menu's links and the article, more words than links.
        string path = Write("form.html", """
            <html><head><title>某市司法局</title></head><body><form method="post" action="./show.aspx">
            <ul><li><a href="/">网站首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/ztzl/">专题专栏</a></li><li><a href="/zjjg/">走进司法局</a></li></ul>
            <h1>某市司法局2026年部门预算</h1><p>一、收支预算情况说明</p><p>某市司法局2026年收入预算1,300.00万元，支出预算1,300.00万元。</p>
            </form></body></html>
            """);
        var read = DocumentReader.Read(path);
        Assert.Equal(1300m, read.Report.Income.Total!.Value);
        Assert.DoesNotContain(read.Lines, l => l.Contains("政务公开"));
    }

    [Fact]
    public void Links_within_the_page_and_a_sentence_around_a_link_are_the_documents()
    {
        // Word's contents entries link to their headings; a sentence may name the notice it follows as a link.
        string path = Write("toc.html", """
            <html><head><title>某市司法局2026年部门预算</title></head><body>
            <p class=MsoToc1><a href="#_Toc1">一、收支预算情况说明</a></p><p class=MsoToc1><a href="#_Toc2">二、“三公”经费预算情况说明</a></p>
            <p>根据<a href="/zwgk/tz/123.html">《关于做好2026年部门预算公开工作的通知》</a>要求，现公开如下：</p>
            <p><a name="_Toc1">一、收支预算情况说明</a></p><p>某市司法局2026年收入预算1,300.00万元。</p></body></html>
            """);
        var lines = DocumentReader.Read(path).Lines;
        Assert.Contains(lines, l => l.Contains("二、“三公”经费预算情况说明"));
        Assert.Contains(lines, l => l.Contains("现公开如下"));
    }

    [Fact]
    public void A_sites_name_over_the_articles_title_names_the_unit_once()
    {
        string path = Write("logo.html", """
            <html><head><title>某市司法局2026年部门预算_某市司法局</title></head><body><div class="logo">某市司法局</div>
            <h1>某市司法局2026年部门预算</h1><p>一、收支预算情况说明</p><p>某市司法局2026年收入预算1,300.00万元。</p></body></html>
            """);
        Assert.Equal("某市司法局", DocumentReader.Read(path).Report.UnitName!.Value);
    }

    [Fact]
    public void A_spreadsheets_table_with_its_title_and_unit_as_rows_is_a_table_of_figures()
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("""
            <html><body><table><tr><td colspan="4">一般公共预算“三公”经费支出表</td></tr><tr><td colspan="4">单位：万元</td></tr>
            <tr><td>合计</td><td>因公出国（境）费</td><td>公务用车购置及运行费</td><td>公务接待费</td></tr>
            <tr><td>12.50</td><td>0.00</td><td>10.00</td><td>2.50</td></tr>
            <tr><td colspan="4">注：1.本表按预算数填列。2.公务用车购置费为零。</td></tr></table></body></html>
            """);
        Assert.False(ComplianceGen.Reader.Documents.HtmlLoader.IsLayout(page.QuerySelector("table")!));
    }

    [Fact]
    public void Tables_printed_as_pictures_are_not_printed_tables()
    {
        // Many pages show the tables as pictures under their titles. The reader cannot read them, so the file does not
        // print them: it is the explanation, its tables elsewhere, and the rules that need the tables do not run.
        string path = Write("page.html", """
            <html><head><title>某市司法局2026年部门预算</title></head><body>
            <p>一、收支预算情况说明</p><p>某市司法局2026年收入预算1,300.00万元，支出预算1,300.00万元。</p>
            <p>二、部门预算表</p>
            <p style="text-align:center">表1 收支总表</p><p><img src="/u/1.png" width="900"></p>
            <p style="text-align:center">表2 收入总表</p><p><img src="/u/2.png" width="900"></p>
            <p style="text-align:center">表3 一般公共预算“三公”经费支出表</p><p><img src="/u/3.png" width="900"></p>
            </body></html>
            """);
        var report = DocumentReader.Read(path).Report;
        Assert.False(report.Parts.HasTables);
        Assert.True(report.Parts.TablesElsewhere);
        Assert.False(report.TemplateTables.IncomeExpenditure);
        Assert.False(report.TemplateTables.ThreePublic);
    }

    [Theory]
    [InlineData("""<iframe src="/pdfjs/web/viewer.html?file=%2Fuploads%2F2026%2F%E9%83%A8%E9%97%A8%E9%A2%84%E7%AE%97.pdf" width="100%"></iframe>""")]
    [InlineData("""<embed src="/uploads/2026/部门预算.pdf" type="application/pdf">""")]
    [InlineData("""<object data="/uploads/2026/部门预算.pdf?v=2" type="application/pdf"></object>""")]
    public void A_page_that_shows_the_disclosure_in_a_frame_is_not_one_and_names_the_file(string frame)
    {
        string path = Write("frame.html", $$"""
            <html><head><title>某市司法局2026年部门预算_某市司法局</title></head><body>
            <h1>某市司法局2026年部门预算</h1><div class="info">发布时间：2026-02-08　来源：某市司法局</div>
            <div class="content">{{frame}}</div></body></html>
            """);
        var report = DocumentReader.Read(path).Report;
        Assert.NotNull(report.NotDisclosureReason);
        Assert.Contains("部门预算.pdf", report.NotDisclosureReason);
    }

    [Theory]
    [InlineData("/files/a.pdf", "a.pdf")]
    [InlineData("/files/%E9%A2%84%E7%AE%97.xlsx#page=2", "预算.xlsx")]
    [InlineData("viewer.html?file=%2Ffiles%2Fb.PDF&zoom=auto", "b.PDF")]
    [InlineData("viewer.html?lang=zh&file=/files/c.docx", "c.docx")]
    [InlineData("/news/2026/0208/123.html", null)]
    [InlineData("viewer.html?file=/files/c.html", null)]
    [InlineData("viewer.html?file=%2Ffiles%2F100%2525.pdf", "100%25.pdf")]
    [InlineData("", null)]
    public void A_link_or_frame_names_a_document_file(string address, string? expected) =>
        Assert.Equal(expected, ComplianceGen.Reader.Documents.HtmlLoader.DocumentFile(address));

    [Fact]
    public void A_spreadsheet_is_refused_as_one()
    {
        // Tables published as a spreadsheet beside the explanation: a zip, as a .docx is, holding a workbook.
        string path = Path.Combine(_dir, "tables.xlsx");
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
        {
            using (var w = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open())) w.Write("<Types/>");
            using (var w = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open())) w.Write("<workbook/>");
        }
        var e = Refused(path);
        Assert.Equal(ReadFailure.UnsupportedFormat, e.Reason);
        Assert.Contains("spreadsheet", e.Message);
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
