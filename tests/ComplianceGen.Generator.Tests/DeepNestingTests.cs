using System;
using System.Linq;
using System.Threading;
using ComplianceGen.Generator.Tests.Infrastructure;
using ComplianceGen.Rules.Parsing;
using Microsoft.CodeAnalysis;

namespace ComplianceGen.Generator.Tests;

/// <summary>
/// No rule file chooses how deep the compiler's stack goes: nesting and chains far past the
/// limits give a located CG0008, on a thread with a 1 MB stack (as when a build runs the
/// generator off its main thread), and the other rules of the file still compile.
/// </summary>
public class DeepNestingTests
{
    private const int Levels = 100_000;

    private const string GoodRule = "rule OK-1 \"ok\"\n severity error\n cite \"c\"\n require 年度 is stated\n example pass \"a\"\n example fail \"b\"\n\n";

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    private static string Deep(string require) => GoodRule + "rule N-1 \"t\"\n severity info\n cite \"c\"\n require " + require + "\n";

    public static TheoryData<string, string> Shapes(int n) => new()
    {
        { "brackets", Repeat("(", n) + "年度 is stated" + Repeat(")", n) },
        { "not", Repeat("not ", n) + "年度 is stated" },
        { "unary minus", Repeat("-", n) + "年度 = 1" },
        { "count", "count(" + Repeat("count(", n) + "收入.来源" + Repeat(")", n) + ") > 1" },
        { "sum", Repeat("sum(", n) + "收入.来源.金额" + Repeat(")", n) + " > 0元" },
        { "catalog", "单位名称 = " + Repeat("目录(", n) + "单位名称" + Repeat(",年度)", n) },
        { "plus chain", Repeat("年度 + ", n) + "年度 = 1" },
        { "times chain", Repeat("年度 * ", n) + "年度 = 1" },
        // Chains of short operands: the file must stay under the 1,000,000-character limit (CG0005).
        { "and chain", Repeat("a and ", n) + "年度 is stated" },
        { "or chain", Repeat("a or ", n) + "年度 is stated" },
        { "right-nested plus", Repeat("年度 + (", n) + "年度" + Repeat(")", n) + " = 1" },
        { "placeholder", "年度 is stated\n message \"{" + Repeat("(", n) + "年度" + Repeat(")", n) + "}\"" },
        { "unclosed brackets", Repeat("(", n) },
    };

    public static TheoryData<string, string> DeepShapes => Shapes(Levels);

    /// <summary>Runs <paramref name="body"/> on a new thread with a 1 MB stack; a stack overflow would end the test process.</summary>
    private static void OnSmallStack(Action body)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                body();
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, 1024 * 1024);
        thread.Start();
        thread.Join();
        if (failure is not null) throw new InvalidOperationException("failed on the 1 MB thread", failure);
    }

    [Theory]
    [MemberData(nameof(DeepShapes))]
    public void A_hundred_thousand_levels_give_CG0008_on_a_1_MB_stack(string shape, string require)
    {
        GeneratorOutput? run = null;
        OnSmallStack(() => run = GeneratorHarness.Run(("rules/deep.rules", Deep(require))));

        var error = Assert.Single(run!.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(error.Id == "CG0008", $"{shape}: {error}");
        var span = error.Location.GetLineSpan();
        Assert.EndsWith("rules/deep.rules", span.Path, StringComparison.Ordinal);
        Assert.True(span.StartLinePosition.Line >= 10, $"{shape}: located at {span.StartLinePosition}, not in the deep rule");
        Assert.Empty(run.CompilationErrors);
        Assert.Equal("OK-1", Assert.Single(run.LoadRules()).Descriptor.Id);
    }

    [Fact]
    public void The_parser_alone_reports_a_hundred_thousand_brackets_on_a_1_MB_stack()
    {
        ParsedRuleFile? parsed = null;
        OnSmallStack(() => parsed = RuleFileParser.Parse("deep.rules", Deep(Repeat("(", Levels) + "年度 is stated" + Repeat(")", Levels))));
        var diagnostic = Assert.Single(parsed!.Diagnostics);
        Assert.Equal("CG0008", diagnostic.Id);
        // The bracket that went one past the limit.
        Assert.Equal((11, 10 + NestingLimits.MaxBrackets), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Equal("OK-1", Assert.Single(parsed.Syntax.Rules).Id);
    }

    [Fact]
    public void Nesting_and_chains_within_the_limits_compile_and_run_on_a_1_MB_stack()
    {
        int brackets = NestingLimits.MaxBrackets - 1;
        int chain = NestingLimits.MaxDepth - 10;
        string rule = "rule W-1 \"t\"\n severity info\n cite \"c\"\n"
            + " require " + Repeat("(", brackets) + "年度 is stated" + Repeat(")", brackets) + "\n"
            + " require " + Repeat("年度 + ", chain) + "年度 > 1\n"
            + " require " + Repeat("年度 is stated and ", chain) + "年度 is stated\n"
            + " require " + Repeat("not not ", chain / 2) + "年度 is stated\n"
            + " example pass \"a\"\n example fail \"b\"\n";
        GeneratorOutput? run = null;
        OnSmallStack(() => run = GeneratorHarness.Run(("rules/wide.rules", rule)));

        Assert.Empty(run!.Diagnostics);
        Assert.Empty(run.CompilationErrors);
        var validator = Assert.Single(run.LoadRules());
        var findings = new System.Collections.Generic.List<ComplianceGen.Runtime.Finding>();
        var outcome = validator.Validate(Reports.Budget(), ComplianceGen.Runtime.ValidationContext.WithoutCatalog, findings);
        Assert.Equal(ComplianceGen.Runtime.RuleStatus.Pass, outcome.Status);
    }
}
