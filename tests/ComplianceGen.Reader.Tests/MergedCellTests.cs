using System;
using System.IO;
using System.Linq;
using System.Text;
using ComplianceGen.Reader.Documents;
using ComplianceGen.Runtime;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace ComplianceGen.Reader.Tests;

/// <summary>
/// Web pages and Word files merge the template's header cells (公务用车购置及运行费 over 小计, 购置费 and 运行费; 合计 down
/// two rows). The figures must still be read under their own headers, and a 单位：万元 line between a table and its
/// title is neither its title nor lost.
/// </summary>
public sealed class MergedCellTests : IDisposable
{
    private readonly string _dir = TestPaths.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Prose = """
        <h1>某市审计局2026年部门预算</h1>
        <p>某市审计局2026年收入预算1,000.00万元，其中：一般公共预算拨款收入1,000.00万元，占100%。</p>
        """;

    private const string ThreePublicTable = """
        <p>表3 “三公”经费支出预算表</p>
        <p>单位：万元</p>
        <table border="1">
        <tr><th rowspan="2">合计</th><th rowspan="2">因公出国（境）费</th><th colspan="3">公务用车购置及运行费</th><th rowspan="2">公务接待费</th></tr>
        <tr><th>小计</th><th>公务用车购置费</th><th>公务用车运行费</th></tr>
        <tr><td>10.00</td><td>2.00</td><td>5.00</td><td>1.00</td><td>4.00</td><td>3.00</td></tr>
        </table>
        """;

    private const string ExpenditureTable = """
        <p>表2 一般公共预算支出表</p>
        <p>单位：万元</p>
        <table border="1">
        <tr><th colspan="2">功能分类科目</th><th rowspan="2">合计</th><th rowspan="2">基本支出</th><th rowspan="2">项目支出</th></tr>
        <tr><th>科目编码</th><th>科目名称</th></tr>
        <tr><td>201</td><td>一般公共服务支出</td><td>1,000.00</td><td>800.00</td><td>200.00</td></tr>
        <tr><td>2010804</td><td>审计业务</td><td>200.00</td><td></td><td>200.00</td></tr>
        <tr><td colspan="2">合计</td><td>1,000.00</td><td>800.00</td><td>200.00</td></tr>
        </table>
        """;

