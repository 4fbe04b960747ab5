using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using ComplianceGen.Reader.Extraction;
using Xunit;

namespace ComplianceGen.Reader.Tests;

/// <summary>
/// A guarded pattern skips text without its required characters, so the characters must be ones every match holds:
/// otherwise the guard would drop a match. Each guarded pattern of the reader is run unguarded over every line of the
/// seeds and over texts made to hit it, and every match it finds must hold one of them.
/// </summary>
public sealed class GuardedRegexTests
{
    public static IEnumerable<object[]> Patterns() =>
        typeof(GuardedRegex).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
            .Where(f => f.FieldType == typeof(GuardedRegex))
            .Select(f => new object[] { f.DeclaringType!.Name + "." + f.Name });

    private static GuardedRegex Pattern(string name)
    {
        var (type, field) = (name.Split('.')[0], name.Split('.')[1]);
        return (GuardedRegex)typeof(GuardedRegex).Assembly.GetTypes().Single(t => t.Name == type)
            .GetField(field, BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)!.GetValue(null)!;
    }

    private static readonly string[] Made =
    {
        "支出预算为0，比上年增加1,234.56万元，增长12.5%。", "同比增长3.2%", "因公出国（境）费为零。", "2026年预算数", "减少 9.52，",
        "政府性基金预算支出 万元", "与2025年相比减少20万元", "占比为45%，是0", "名词解释：", "专业名词解释", "  收支表",
        "1.基本支出：指为保障机构正常运转的支出。", "三公经费，是指因公出国（境）费", "表1-2：一般公共预算支出表", "          一般公共预算支出表", "单位：万元",
        "- 3 -", "\f 12", "第 3 页 共 20 页", "=== page 3 ===",
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Every_match_holds_one_of_the_characters_its_guard_requires(string name)
    {
        var pattern = Pattern(name);
        var texts = Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "seeds"), "*.txt").SelectMany(File.ReadLines).Concat(Made).ToList();
        int matches = 0;
        foreach (var text in texts)
            for (var m = pattern.Regex.Match(text); m.Success; m = m.NextMatch())
            {
                matches++;
                Assert.True(m.Value.IndexOfAny(pattern.Required.ToCharArray()) >= 0 || LookbehindHolds(text, m, pattern.Required),
                    $"{name} matched “{m.Value}” in “{text}” without any of “{pattern.Required}”");
            }
        Assert.True(matches > 0, $"{name} matched nothing: the test does not exercise it");
    }

    [Fact]
    public void The_reader_guards_its_patterns() => Assert.True(Patterns().Count() >= 8);

    // Sentences whose subject is a unit, in the ways the seeds and the corpus print them: numbered, with a year before or
    // after the name, spaced, with 纳入 before it, and a name that ends in a two-character kind (委员会, 科协, 中心).
    private static readonly string[] Subjects =
    {
        "上海市财政局2026年收入预算为1,234.56万元。", "（一）北京市民政局 2026 年度一般公共预算支出", "1、无锡市统计局收入预算总计",
        "2026年，杭州市公安局部门预算收入", "纳入苏州市水务局部门预算编制范围的单位共3家", "福州市科学技术协会无政府性基金预算",
        "上海市普陀区科协“三公”经费", "深圳市建筑工务署  2026年  财政拨款收入", "中共上海市委办公厅本年支出", "南京市急救中心没有国有资本经营预算",
        "北京市人民政府办公厅\u3000预算", "第二部分 上海市城市管理行政执法局决算",
    };

    // The unit-subject pattern tries every length of a name on every sentence, so it runs only where a kind of unit meets what
    // it reports (UnitMentionExtractor.MayNameSubject); that test must let through every sentence the pattern matches.
    [Fact]
    public void The_unit_subject_pattern_runs_wherever_it_can_match()
    {
        var texts = Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "seeds"), "*.txt").SelectMany(File.ReadLines).Concat(Made).Concat(Subjects).ToList();
        int matches = 0, turnedAway = 0;
        foreach (var text in texts)
        {
            bool may = UnitMentionExtractor.MayNameSubject(text);
            if (!may) turnedAway++;
            if (!UnitMentionExtractor.Subject.IsMatch(text)) continue;
            matches++;
            Assert.True(may, $"the subject pattern matched “{text}”, which the pre-check turned away");
        }
        Assert.True(matches >= Subjects.Length, $"the subject pattern matched {matches} texts: the test does not exercise it");
        Assert.True(turnedAway > texts.Count / 2, $"the pre-check turned away {turnedAway} of {texts.Count} texts: it saves nothing");
    }

    // A pattern may require its character in a lookaround: “(?<=为|是)0”, “2026(?=\s*年)”. It is then the next
    // character, white space aside, before or after the match.
    private static bool LookbehindHolds(string text, System.Text.RegularExpressions.Match m, string required)
    {
        int before = m.Index - 1, after = m.Index + m.Length;
        while (before >= 0 && char.IsWhiteSpace(text[before])) before--;
        while (after < text.Length && char.IsWhiteSpace(text[after])) after++;
        return before >= 0 && required.IndexOf(text[before]) >= 0 || after < text.Length && required.IndexOf(text[after]) >= 0;
    }
}
