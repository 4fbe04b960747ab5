using System.Linq;
using Xunit;

namespace ComplianceGen.Reader.Tests;

/// <summary>
/// A contents entry is found in the body as it is, or with the words that stand for the unit's name left out
/// (部门主要职能 for 上海市某某局主要职能), or as a short heading worded a little differently (名称解释 for 名词解释);
/// otherwise it is not found.
/// </summary>
public sealed class ContentsTests
{
    private const string Document = """
        上海市某某局2026年部门预算
        目录
        一、部门主要职能
        二、收入预算情况说明
        三、名称解释
        四、绩效目标情况说明
        上海市某某局主要职能
        负责全市某某工作。
        二、收入预算情况说明
        2026年度收入预算29956.27万元。
        三、名词解释
        “三公”经费：指因公出国（境）费、公务用车购置及运行费和公务接待费。
        """;

    [Theory]
    [InlineData("部门主要职能", true)]
    [InlineData("收入预算情况说明", true)]
    [InlineData("名称解释", true)]
    [InlineData("绩效目标情况说明", false)]
    public void An_entry_is_found_as_the_body_words_it(string entry, bool found)
    {
        var contents = DocumentReader.ReadText(Document, "t.txt").Report.Contents;
        Assert.Equal(4, contents.Count);
        Assert.Equal(found, contents.Single(c => c.Title!.Value.Contains(entry)).Found);
    }

    [Fact]
    public void A_word_contents_fields_code_and_a_publishing_date_are_no_part_of_the_entries()
    {
        // A page saved from Word keeps the contents field's code; the site prints the publishing date under 目录.
        const string Page = """
            2023年度某市中医医院单位决算
            目录
            公开日期:2024926
            第一部分 单位概况 PAGEREF _Toc25831 \h 3
            一、 主要职责 PAGEREF _Toc32310 h 3
            二、收入决算情况说明 PAGEREF _Toc21777 h 4
            第一部分 单位概况
            一、 主要职责
            负责某市中医医疗服务。
            二、收入决算情况说明
            2023年本年收入合计4,125.49万元。
            """;
        var contents = DocumentReader.ReadText(Page, "page.txt").Report.Contents;
        Assert.Equal(["第一部分 单位概况", "一、 主要职责", "二、收入决算情况说明"], contents.Select(c => c.Title!.Value).ToArray());
        Assert.All(contents, c => Assert.True(c.Found));
    }
}
