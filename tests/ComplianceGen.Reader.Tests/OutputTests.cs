using System.IO;
using System.Text;
using System.Text.Json;
using ComplianceGen.Reader.Output;
using Xunit;

namespace ComplianceGen.Reader.Tests;

public sealed class OutputTests
{
    [Fact]
    public void Json_dump_has_facts_with_value_unit_decimals_and_evidence()
    {
        var result = DocumentReader.Read(TestPaths.Seed("001"));
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) ReportJson.Write(result.Report, result, writer);
        using var doc = JsonDocument.Parse(stream.ToArray());
        var root = doc.RootElement;
        Assert.Equal(2024, root.GetProperty("year").GetInt32());
        Assert.Equal("budget", root.GetProperty("kind").GetString());
        var total = root.GetProperty("report").GetProperty("income").GetProperty("total");
        Assert.Equal(62.7m, total.GetProperty("value").GetDecimal());
        Assert.Equal("万元", total.GetProperty("unit").GetString());
        Assert.Equal(1, total.GetProperty("decimals").GetInt32());
        Assert.Equal(42, total.GetProperty("evidence").GetProperty("line").GetInt32());
        Assert.Equal("62.7万元", total.GetProperty("evidence").GetProperty("text").GetString());
    }

    [Fact]
    public void Text_dump_lists_codes_with_evidence()
    {
        var result = DocumentReader.Read(TestPaths.Seed("001"));
        var text = new StringWriter();
        ReportText.Write(result.Report, text, result);
        Assert.Contains("functional.line[2060101] = 49.36万元  @62:", text.ToString());
    }
}
