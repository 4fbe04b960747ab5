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
