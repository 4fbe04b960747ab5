using System;
using System.Collections.Generic;
using System.Linq;
using ComplianceGen.Generator.Tests.Infrastructure;
using ComplianceGen.Runtime;
using ComplianceGen.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace ComplianceGen.Generator.Tests;

/// <summary>
/// Rule ids, rule file names and rule variables never collide with each other or with what the
/// generator writes: a clash is a located CG2001 at every place, never a rule silently dropped,
/// and no name a rule author picks can break the generated C#.
/// </summary>
public class IdentityTests
{
    private static string Rule(string id, string severity = "info", string require = "年度 is stated") =>
        $"rule {id} \"t\"\n severity {severity}\n cite \"c\"\n require {require}\n example pass \"a\"\n example fail \"b\"\n\n";

    private static (int Line, int Column) Position(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    [Fact]
    public void Ids_that_make_the_same_class_are_reported_at_both_places()
    {
        var run = GeneratorHarness.Run(("rules/x.rules", Rule("A-1") + Rule("A_1", "error", "年度 is not stated")));

        var errors = run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("CG2001", e.Id));
        Assert.Equal((1, 6), Position(errors[0]));
        Assert.Equal((8, 6), Position(errors[1]));
        Assert.Contains("rules/x.rules(8,6)“A_1”", errors[0].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("rules/x.rules(1,6)“A-1”", errors[1].GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_that_make_the_same_class_clash_across_files_too()
    {
        var run = GeneratorHarness.Run(("a/x.rules", Rule("B.2")), ("b/x.rules", Rule("B-2")));
        var errors = run.Diagnostics.Where(d => d.Id == "CG2001").ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Location.GetLineSpan().Path.EndsWith("a/x.rules", StringComparison.Ordinal) && e.GetMessage().Contains("b/x.rules(1,6)“B-2”"));
        Assert.Contains(errors, e => e.Location.GetLineSpan().Path.EndsWith("b/x.rules", StringComparison.Ordinal) && e.GetMessage().Contains("a/x.rules(1,6)“B.2”"));
    }

    [Theory]
    [InlineData("a/x.rules", "b/x.rules")]
    [InlineData("x-y.rules", "x_y.rules")]
    [InlineData("x.y.rules", "x_y.rules")]
    [InlineData("X.rules", "x.RULES")]
    [InlineData("rules/三公经费.rules", "其他/三公经费.rules")]
    public void Rule_files_whose_names_look_alike_get_their_own_classes_and_generated_files(string first, string second)
    {
        var run = GeneratorHarness.Run((first, Rule("C-1")), (second, Rule("C-2")));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationErrors);
        Assert.Equal(new[] { "C-1", "C-2" }, run.LoadRules().Select(r => r.Descriptor.Id).OrderBy(i => i, StringComparer.Ordinal));
        var hints = run.Result.Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Equal(3, hints.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var containers = run.Compilation.GetSymbolsWithName(n => n.StartsWith("Rules_", StringComparison.Ordinal), SymbolFilter.Type).ToList();
        Assert.Equal(2, containers.Count);
    }

    [Fact]
    public void The_same_file_listed_twice_is_compiled_once()
    {
        var run = GeneratorHarness.Run(("rules/x.rules", Rule("D-1")), ("rules/x.rules", Rule("D-1")));
        Assert.Empty(run.CompilationErrors);
        Assert.Equal("D-1", Assert.Single(run.LoadRules()).Descriptor.Id);
    }

    /// <summary>Names the generated code uses: runtime types, members, locals, helpers, keywords.</summary>
    public static TheoryData<string> GeneratedIdentifiers => new()
    {
        "Quantity", "Compare", "Values", "Tolerance", "MessageFormat", "AmountUnit", "ComparisonOperator", "CatalogLookup",
        "EvidenceList", "Finding", "RuleOutcome", "RuleDescriptor", "Severity", "DocumentKind", "DisclosureReport", "ValidationContext",
        "QuantitySum", "UnitNames", "System", "global", "s_descriptor", "Instance", "Descriptor", "Validate", "When",
        "Requirement1", "CreateFinding", "Count_1", "Sum_1", "Any_1", "WhenFalse", "NothingToCheck", "Undecided", "Where1",
        "report", "context", "findings", "items", "item", "i", "passed", "failed", "unknown", "notApplicable", "list", "message",
        "evidence", "sum", "count", "holds", "element", "element2", "left", "right", "value1", "left1", "class", "string", "var",
        "_", "项（一）", "Rule_V_1", "Rules_x",
    };

    [Theory]
    [MemberData(nameof(GeneratedIdentifiers))]
    public void A_variable_named_like_generated_code_compiles_and_runs(string name)
    {
        string rule = $$"""
            rule V-1 "t"
              severity warning
              cite "c"
              for each {{name}} in 三公经费.明细
              require {{name}} is declared and count(e in 三公经费.明细 where e.金额 is stated) >= 0 and {{name}}.名称 is stated
              message "{{{name}}.名称}：{sum(三公经费.明细.金额)}，{count(e in 三公经费.明细 where e.名称 = {{name}}.名称)}"
              example pass "a"
              example fail "b"
            """;
        var run = GeneratorHarness.Run(("rules/x.rules", rule));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationErrors);
        var report = Reports.Budget();
        report.ThreePublicExpenses.Items[0].Amount = Reports.Wan(1m, 3);
        var findings = new List<Finding>();
        var outcome = Assert.Single(run.LoadRules()).Validate(report, ValidationContext.WithoutCatalog, findings);
        // The first item is stated; the other two are neither stated nor declared none.
        Assert.Equal(RuleStatus.Fail, outcome.Status);
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.EndsWith("：1万元，1", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_longer_than_the_limit_is_reported_where_it_is_written()
    {
        string name = new('项', 100_000);
        var run = GeneratorHarness.Run(("rules/x.rules", $"rule L-1 \"t\"\n severity info\n cite \"c\"\n for each {name} in 三公经费.明细\n require {name} is declared\n"));

        var error = Assert.Single(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CG1008", error.Id);
        Assert.Equal((4, 11), Position(error));
        Assert.True(error.GetMessage().Length < 200, "the message does not repeat the name");
        Assert.Empty(run.CompilationErrors);
    }
}
