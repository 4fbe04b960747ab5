using System.Collections.Generic;
using System.Linq;
using ComplianceGen.Generator.Tests.Infrastructure;
using ComplianceGen.Runtime;
using Microsoft.CodeAnalysis;

namespace ComplianceGen.Generator.Tests;

/// <summary>Strings from rule files reach the generated code only as escaped literals.</summary>
public class InjectionTests
{
    [Fact]
    public void A_message_that_tries_to_close_the_string_compiles_to_a_harmless_literal()
    {
        const string payload = "\"); System.IO.File.Delete(\"x\"); //";
        string rule = $$"""
            rule INJ-1 "标题 \"); System.IO.File.Delete(\"y\"); // </summary> <script>"
              severity error
              cite "依据 */ #error boom"
              require 年度 is not stated
              message "{{payload.Replace("\\", "\\\\").Replace("\"", "\\\"")}}"
              example pass "a"
              example fail "b"
            """;
        var run = GeneratorHarness.Run(("rules/inject.rules", rule));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var generated = run.Result.GeneratedTrees.Single(t => t.FilePath.Contains("inject")).ToString();
        Assert.DoesNotContain("System.IO.File.Delete(\"x\");", generated.Replace("\\\"", "\u0001"));

        var validator = run.LoadRules().Single();
        var findings = new List<Finding>();
        var outcome = validator.Validate(Reports.Budget(), ValidationContext.WithoutCatalog, findings);
        Assert.Equal(RuleStatus.Fail, outcome.Status);
        Assert.Equal(payload, Assert.Single(findings).Message);
        Assert.Equal("标题 \"); System.IO.File.Delete(\"y\"); // </summary> <script>", validator.Descriptor.Title);
    }

    [Fact]
    public void Control_and_line_separator_characters_are_escaped()
    {
        string rule = "rule INJ-2 \"a\u2028b\u0085c\"\n severity error\n cite \"c\"\n require 年度 is not stated\n message \"x\\ny\"\n example pass \"a\"\n example fail \"b\"\n";
        var run = GeneratorHarness.Run(("rules/inject.rules", rule));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal("a\u2028b\u0085c", run.LoadRules().Single().Descriptor.Title);
    }
}
