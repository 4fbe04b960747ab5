using ComplianceGen.Runtime;

namespace ComplianceGen.Runtime.Tests;

/// <summary>When two printed unit names name the same unit (IC-005's "same unit as").</summary>
public class UnitNameTests
{
    [Theory]
    [InlineData("攀枝花市科学技术协会", "攀枝花市科学技术协会")]
    [InlineData("四川省攀枝花市科学技术协会", "攀枝花市科学技术协会")]
    [InlineData("区科协", "攀枝花市西区科学技术协会")]
    [InlineData("市科协", "攀枝花市科学技术协会")]
    [InlineData("县科协", "巫溪县科学技术协会")]
    [InlineData("区规划资源局", "上海市普陀区规划和自然资源局")]
    [InlineData("区财政局", "上海市普陀区财政局")]
    [InlineData("上海市 XX 局", "上海市XX局")]
    [InlineData("资源局", "上海市普陀区规划和自然资源局")]
    // An autonomous county named without its peoples; a 街道 with or without its 办事处; a township and its government.
    [InlineData("寻甸县塘子街道办事处", "寻甸回族彝族自治县塘子街道")]
    [InlineData("双江县第一完全中学", "双江拉祜族佤族布朗族傣族自治县第一完全中学")]
    [InlineData("某县某镇", "某县某镇人民政府")]
    [InlineData("黔东南州财政局", "黔东南苗族侗族自治州财政局")]
    [InlineData("西双版纳州第一中学", "西双版纳傣族自治州第一中学")]
    [InlineData("自治县教育局", "寻甸回族彝族自治县教育局")]
    [InlineData("自治区财政厅", "广西壮族自治区财政厅")]
    // A party committee's office: 中共 dropped, 委员会 and 党委 written 委.
    [InlineData("西藏自治区党委政法委某某办公室", "中共西藏自治区委员会政法委员会某某办公室")]
    [InlineData("某县委宣传部", "中共某县委员会宣传部")]
    public void Full_names_parts_and_abbreviations_name_the_same_unit(string a, string b)
    {
        Assert.True(UnitNames.SameUnit(a, b));
        Assert.True(UnitNames.SameUnit(b, a));
    }

    [Theory]
    [InlineData("县科技局", "巫溪县科学技术协会")]                       // a 局 is not a 协会: another unit's text
    [InlineData("上海市规划和自然资源局", "上海市普陀区规划和自然资源局")]   // the city's bureau, not the district's
    [InlineData("上海市普陀区规划与自然资源局", "上海市普陀区规划和自然资源局")] // one of the two spellings is wrong
    [InlineData("上海市普陀区财政局", "上海市普陀区文化和旅游局")]
    [InlineData("区", "上海市普陀区财政局")]
    // Another county of the same peoples, or another place's 街道.
    [InlineData("禄劝县塘子街道", "寻甸回族彝族自治县塘子街道")]
    [InlineData("寻甸县金所街道办事处", "寻甸回族彝族自治县塘子街道")]
    // A unit under a township or a 街道 is not the township's government or the 街道's office.
    [InlineData("某镇卫生院", "某镇人民政府")]
    [InlineData("塘子街道社区卫生服务中心", "塘子街道办事处")]
    // Another committee of the same party committee.
    [InlineData("某县委组织部", "中共某县委员会宣传部")]
    [InlineData("西藏自治区党委宣传部", "中共西藏自治区委员会政法委员会")]
    public void Other_units_and_misspellings_do_not(string a, string b)
    {
        Assert.False(UnitNames.SameUnit(a, b));
        Assert.False(UnitNames.SameUnit(b, a));
    }

    [Theory]
    [InlineData(null, "区科协")]
    [InlineData("区科协", null)]
    [InlineData(" ", "区科协")]
    public void A_missing_name_leaves_the_question_open(string? a, string? b) => Assert.Null(UnitNames.SameUnit(a, b));

    [Theory]
    [InlineData("2060101", "20601", true)]
    [InlineData("2060101", "206", true)]
    [InlineData("2080101", "20601", false)]
    [InlineData("（一）科学", "(一)", true)]
    [InlineData("20", "206", false)]
    public void Starts_with_compares_as_names_are_compared(string text, string prefix, bool expected) =>
        Assert.Equal(expected, TextComparison.StartsWith(text, prefix));
}
