using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ComplianceGen.Cli.Tests.Infrastructure;

namespace ComplianceGen.Cli.Tests;

public class RulesAndRuntimeCompileTests
{
    [Fact]
    public void Built_in_rules_are_compiled_into_the_tool_and_listed()
    {
        var run = Tool.Run("rules", "list", "--format", "json");
        Assert.Equal(0, run.Exit);
        var rules = run.Json().RootElement.EnumerateArray().ToList();
        var ruleFileIds = Directory.GetFiles(Repo.Rules, "*.rules")
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"^(?:rule|规则)\s+(\S+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value))
            .OrderBy(id => id, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(ruleFileIds);
        Assert.Equal(ruleFileIds, rules.Select(r => r.GetProperty("id").GetString()!).ToList());
        foreach (var r in rules)
        {
            foreach (var key in new[] { "id", "severity", "title", "citation", "kinds", "source" }) Assert.True(r.TryGetProperty(key, out _), key);
            Assert.StartsWith("rules/", r.GetProperty("source").GetString());
            Assert.Equal(JsonValueKind.Array, r.GetProperty("kinds").ValueKind);
        }
        var text = Tool.Run("rules", "list");
        Assert.Equal(ruleFileIds.Count, text.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Rules_compiled_at_run_time_give_the_same_results_as_the_built_in_ones()
    {
        var builtIn = Tool.Run("check", Repo.Seeds, "--format", "json", "--fail-on", "never");
        var runtime = Tool.Run("check", Repo.Seeds, "--format", "json", "--fail-on", "never", "--rules", Repo.Rules);
        Assert.True(runtime.Exit == 0, runtime.ToString());
        static string Results(CliRun run) => string.Join("\n", run.Json().RootElement.GetProperty("documents").EnumerateArray().Select(d =>
            d.GetProperty("findings").GetRawText() + d.GetProperty("notApplicable").GetRawText() + d.GetProperty("passed").GetRawText()));
        Assert.Equal(Results(builtIn), Results(runtime));
    }

    [Fact]
    public void A_new_rule_file_works_without_rebuilding_the_tool()
    {
        using var temp = new TempDir();
        string rule = temp.File("extra.rules", """
            ruleset extra "试验规则"
              applies-to budget, final-account
              cite "试验依据"

            rule XT-001 "支出构成占比之和为100%（试验）"
              severity warning
              when count(x in 支出.构成 where x.占比 is stated) > 1
              require sum(支出.构成.占比) = 100% within rounding
              message "支出各部分占比之和为{sum(支出.构成.占比)}"
            """);
        string doc = temp.File("doc.txt", "某区科学技术协会2024年部门预算编制说明\n（二）支出预算情况。\n区科协2024年支出预算62.7万元，其中：基本支出61.2万元，占90%；项目支出1.5万元，占2%。\n");
        var run = Tool.Run("check", doc, "--rules", rule, "--format", "json", "--fail-on", "warning");
        Assert.True(run.Exit == 1, run.ToString());
        var finding = Assert.Single(run.Json().RootElement.GetProperty("documents")[0].GetProperty("findings").EnumerateArray());
        Assert.Equal("XT-001", finding.GetProperty("ruleId").GetString());
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
        Assert.Equal(3, finding.GetProperty("evidence")[0].GetProperty("line").GetInt32());
        Assert.Equal(0, Tool.Run("check", doc, "--rules", rule, "--fail-on", "error").Exit);
    }

    [Fact]
    public void A_rule_file_with_errors_prints_located_diagnostics_and_exits_2_without_output()
    {
        using var temp = new TempDir();
        string bad = temp.File("bad.rules", File.ReadAllText(Path.Combine(Repo.Rules, "three-public-expenses.rules")).Replace("三公经费.明细", "三公经费.明x"));
        string output = Path.Combine(temp.Path, "out.json");
        var run = Tool.Run("check", Repo.Seeds, "--rules", bad, "--format", "json", "--output", output);
        Assert.Equal(2, run.Exit);
        Assert.Matches(new Regex(@"bad\.rules\(\d+,\d+\): error CG\d{4}: "), run.Err);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp"));

        var lint = Tool.Run("rules", "lint", bad);
        Assert.Equal(2, lint.Exit);
        Assert.All(lint.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.Matches(@"\(\d+,\d+\): (error|warning) CG\d{4}: ", l));
        var clean = Tool.Run("rules", "lint", Repo.Rules);
        Assert.Equal(0, clean.Exit);
        Assert.Equal("", clean.Out.Trim());
    }
}
