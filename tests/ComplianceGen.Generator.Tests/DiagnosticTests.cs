using System.Linq;
using ComplianceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ComplianceGen.Generator.Tests;

/// <summary>Binding errors as a rule author sees them in the build: id, file(line,col) and a hint.</summary>
public class DiagnosticTests
{
    private static Diagnostic Single(string text, string path = "rules/x.rules")
    {
        var run = GeneratorHarness.Run((path, text));
        return Assert.Single(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    private static (int Line, int Column) Position(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    [Fact]
    public void An_unknown_Chinese_field_is_reported_on_that_segment_with_the_nearest_term()
    {
        var diagnostic = Single("规则 A-1 \"t\"\n  级别 错误\n  依据 \"c\"\n  要求 三公经费.公务接待 已说明\n");
        Assert.Equal("CG1001", diagnostic.Id);
        Assert.Equal((4, 11), Position(diagnostic));
        Assert.Equal(GeneratorHarness.ProjectDirectory + "rules/x.rules", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("未知字段“三公经费.公务接待”，是否指“三公经费.公务接待费”？", diagnostic.GetMessage());
    }

    [Fact]
    public void An_unknown_English_member_gets_a_suggestion_too()
    {
        var diagnostic = Single("rule A-1 \"t\"\n  severity error\n  cite \"c\"\n  require ThreePublicExpenses.Totl is stated\n");
        Assert.Equal((4, 31), Position(diagnostic));
        Assert.Contains("ThreePublicExpenses.Total", diagnostic.GetMessage());
    }

    [Fact]
    public void A_share_compared_with_text_cannot_be_compared()
    {
        var diagnostic = Single("rule A-1 \"t\"\n  severity error\n  cite \"c\"\n  for each x in 收入.来源\n  require x.占比 = x.名称\n");
        Assert.Equal("CG1009", diagnostic.Id);
        Assert.Equal((5, 11), Position(diagnostic));
        Assert.Contains("占比（share）", diagnostic.GetMessage());
        Assert.Contains("文本（text）", diagnostic.GetMessage());
    }

    [Fact]
    public void A_share_compared_with_a_plain_number_suggests_writing_a_percentage()
    {
        var diagnostic = Single("rule A-1 \"t\"\n  severity error\n  cite \"c\"\n  require sum(收入.来源.占比) = 100\n");
        Assert.Equal("CG1009", diagnostic.Id);
        Assert.Contains("100%", diagnostic.GetMessage());
    }

    [Fact]
    public void A_path_into_a_collection_outside_a_loop_says_to_use_for_each()
    {
        var diagnostic = Single("rule A-1 \"t\"\n  severity error\n  cite \"c\"\n  require 三公经费.明细.金额 is stated\n");
        Assert.Equal("CG1003", diagnostic.Id);
        Assert.Equal((4, 19), Position(diagnostic));
        Assert.Contains("对每个", diagnostic.GetMessage());
    }

    [Fact]
    public void Is_declared_on_a_plain_amount_is_refused()
    {
        var diagnostic = Single("rule A-1 \"t\"\n  severity error\n  cite \"c\"\n  require 三公经费.合计 is declared\n");
        Assert.Equal("CG1005", diagnostic.Id);
    }

    [Fact]
    public void A_requirement_that_is_not_a_condition_is_refused()
    {
        var diagnostic = Single("rule A-1 \"t\"\n  severity error\n  cite \"c\"\n  require 三公经费.合计 + 1万元\n");
        Assert.Equal("CG1006", diagnostic.Id);
    }

    [Fact]
    public void Duplicate_ids_across_files_are_an_error_at_each_place_that_names_the_other()
    {
        const string rule = "rule A-1 \"t\"\n  severity error\n  cite \"c\"\n  require 年度 is stated\n  example pass \"a\"\n  example fail \"b\"\n";
        var run = GeneratorHarness.Run(("rules/a.rules", rule), ("rules/b.rules", rule));
        var diagnostics = run.Diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, System.StringComparer.Ordinal).ToList();
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("CG2001", d.Id));
        Assert.EndsWith("rules/a.rules", diagnostics[0].Location.GetLineSpan().Path);
        Assert.Contains("rules/b.rules(1,6)", diagnostics[0].GetMessage());
        Assert.EndsWith("rules/b.rules", diagnostics[1].Location.GetLineSpan().Path);
        Assert.Contains("rules/a.rules(1,6)", diagnostics[1].GetMessage());
    }

    [Fact]
    public void A_rule_without_examples_or_citation_warns()
    {
        var run = GeneratorHarness.Run(("rules/x.rules", "rule A-1 \"t\"\n  severity error\n  require 年度 is stated\n"));
        var ids = run.Diagnostics.Select(d => d.Id).OrderBy(i => i).ToList();
        Assert.Equal(new[] { "CG2006", "CG2006", "CG2009" }, ids);
        Assert.All(run.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Single(run.LoadRules());
    }

    [Fact]
    public void The_release_tracking_file_lists_exactly_the_catalogue()
    {
        var text = System.IO.File.ReadAllText(System.IO.Path.Combine(Paths.RepositoryRoot, "src", "Generator", "AnalyzerReleases.Unshipped.md"));
        var tracked = text.Split('\n').Where(l => l.StartsWith("CG")).Select(l => l.Split('|').Select(c => c.Trim()).ToArray()).ToList();
        var catalogue = ComplianceGen.Rules.Diagnostics.DiagnosticCatalog.All;
        Assert.Equal(catalogue.Select(d => d.Id), tracked.Select(t => t[0]));
        foreach (var (row, info) in tracked.Zip(catalogue))
        {
            Assert.Equal(info.Category, row[1]);
            Assert.Equal(info.Level.ToString(), row[2]);
            Assert.Equal(info.Title, row[3]);
        }
    }
}
