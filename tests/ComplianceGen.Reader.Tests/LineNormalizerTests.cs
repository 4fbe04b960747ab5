using ComplianceGen.Reader.Normalization;
using Xunit;

namespace ComplianceGen.Reader.Tests;

/// <summary>
/// The normalizer copies the characters it leaves alone without looking at them one by one; only the characters in its
/// table of special ones go through the tests and the mapping. The table must hold every character the mapping changes.
/// </summary>
public sealed class LineNormalizerTests
{
    [Fact]
    public void Every_character_the_mapping_changes_or_drops_is_looked_at()
    {
        foreach (var (previous, next) in new[] { ('1', '1'), ('a', 'a'), ('\0', '\0'), ('汉', '汉') })
            for (int c = char.MinValue; c <= char.MaxValue; c++)
            {
                char mapped = LineNormalizer.Map((char)c, previous, next);
                if (mapped != c || mapped == '\0') Assert.True(LineNormalizer.IsSpecial((char)c), $"U+{c:X4} becomes U+{(int)mapped:X4}");
            }
        Assert.True(LineNormalizer.IsSpecial(' '));
        Assert.True(LineNormalizer.IsSpecial('['));
    }

    [Theory]
    [InlineData("预算   １２３．４５ 万元", "预算   123.45 万元")]
    [InlineData("一 般 公 共 预 算 收 入  21,940.96 万 元", "一般公共预算收入  21,940.96 万 元")]
    [InlineData("[bookmark: _Toc1]一、部门职责(概况)", "一、部门职责（概况）")]
    [InlineData("  行政运行\u3000\u3000 8072.29\r", "  行政运行   8072.29")]
    public void Lines_read_as_before(string line, string expected) => Assert.Equal(expected, LineNormalizer.Normalize(1, line).Text);

    // Each character of the normalized line comes from the original character its map names: the same character, or the
    // one the mapping makes of it. A dropped character leaves no trace; a kept one is never skipped.
    [Theory]
    [InlineData("预算   １２３．４５ 万元", "预算   123.45 万元")]
    [InlineData("\r(一)收入", "（一）收入")]
    [InlineData("(一)收入\r", "（一）收入")]
    [InlineData("一 般 公 共 预 算 收 入  (21,940.96) 万 元", "一般公共预算收入  （21,940.96） 万 元")]
    [InlineData("[bookmark: _Toc1]一、部门职责(概况)  １", "一、部门职责（概况）  1")]
    [InlineData("收入  \u200B  支出", "收入    支出")]
    public void Every_kept_character_is_mapped_to_where_it_came_from(string line, string expected)
    {
        var normalized = LineNormalizer.Normalize(1, line);
        Assert.Equal(expected, normalized.Text);
        int previous = -1;
        for (int k = 0; k < normalized.Text.Length; k++)
        {
            int from = normalized.OriginalColumn(k);
            Assert.True(from > previous, $"character {k} maps to {from}, not after {previous}");
            char original = line[from];
            char expectedChar = LineNormalizer.Map(original, from > 0 ? line[from - 1] : '\0', from + 1 < line.Length ? line[from + 1] : '\0');
            Assert.True(normalized.Text[k] == original || normalized.Text[k] == expectedChar, $"character {k} ‘{normalized.Text[k]}’ maps to ‘{original}’");
            previous = from;
        }
    }

    [Fact]
    public void A_line_that_needs_nothing_is_kept_as_it_is()
    {
        const string line = "  一般公共服务支出      1,234.56      合计";
        var normalized = LineNormalizer.Normalize(1, line);
        Assert.Same(line, normalized.Text);
        Assert.Equal(7, normalized.OriginalColumn(7));
    }
}

