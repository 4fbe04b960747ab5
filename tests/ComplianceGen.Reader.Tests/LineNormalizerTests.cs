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
}
