using System;
using System.Collections.Generic;
using System.Linq;
using ComplianceGen.Generator.Tests.Infrastructure;
using ComplianceGen.Runtime;
using Xunit;

namespace ComplianceGen.Generator.Tests;

/// <summary>
/// An existence test whose condition requires an element's whole number to equal the item's (<c>t.字数 = s.字数</c>)
/// reads a long list through an index of that number (WholeNumberIndex) instead of reading all of it for every item.
/// It must decide, and cite, exactly what reading all of it decides: the same test written so that it is not indexed
/// (<c>t.字数 >= s.字数 且 t.字数 &lt;= s.字数</c>) is the reference, on lists long enough to be indexed, with numbers
/// missing on some elements (unknown, not false), and again after the report has changed.
/// </summary>
public sealed class IndexedExistenceTests
{
    private const string Rules = """
        ruleset v2 "v2"
          cite "c"

        rule IX-1 "indexed"
          severity info
          for each s in 语句 where s.部分 is stated and s.字数 is stated
          require not any(t in 语句 where t.序号 < s.序号 and t.字数 = s.字数 and not (t.部分 = s.部分) and t.文本 = s.文本)
          example pass "a"
          example fail "b"

        rule IX-2 "read whole"
          severity info
          for each s in 语句 where s.部分 is stated and s.字数 is stated
          require not any(t in 语句 where t.序号 < s.序号 and t.字数 >= s.字数 and t.字数 <= s.字数 and not (t.部分 = s.部分) and t.文本 = s.文本)
          example pass "a"
          example fail "b"
        """;

    private static readonly Lazy<(RuleValidator Indexed, RuleValidator Whole, string Source)> Compiled = new(() =>
    {
        var run = GeneratorHarness.Run(("rules/ix.rules", Rules));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationErrors);
        var rules = run.LoadRules();
        string source = string.Concat(run.Result.GeneratedTrees.Select(t => t.ToString()));
        return (rules.Single(r => r.Descriptor.Id == "IX-1"), rules.Single(r => r.Descriptor.Id == "IX-2"), source);
    });

    [Fact]
    public void Only_the_test_with_an_equal_whole_number_is_read_through_the_index()
    {
        string source = Compiled.Value.Source;
        // IX-1's test and the evidence of a failure (the elements it held for); IX-2's are read whole.
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(source, @"WholeNumberIndex\.Of\(list, static element => element\.Length, item\.Length\)").Count);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(source, @"WholeNumberIndex\.Forget\(\);"));
    }

    [Theory]
    [InlineData(40, 1)]
    [InlineData(300, 2)]
    [InlineData(900, 3)]
    [InlineData(900, 4)]
    public void The_index_decides_and_cites_what_reading_the_whole_list_does(int sentences, int seed)
    {
        var (indexed, whole, _) = Compiled.Value;
        var random = new Random(seed);
        var report = Reports.Budget();
        string[] parts = { "部门概况", "预算情况说明", "名词解释", "附件" };
        for (int i = 1; i <= sentences; i++)
        {
            string text = "第" + random.Next(60).ToString(System.Globalization.CultureInfo.InvariantCulture) + "句";
            report.Statements.Add(new Statement
            {
                Text = new TextFact(text, Reports.At(i, text)),
                Part = random.Next(10) == 0 ? null : new TextFact(parts[random.Next(parts.Length)], Reports.At(i, text)),
                Ordinal = new CountFact(i, Reports.At(i, text)),
                // Some sentences state no length: their part of the test is unknown, so they are read, not passed over.
                Length = random.Next(8) == 0 ? null : new CountFact(text.Length + random.Next(2), Reports.At(i, text)),
            });
        }
        AssertSame(indexed, whole, report);
        // Changed after a check: the next check indexes the report afresh.
        foreach (var statement in report.Statements.Where((_, i) => i % 3 == 0))
            statement.Length = statement.Length is null ? new CountFact(3, statement.Text!.Evidence) : null;
        AssertSame(indexed, whole, report);
    }

    private static void AssertSame(RuleValidator indexed, RuleValidator whole, DisclosureReport report)
    {
        var (expected, expectedFindings) = Check(whole, report);
        var (actual, actualFindings) = Check(indexed, report);
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.Passed, actual.Passed);
        Assert.Equal(expected.Failed, actual.Failed);
        Assert.Equal(expected.Undecided, actual.Undecided);
        Assert.Equal(expectedFindings.Count, actualFindings.Count);
        for (int i = 0; i < expectedFindings.Count; i++)
            Assert.Equal(expectedFindings[i].Evidence.Select(e => (e.Line, e.Text)), actualFindings[i].Evidence.Select(e => (e.Line, e.Text)));
    }

    private static (RuleOutcome Outcome, List<Finding> Findings) Check(RuleValidator rule, DisclosureReport report)
    {
        var findings = new List<Finding>();
        return (rule.Validate(report, ValidationContext.WithoutCatalog, findings), findings);
    }
}
