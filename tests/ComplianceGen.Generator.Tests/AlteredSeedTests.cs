using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ComplianceGen.Generator.Tests.Infrastructure;
using ComplianceGen.Reader;
using ComplianceGen.Runtime;
using Xunit.Abstractions;

namespace ComplianceGen.Generator.Tests;

/// <summary>
/// The rules and the reader together on altered copies of the seeds, the way a reviewer tests a
/// checker: put one typical mistake into a correct passage and the checker must report it with a
/// finding of the rule that covers that mistake, pointing at the altered line; rewrite a passage
/// without changing what it says and no finding may appear. Each case is one text replacement, so
/// what is tested is the mistake, not the seed.
/// </summary>
public class AlteredSeedTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<RuleValidator> Rules = StandardRules.Validators;

    private static readonly ValidationContext Context = StandardRules.WithCatalog;

    public static TheoryData<string, string, string, string> Mistakes() => new()
    {
        // seed, text to replace, replacement, rules any of which must report it ("|"-separated)
        { "001", "占79%", "占89%", "SH-003|AR-007" },
        { "001", "社会保障和就业支出5.56万元，占9%", "社会保障和就业支出5.56元，占9%", "IC-008|IC-003" },
        { "001", "区科协2024年收入预算62.7万元", "区科协2023年收入预算62.7万元", "IC-004" },
        { "001", "区科协2024年没有使用政府性基金", "区财政局2024年没有使用政府性基金", "IC-005" },
        { "001", "区科协2024年收入预算62.7万元", "区科协2024年收入预算72.7万元", "AR-001|AR-005" },
        { "001", "增加0.09万元，增长1.66%", "增加0.09万元，增长16.6%", "AR-008" },
        { "001", "项目支出1.5万元，占2%", "项目支出2.5万元，占2%", "AR-002|SH-002|AR-006" },
        { "001", "人员经费55.7万元", "人员经费57.7万元", "AR-003" },
        { "001", "预算增加0.09万元，增长1.66%", "预算减少0.09万元，增长1.66%", "AR-008" },
        { "001", "攀枝花市西区科学技术协会2024年", "攀枝花市西区科学技术协会2025年", "IC-004" },
        { "001", "住房公积金（01）2024年", "住房公积金（03）2024年", "FC-002" },
        { "001", "3.卫生健康支出（210）", "3.医疗卫生与计划生育支出（210）", "FC-006" },
        { "001", "区科协2024年没有使用财政拨款安排“三公”经费预算。", "", "SG-001" },
        { "001", "2024年，区科协1家参公管理事业单位的机关运行经费财政拨款预算为5.5万元，比2023年预算增加0.09万元，增长1.66%。", "", "CP-005" },
        { "001", "区科协2024年无政府采购项目，未安排政府采购预算。", "", "CP-006" },
        { "002", "公务接待费支出决算0.56万元", "公务接待费支出决算0.96万元", "SG-003|SG-006" },
        { "002", "\t1,949,713.29", "\t1,949,813.29", "AR-012" },
        { "002", "科学技术（类）支出507.44万元，占80.12%", "科学技术（类）支出517.44万元，占80.12%", "AR-004" },
        { "002", "住房保障支出28.75万元，占4.54%", "住房保障支出28.75万元，占5.54%", "SH-003|AR-007" },
    };

    public static TheoryData<string, string, string> Rewrites() => new()
    {
        // seed, text to replace, the same statement written another way
        { "001", "区科协2024年收入预算62.7万元", "区科协2024年收入预算62.70万元" },
        { "001", "占79%、社会保障和就业支出5.56万元", "占７９％、社会保障和就业支出５.５６万元" },
        { "001", "区科协2024年没有使用政府性基金", "攀枝花市西区科学技术协会2024年没有使用政府性基金" },
        { "001", "人员经费55.7万元", "人员经费557,000元" },
        { "002", "公务接待费支出决算0.56万元", "公务接待费支出决算5,600元" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_mistake_put_into_a_seed_is_reported_on_its_line(string seed, string original, string altered, string rules)
    {
        var (text, line) = Alter(seed, original, altered);
        var added = NewFindings(seed, text);
        foreach (var f in added) output.WriteLine($"{f.RuleId} {f.Message} @ {string.Join(" | ", f.Evidence)}");

        var expected = rules.Split('|');
        var reported = added.Where(f => expected.Contains(f.RuleId)).ToList();
        Assert.True(reported.Count > 0, $"none of {rules} reported the change on line {line}");
        if (altered.Length > 0)
            Assert.Contains(reported, f => f.Evidence.Any(e => e.Line == line));
    }

    [Theory]
    [MemberData(nameof(Rewrites))]
    public void The_same_statement_written_another_way_adds_no_finding(string seed, string original, string rewritten)
    {
        var (text, _) = Alter(seed, original, rewritten);
        var added = NewFindings(seed, text);
        foreach (var f in added) output.WriteLine($"{f.RuleId} {f.Message} @ {string.Join(" | ", f.Evidence)}");
        Assert.Empty(added);
    }

    private static (string Text, int Line) Alter(string seed, string original, string altered)
    {
        string text = File.ReadAllText(SeedPath(seed));
        int at = text.IndexOf(original, StringComparison.Ordinal);
        Assert.True(at >= 0, $"seed {seed} no longer contains “{original}”");
        int line = text.Take(at).Count(c => c == '\n') + 1;
        return (text.Remove(at, original.Length).Insert(at, altered), line);
    }

    private static List<Finding> NewFindings(string seed, string altered)
    {
        var before = Check(File.ReadAllText(SeedPath(seed)), seed).Select(f => f.RuleId + "\u0001" + f.Message).ToHashSet();
        return Check(altered, seed).Where(f => !before.Contains(f.RuleId + "\u0001" + f.Message)).ToList();
    }

    private static List<Finding> Check(string text, string seed)
    {
        var report = DocumentReader.ReadText(text, seed + "-altered.txt").Report;
        return RuleRunner.Run(Rules, report, Context).Findings.ToList();
    }

    private static string SeedPath(string id) =>
        Directory.GetFiles(Path.Combine(Paths.RepositoryRoot, "seeds"), id + "_*.txt").Single();
}
