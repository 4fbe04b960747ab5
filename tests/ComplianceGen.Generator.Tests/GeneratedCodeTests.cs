using System.IO;
using System.Linq;
using ComplianceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ComplianceGen.Generator.Tests;

/// <summary>The code generated for the repository's rules/: approved snapshots, and it compiles cleanly.</summary>
public class GeneratedCodeTests
{
    [Fact]
    public void Generated_code_for_the_rules_folder_matches_the_approved_baselines()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.RepositoryRules());
        Assert.Empty(run.Diagnostics);
        foreach (var tree in run.Result.GeneratedTrees.OrderBy(t => t.FilePath, System.StringComparer.Ordinal))
            Baseline.Verify(Path.GetFileName(tree.FilePath).Replace(".g.cs", ".verified.cs"), tree.ToString());
    }

    [Fact]
    public void Generated_code_compiles_without_warnings()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.RepositoryRules());
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.NotEmpty(run.LoadRules());
    }

    [Fact]
    public void The_registry_lists_every_rule_once_in_id_order()
    {
        var rules = GeneratorHarness.Run(GeneratorHarness.RepositoryRules()).LoadRules();
        var ids = rules.Select(r => r.Descriptor.Id).ToList();
        Assert.Equal(ids.OrderBy(i => i, System.StringComparer.Ordinal), ids);
        Assert.Equal(ids.Distinct(), ids);
        Assert.Contains("SG-001", ids);
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Descriptor.Citation)));
        Assert.All(rules, r => Assert.StartsWith("rules/", r.Descriptor.SourceFile));
    }

    [Fact]
    public void Condition_texts_keep_their_parentheses()
    {
        // The texts of conditions and requirements (descriptor, not-applicable reasons) are cut from the
        // rule file by span; a parenthesis at either end used to be cut off ("a or b) and c").
        const string rule = """
            rule P-1 "parens"
              severity error
              cite "c"
              when (收入.总额 is stated or 收入.收支总计 is stated) and 支出.总额 is stated
              require 支出.总额 is stated or (收入.总额 is stated and 收入.总额 > 0元)
              example pass "a"
              example fail "b"
            """;
        var run = GeneratorHarness.Run(("rules/p.rules", rule));
        Assert.Empty(run.Diagnostics);
        var validator = run.LoadRules().Single();
        Assert.Equal("when (收入.总额 is stated or 收入.收支总计 is stated) and 支出.总额 is stated; require 支出.总额 is stated or (收入.总额 is stated and 收入.总额 > 0元)",
            validator.Descriptor.Requirement);
        var outcome = validator.Validate(Reports.Budget(), ComplianceGen.Runtime.ValidationContext.WithoutCatalog, new System.Collections.Generic.List<ComplianceGen.Runtime.Finding>());
        Assert.Equal("不满足适用条件：(收入.总额 is stated or 收入.收支总计 is stated) and 支出.总额 is stated", outcome.Reason);
    }

    [Fact]
    public void Rule_files_with_the_same_name_in_two_folders_get_distinct_hint_names()
    {
        const string a = "rule A-1 \"a\"\n severity error\n require 年度 is stated\n cite \"c\"\n example pass \"x\"\n example fail \"y\"\n";
        const string b = "rule B-1 \"b\"\n severity error\n require 年度 is stated\n cite \"c\"\n example pass \"x\"\n example fail \"y\"\n";
        var run = GeneratorHarness.Run(("one/x.rules", a), ("two/x.rules", b));
        Assert.Empty(run.Diagnostics);
        var names = run.Result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).ToList();
        Assert.Equal(3, names.Distinct().Count());
        Assert.Equal(new[] { "A-1", "B-1" }, run.LoadRules().Select(r => r.Descriptor.Id));
    }
}
