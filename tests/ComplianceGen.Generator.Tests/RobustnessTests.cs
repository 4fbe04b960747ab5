using System;
using System.Linq;
using ComplianceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ComplianceGen.Generator.Tests;

/// <summary>Any rule file gives diagnostics, never a generator crash (CS8784/CS8785), and other files still compile.</summary>
public class RobustnessTests
{
    private const string GoodRule = "rule OK-1 \"ok\"\n severity error\n cite \"c\"\n require 年度 is stated\n example pass \"a\"\n example fail \"b\"\n";

    public static TheoryData<string, string> BadFiles => new()
    {
        { "empty", "" },
        { "binary", "\0\u0001\u0002\u0003PK\u0003\u0004" + new string('\uFFFD', 20) },
        { "ten megabytes", new string('x', 10 * 1024 * 1024) },
        { "unterminated string", "rule A-1 \"never closed\n severity error\n" },
        { "unknown keyword", "rule A-1 \"t\"\n severity error\n requires 年度 is stated\n" },
        { "type mismatch", "rule A-1 \"t\"\n severity error\n require 收入.来源.占比 = \"文本\"\n" },
        { "share compared with text", "rule A-1 \"t\"\n severity error\n for each x in 收入.来源\n require x.占比 = x.名称\n" },
        { "duplicate id", "rule OK-1 \"dup\"\n severity error\n require 年度 is stated\n" },
        { "collection without for each", "rule A-1 \"t\"\n severity error\n require 三公经费.明细.金额 is stated\n" },
        { "unknown field", "rule A-1 \"t\"\n severity error\n require 三公经费.公务接待 is stated\n" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_rule_file_gives_located_errors_and_the_other_files_still_compile(string name, string text)
    {
        var run = GeneratorHarness.Run(("rules/good.rules", GoodRule), ("rules/bad.rules", text));

        Assert.Null(run.Result.Results.Single().Exception);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "CS8784" or "CS8785");
        var diagnostics = run.Diagnostics.ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.StartsWith("CG", d.Id));
        Assert.All(diagnostics, d => Assert.True(d.Location.IsInSource || d.Location.Kind == LocationKind.ExternalFile, name));
        Assert.All(diagnostics, d => Assert.EndsWith(".rules", d.Location.GetLineSpan().Path));
        Assert.Empty(run.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Contains(run.LoadRules(), r => r.Descriptor.Id == "OK-1");
    }

    [Fact]
    public void Random_rule_files_never_crash_the_generator()
    {
        var random = new Random(7);
        const string alphabet = "rule规则集要求级别错误对每个属于 \"{}()=<>%.,\n#01289三公经费.明细合计金额占比sum count any all is stated declared";
        for (int run = 0; run < 60; run++)
        {
            var chars = new char[random.Next(1, 400)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var output = GeneratorHarness.Run(("rules/random.rules", "rule R-1 \"t\"\n severity error\n require " + new string(chars)));
            Assert.Null(output.Result.Results.Single().Exception);
            Assert.All(output.Diagnostics, d => Assert.StartsWith("CG", d.Id));
            Assert.Empty(output.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        }
    }
}