    private DisclosureReport ReadHtml(string body)
    {
        string path = Path.Combine(_dir, "page.html");
        File.WriteAllText(path, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>某市审计局2026年部门预算</title></head><body>" + body + "</body></html>", new UTF8Encoding(false));
        return DocumentReader.Read(path).Report;
    }

    /// <summary>A Word file of a title, the table's title, 单位：万元 and the tables given, read.</summary>
    private DisclosureReport ReadDocx(string tableTitle, params Table[] tables)
    {
        string path = Path.Combine(_dir, "report.docx");
        using (var doc = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var body = new Body(
                new Paragraph(new Run(new Text("某市审计局2026年部门预算"))),
                new Paragraph(new Run(new Text(tableTitle))),
                new Paragraph(new Run(new Text("单位：万元"))));
            foreach (var table in tables) body.Append(table);
            doc.AddMainDocumentPart().Document = new Document(body);
            doc.MainDocumentPart!.Document.Save();
        }
        return DocumentReader.Read(path).Report;
    }

    private static decimal? Cell(TableInfo table, string column, int row = 0) =>
        table.Rows[row].Cells.FirstOrDefault(c => c.Column!.Value == column)?.Amount!.Value;

    [Fact]
    public void A_header_merged_across_and_down_names_each_column_of_a_web_page_table()
    {
        var report = ReadHtml(Prose + ThreePublicTable);
        var table = Assert.Single(report.Tables, t => t.Columns.Count > 0);
        Assert.Equal("表3 “三公”经费支出预算表", table.Title!.Value);
        Assert.Equal(
            new[] { "合计", "因公出国（境）费", "公务用车购置及运行费小计", "公务用车购置及运行费公务用车购置费", "公务用车购置及运行费公务用车运行费", "公务接待费" },
            table.Columns.Select(c => c.Value).ToArray());
        Assert.Equal(10.00m, Cell(table, "合计"));
        Assert.Equal(2.00m, Cell(table, "因公出国（境）费"));
        Assert.Equal(1.00m, Cell(table, "公务用车购置及运行费公务用车购置费"));
        Assert.Equal(4.00m, Cell(table, "公务用车购置及运行费公务用车运行费"));
        Assert.Equal(3.00m, Cell(table, "公务接待费"));
    }

    [Fact]
    public void A_label_merged_over_the_code_and_name_columns_is_one_label_and_an_empty_cell_keeps_its_column()
    {
        var report = ReadHtml(Prose + ExpenditureTable);
        var table = Assert.Single(report.Tables, t => t.Columns.Count > 0);
        Assert.Equal(new[] { "合计", "基本支出", "项目支出" }, table.Columns.Select(c => c.Value).Skip(2).ToArray());
        Assert.Equal("2010804审计业务", table.Rows[1].Label!.Value);
        Assert.Null(Cell(table, "基本支出", 1));
        Assert.Equal(200.00m, Cell(table, "项目支出", 1));
        Assert.Equal("合计", table.Rows[2].Label!.Value);
        Assert.Equal(800.00m, Cell(table, "基本支出", 2));
    }

    [Fact]
    public void The_unit_line_between_a_title_and_its_table_gives_the_unit_and_is_not_the_title()
    {
        var report = ReadHtml(Prose + ExpenditureTable.Replace("单位：万元", "单位：元"));
        var table = Assert.Single(report.Tables, t => t.Columns.Count > 0);
        Assert.Equal("表2 一般公共预算支出表", table.Title!.Value);
        Assert.Equal(AmountUnit.Yuan, table.Rows[0].Cells[0].Amount!.Unit);
    }

    [Fact]
    public void A_tables_title_and_unit_line_are_the_tables_not_a_table_of_their_own()
    {
        var report = ReadHtml(Prose + ExpenditureTable + ThreePublicTable);
        Assert.Equal(new[] { "表2 一般公共预算支出表", "表3 “三公”经费支出预算表" }, report.Tables.Select(t => t.Title!.Value).ToArray());
        // A short sentence above a table is not its title's kind of line: it stays prose, with its figure.
        var prose = ReadHtml(Prose + "<p>2026年“三公”经费预算10.00万元，具体如下：</p>" + ThreePublicTable.Replace("<p>表3 “三公”经费支出预算表</p>", ""));
        Assert.Contains(prose.Statements, s => s.Text!.Value.Contains("10.00万元", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tables_caption_is_its_title()
    {
        var report = ReadHtml(Prose + ThreePublicTable.Replace("<p>表3 “三公”经费支出预算表</p>", "").Replace("<table border=\"1\">", "<table border=\"1\"><caption>表3 “三公”经费支出预算表</caption>"));
        var table = Assert.Single(report.Tables);
        Assert.Equal("表3 “三公”经费支出预算表", table.Title!.Value);
        Assert.Equal(3.00m, Cell(table, "公务接待费"));
    }

    [Fact]
    public void A_word_table_with_cells_merged_across_reads_as_the_web_page_does()
    {
        static TableCell Cell(string text, int span = 1, bool continued = false)
        {
            var properties = new TableCellProperties();
            if (span > 1) properties.Append(new GridSpan { Val = span });
            if (continued) properties.Append(new VerticalMerge());
            else if (text.Length > 0 && span == 1) properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
            return new TableCell(properties, new Paragraph(new Run(new Text(text))));
        }
        var report = ReadDocx("表3 “三公”经费支出预算表",
            new Table(
                new TableRow(Cell("合计"), Cell("因公出国（境）费"), Cell("公务用车购置及运行费", span: 3), Cell("公务接待费")),
                new TableRow(Cell("", continued: true), Cell("", continued: true), new TableCell(new Paragraph(new Run(new Text("小计")))),
                    new TableCell(new Paragraph(new Run(new Text("公务用车购置费")))), new TableCell(new Paragraph(new Run(new Text("公务用车运行费")))), Cell("", continued: true)),
                new TableRow(new[] { "10.00", "2.00", "5.00", "1.00", "4.00", "3.00" }.Select(t => new TableCell(new Paragraph(new Run(new Text(t))))))));
        var table = Assert.Single(report.Tables, t => t.Columns.Count > 0);
        Assert.Equal(6, table.Columns.Count);
        Assert.Equal(1.00m, MergedCellTests.Cell(table, "公务用车购置及运行费公务用车购置费"));
        Assert.Equal(3.00m, MergedCellTests.Cell(table, "公务接待费"));
    }

    [Fact]
    public void A_word_table_split_in_two_is_one_table_and_the_first_part_is_not_the_seconds_title()
    {
        static TableRow Row(params string[] cells) => new(cells.Select(t => new TableCell(new Paragraph(new Run(new Text(t))))));
        var report = ReadDocx("表2 一般公共预算支出表",
            new Table(Row("科目编码", "科目名称", "合计", "基本支出", "项目支出"), Row("201", "一般公共服务支出", "1,000.00", "800.00", "200.00"),
                Row("20108", "审计事务", "1,000.00", "800.00", "200.00")),
            new Table(Row("2010801", "行政运行", "800.00", "800.00", ""), Row("2010804", "审计业务", "200.00", "", "200.00")));
        var table = Assert.Single(report.Tables);
        Assert.Equal("表2 一般公共预算支出表", table.Title!.Value);
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(200.00m, Cell(table, "项目支出", 3));
    }

    [Fact]
    public void Cells_are_laid_out_on_the_grid()
    {
        var grid = new MergedCells();
        // A header row: a cell spanning columns is written in each; spanning rows leaves the next row's places empty.
        Assert.Equal(new[] { "合计", "车", "车", "接待" }, grid.Row(new SourceCell[] { new("合计", RowSpan: 2), new("车", ColumnSpan: 2), new("接待", RowSpan: 3) }));
        Assert.Equal(new[] { "", "购置", "运行", "" }, grid.Row(new SourceCell[] { new("购置"), new("运行") }));
        // A row of figures: the merged label is written once; the cell covered from two rows up is still empty.
        Assert.Equal(new[] { "合计", "", "9.00", "" }, grid.Row(new SourceCell[] { new("合计", ColumnSpan: 2), new("9.00") }));
        Assert.Equal(new[] { "1.00", "2.00" }, grid.Row(new SourceCell[] { new("1.00"), new("2.00") }));
        // A title row spanning the table is one cell; absurd spans are clamped.
        Assert.Equal(new[] { "表1 收支总表" }, grid.Row(new SourceCell[] { new("表1 收支总表", ColumnSpan: 6) }));
        Assert.Equal(64 + 1, grid.Row(new SourceCell[] { new("x", ColumnSpan: 1_000_000), new("y") }).Count);
    }
}
