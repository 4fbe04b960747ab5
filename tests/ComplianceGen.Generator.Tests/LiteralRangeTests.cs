using System.Linq;
using ComplianceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ComplianceGen.Generator.Tests;

/// <summary>A literal that cannot be held once converted to 元 is CG0007 at compile time, not an exception on every document.</summary>
public class LiteralRangeTests
{
    private static Diagnostic SingleError(string require)
    {
        var run = GeneratorHarness.Run(("rules/x.rules", $"rule O-1 \"t\"\n severity info\n cite \"c\"\n require {require}\n"));
        return Assert.Single(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("收入.总额 < 79228162514264337593543950335亿元", "79228162514264337593543950335亿元", "79228")]
    [InlineData("收入.总额 < 7922816251426433759354395034万元", "7922816251426433759354395034万元", "79228")]
    [InlineData("收入.总额 = 1元 within 7922816251426433759354395034万元", "7922816251426433759354395034万元", "7922816251426433759354395034万元")]
    public void An_amount_or_tolerance_out_of_range_in_yuan_is_CG0007_where_it_is_written(string require, string literal, string at)
    {
        var error = SingleError(require);
        Assert.Equal("CG0007", error.Id);
        var start = error.Location.GetLineSpan().StartLinePosition;
        // " require " is nine characters: the expression starts at character 9 of line 4.
        Assert.Equal((3, 9 + require.IndexOf(at, System.StringComparison.Ordinal)), (start.Line, start.Character));
        Assert.Contains(literal, error.GetMessage(), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("收入.总额 < 792281625142643375935亿元")]
    [InlineData("收入.总额 < 7922816251426433759354395万元")]
    [InlineData("收入.总额 < 79228162514264337593543950335元")]
    [InlineData("收入.总额 = 1元 within 792281625142643375935亿元")]
    public void The_largest_amounts_that_fit_compile(string require)
    {
        var run = GeneratorHarness.Run(("rules/x.rules", $"rule O-1 \"t\"\n severity info\n cite \"c\"\n require {require}\n example pass \"a\"\n example fail \"b\"\n"));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationErrors);
    }
}
