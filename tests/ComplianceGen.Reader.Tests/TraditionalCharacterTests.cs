using System.Linq;
using ComplianceGen.Reader.Normalization;
using ComplianceGen.Runtime;
using Xunit;

namespace ComplianceGen.Reader.Tests;

/// <summary>
/// Disclosures copied in traditional characters (a site's 繁體 version, or a mirror that converts what it copies and puts a
/// reading in pinyin after some characters) are read as simplified ones, character for character; the evidence quotes the
/// lines as printed. The texts are made up in the shape of such pages of several provinces (held-out sets, nineteenth session).
/// </summary>
public sealed class TraditionalCharacterTests
{
    private const string Budget = """
        某縣教育局2023年部門預算
        一、部門收支總體情況
        2023年收入預算1,200.00萬元，支出預算1,200.00萬元。
        二、“三公”經費預算情況說明
        2023年“三公”經費預算12.50萬元，其中：因公出國（境）費0萬元，公務接待費2.50萬元，公務用車購置及運行維護費10.00萬元。
        """;

    [Fact]
    public void A_document_in_traditional_characters_is_read_as_simplified()
    {
        var result = DocumentReader.ReadText(Budget, "t.txt");
        var report = result.Report;
        Assert.Null(report.NotDisclosureReason);
        Assert.Equal(DocumentKind.Budget, report.Kind);
        Assert.Equal("某县教育局", report.UnitName?.Value);
        Assert.Equal(1200m, report.Income.Total?.Value);
        Assert.Equal(12.5m, report.ThreePublicExpenses.Total?.Value);
        Assert.Equal(2.5m, report.ThreePublicExpenses.Reception.Amount?.Value);
        Assert.Contains(result.Warnings, w => w.Code == "R0104");
        Assert.True(report.Parts.ReadFromTraditional);
        Assert.False(DocumentReader.ReadText("某县教育局2023年部门预算\n2023年收入预算1,200.00万元。\n", "s.txt").Report.Parts.ReadFromTraditional);
    }

    [Fact]
    public void The_evidence_quotes_the_line_as_printed()
    {
        var report = DocumentReader.ReadText(Budget, "t.txt").Report;
        var evidence = report.ThreePublicExpenses.Total!.Evidence!;
        Assert.Equal(5, evidence.Line);
        Assert.Equal("12.50萬元", evidence.Text);
    }

    [Fact]
    public void A_reading_in_pinyin_after_a_character_is_left_out_and_the_columns_stay_the_printed_ones()
    {
        // 經(jīng)費(fèi): a mirror's annotation, which split every word of the budget.
        const string Page = "某局2023年部門預算\n2023年“三公”經(jīng)費(fèi)預(yù)算合計(jì)35萬(wàn)元，其中：因公出國(guó)(境)費(fèi)0萬(wàn)元，公務(wù)接待費(fèi)30萬(wàn)元，公務(wù)用車(chē)購(gòu)置及運(yùn)行維護(hù)費(fèi)5萬(wàn)元。\n";
        var report = DocumentReader.ReadText(Page, "t.txt").Report;
        Assert.Equal(35m, report.ThreePublicExpenses.Total?.Value);
        Assert.Equal(5m, report.ThreePublicExpenses.Vehicles.Amount?.Value);
        // (境) is a word of the text, not a reading: it stays.
        var line = LineNormalizer.Normalize(1, "因公出國(guó)(境)費(fèi)", traditional: true);
        Assert.Equal("因公出国（境）费", line.Text);
        // 国 stays at its printed column; the bracket of 境 and 费 come after the readings left out.
        Assert.Equal((3, 9, 12), (line.OriginalColumn(3), line.OriginalColumn(4), line.OriginalColumn(7)));
    }

    [Theory]
    // A simplified document is left as it is, even with a traditional name or two in it, and with characters that are
    // simplified ones too (乾县, a county of Shaanxi).
    [InlineData("乾县教育局2023年部门预算\n2023年收入预算1,200.00万元，支出预算1,200.00万元。对臺灣同胞的接待。\n", false)]
    [InlineData("某縣教育局2023年部門預算\n2023年收入預算1,200.00萬元，支出預算1,200.00萬元。\n二、“三公”經費預算情況說明\n", true)]
    public void Only_a_document_written_in_traditional_characters_is_converted(string text, bool traditional)
    {
        Assert.Equal(traditional, TraditionalChinese.IsTraditional(text));
        var result = DocumentReader.ReadText(text, "t.txt");
        Assert.Equal(traditional, result.Warnings.Any(w => w.Code == "R0104"));
        if (!traditional) Assert.Equal("乾县教育局", result.Report.UnitName?.Value);
    }

    [Fact]
    public void Every_pair_of_the_table_converts_one_character_into_another()
    {
        Assert.Equal(TraditionalChineseTable.Traditional.Length, TraditionalChineseTable.Simplified.Length);
        Assert.Equal(TraditionalChineseTable.Traditional.Length, TraditionalChineseTable.Traditional.Distinct().Count());
        for (int i = 0; i < TraditionalChineseTable.Traditional.Length; i++)
        {
            Assert.NotEqual(TraditionalChineseTable.Traditional[i], TraditionalChineseTable.Simplified[i]);
            // No chains: a simplified form is not converted again.
            Assert.Equal(TraditionalChineseTable.Simplified[i], TraditionalChinese.Simplified(TraditionalChineseTable.Simplified[i]));
        }
        Assert.Equal("预算决算经费万元财政拨款机关运行经费政府采购国有资产", string.Concat("預算決算經費萬元財政撥款機關運行經費政府採購國有資產".Select(TraditionalChinese.Simplified)));
    }
}
