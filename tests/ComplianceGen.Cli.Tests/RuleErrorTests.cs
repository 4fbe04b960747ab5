using System.Linq;
using ComplianceGen.Cli.Tests.Infrastructure;

namespace ComplianceGen.Cli.Tests;

/// <summary>A rule that throws on a document is reported as that rule's error there; the document's other findings are kept.</summary>
public class RuleErrorTests
{
    // The year is computed, so no compile-time check can see that it is no int: the catalogue
    // lookup throws OverflowException on every document with a stated year.
    private const string Rules = """
        ruleset t "t"
          cite "c"

        rule TH-1 "抛出异常的规则"
          severity error
          require 单位名称 = catalog("2060101", 年度 * 100000000)
          example pass "a"
          example fail "b"

        rule OK-2 "单位名称不应出现"
          severity warning
          require 单位名称 is not stated
          example pass "a"
          example fail "b"
        """;

    [Fact]
    public void A_rule_that_throws_names_itself_and_the_other_findings_stay()
    {
        using var temp = new TempDir();
        string rules = temp.File("t.rules", Rules);
        string seed = Repo.SeedFiles()[0];
        Assert.Equal(0, Tool.Run("rules", "lint", rules).Exit);

        var run = Tool.Run("check", seed, "--rules", rules, "--format", "json");

        Assert.True(run.Exit == 2, run.ToString());
        var document = Assert.Single(run.Json().RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal("OK-2", Assert.Single(document.GetProperty("findings").EnumerateArray()).GetProperty("ruleId").GetString());
        var error = Assert.Single(document.GetProperty("ruleErrors").EnumerateArray());
        Assert.Equal("TH-1", error.GetProperty("ruleId").GetString());
        Assert.Contains("OverflowException", error.GetProperty("message").GetString());
        Assert.Equal(1, run.Json().RootElement.GetProperty("summary").GetProperty("ruleErrors").GetInt32());
        var line = Assert.Single(run.Err.Split('\n'), l => l.Contains("TH-1"));
        Assert.Contains(seed.Replace('\\', '/'), line);
        Assert.Contains("抛出异常的规则", line);
    }
}
