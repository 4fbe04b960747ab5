using ComplianceGen.Reader.Normalization;
using Xunit;

namespace ComplianceGen.Reader.Tests;

/// <summary>The reader's quick white-space test must answer as <see cref="char.IsWhiteSpace(char)"/> does, for every character.</summary>
public sealed class WhiteSpaceTests
{
    [Fact]
    public void The_quick_test_agrees_with_the_runtime_on_every_character()
    {
        for (int c = char.MinValue; c <= char.MaxValue; c++)
            Assert.True(WhiteSpace.Is((char)c) == char.IsWhiteSpace((char)c), $"U+{c:X4}");
    }

    [Theory]
    [InlineData("单位 ：万元", "单位：万元")]
    [InlineData("一般\u3000公共\u00A0预算", "一般公共预算")]
    [InlineData("合计", "合计")]
    public void Removed_takes_out_every_kind_of_space(string text, string expected) => Assert.Equal(expected, WhiteSpace.Removed(text));
}
