using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace ComplianceGen.Reader.Tests;

public sealed class EncodingTests
{
    private const string Doc = "某县科学技术协会2024年部门预算编制说明\n一、收支预算情况说明\n区科协2024年收入预算６２.７万元，其中：一般公共预算拨款收入62.7万元，占１００％。\n";

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static ReadResult ReadBytes(byte[] bytes)
    {
        string dir = TestPaths.TempDir();
        string path = Path.Combine(dir, "doc.txt");
        File.WriteAllBytes(path, bytes);
        try { return DocumentReader.Read(path); }
        finally { Directory.Delete(dir, true); }
    }

    private static void AssertRead(ReadResult result, string encoding)
    {
        Assert.Equal(encoding, result.Encoding);
        Assert.Equal("某县科学技术协会", result.Report.UnitName!.Value);
        Assert.Equal(62.7m, result.Report.Income.Total!.Value);
        // Full-width digits are normalized for parsing; evidence keeps the original text and column.
        Assert.Equal("６２.７万元", result.Report.Income.Total.Evidence!.Text);
        Assert.Equal(3, result.Report.Income.Total.Evidence.Line);
        Assert.Equal(13, result.Report.Income.Total.Evidence.Column);
        Assert.Equal(100m, result.Report.Income.Sources[0].Share!.Percent);
    }

    [Fact] public void Utf8_without_bom() => AssertRead(ReadBytes(Encoding.UTF8.GetBytes(Doc)), "utf-8");

    [Fact] public void Utf8_with_bom() => AssertRead(ReadBytes(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Doc)).ToArray()), "utf-8-bom");

    [Fact] public void Utf16_le_with_bom() => AssertRead(ReadBytes(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Doc)).ToArray()), "utf-16le");

    [Fact] public void Utf16_be_with_bom() => AssertRead(ReadBytes(Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Doc)).ToArray()), "utf-16be");

    [Fact] public void Utf16_le_without_bom_is_detected() => AssertRead(ReadBytes(Encoding.Unicode.GetBytes(Doc)), "utf-16le");

    [Fact] public void Gb18030() => AssertRead(ReadBytes(Encoding.GetEncoding("GB18030").GetBytes(Doc)), "gb18030");

    [Fact]
    public void Mixed_encodings_are_decoded_line_by_line_with_a_warning()
    {
        var lines = Doc.Split('\n');
        var bytes = Encoding.UTF8.GetBytes(lines[0] + "\n" + lines[1] + "\n")
            .Concat(Encoding.GetEncoding("GB18030").GetBytes(lines[2] + "\n")).ToArray();
        var result = ReadBytes(bytes);
        Assert.Equal("mixed(utf-8+gb18030)", result.Encoding);
        Assert.Contains(result.Warnings, w => w.Code == "R0102");
        Assert.Equal(62.7m, result.Report.Income.Total!.Value);
        Assert.Equal("某县科学技术协会", result.Report.UnitName!.Value);
    }

    [Fact]
    public void Bookmark_debris_is_removed_but_columns_point_at_the_original()
    {
        var r = DocumentReader.ReadText("标题\n[bookmark: _Toc1][bookmark: _Toc2]（一）收入预算情况。\n区科协2024年收入预算62.7万元，其中：上年结转0万元，占0%。\n", "t.txt").Report;
        Assert.Contains(r.Sections, s => s.Title!.Value == "收入预算情况" && s.Title.Evidence!.Column == 38);
        Assert.Equal(0m, r.Income.Sources[0].Amount!.Value);
    }
}
