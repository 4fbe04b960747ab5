using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ComplianceGen.Cli.Tests.Infrastructure;

namespace ComplianceGen.Cli.Tests;

/// <summary>
/// Errors of the kinds a reviewer (and the public peer's test copy) plants, each planted once into a real published
/// final account (上海市普陀区财政局2024年度部门决算, ../shared/corpus/text, as pdftotext printed it): every copy must
/// draw a finding the unchanged document does not have, from a rule of the family the error belongs to. The original
/// itself draws none. Skipped, and reported so, when the corpus is not next to the checkout.
/// </summary>
public class PlantedErrorTests
{
    private static string Original => Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared", "corpus", "text", "01_shanghai_putuo_caizhengju_2024_final_account.txt"));

    /// <summary>The error, the text it changes (exactly once) and what it becomes, and the rules that may report it.</summary>
    private static readonly (string Name, string From, string To, string[] Rules)[] Plants =
    {
        ("doubled full stop", "减少56.95万元，下降1.87%。", "减少56.95万元，下降1.87%。。", new[] { "HY-001" }),
        ("a table item changed", "行政运行               1,511.89   1,503.52", "行政运行               1,551.89   1,503.52", new[] { "AR-010", "TB-006" }),
        ("fall written as a rise", "支出总计减少56.95万元", "支出总计增加56.95万元", new[] { "AR-008", "WD-001" }),
        ("the two totals of the 收支总表 differ", "总计                  2,995.39   总计         2,995.39", "总计                  2,995.39   总计         2,959.39", new[] { "TB-001" }),
        ("a rate miscomputed", "下降1.87%", "下降1.78%", new[] { "AR-008" }),
        ("决算数大于预算数 when it is smaller", "支出决算为80.38万元。 决算数小于预算数", "支出决算为80.38万元。 决算数大于预算数", new[] { "WD-008" }),
        ("a share miscomputed", "占99.79%", "占97.79%", new[] { "AR-005", "SH-001" }),
        ("the prose total against the table", "收入支出总计2995.39万元", "收入支出总计2959.39万元", new[] { "IC-009" }),
        ("a year with a digit lost", "财政局2024年度收入支出总计", "财政局202 年度收入支出总计", new[] { "HY-005" }),
        ("a comma left before the full stop", "下降1.87%。", "下降1.87%，。", new[] { "HY-001" }),
        ("a 款 labelled 类", "一般公共服务支出（类）财政事务（款）行政运行（项）", "一般公共服务支出（类）财政事务（类）行政运行（项）", new[] { "FC-007" }),
        ("a 项 name misspelt", "财政事务（款）行政运行（项）。主要用于", "财政事务（款）行政运营（项）。主要用于", new[] { "FC-008", "FC-002" }),
        ("an income figure changed in prose", "财政拨款收入2940.05万元，占99.79%", "财政拨款收入2904.05万元，占99.79%", new[] { "AR-001", "AR-005" }),
    };

    [SkippableFact]
    public void Each_planted_error_in_a_real_final_account_is_found_by_its_family()
    {
        Skip.IfNot(File.Exists(Original), "../shared/corpus/text/01_shanghai_putuo_caizhengju_2024_final_account.txt is not present next to the checkout");
        string text = File.ReadAllText(Original, Encoding.UTF8);
        using var dir = new TempDir();
        dir.File("p0_original.txt", text);
        for (int i = 0; i < Plants.Length; i++)
        {
            var (name, from, to, _) = Plants[i];
            int at = text.IndexOf(from, System.StringComparison.Ordinal);
            Assert.True(at >= 0 && text.IndexOf(from, at + 1, System.StringComparison.Ordinal) < 0, $"'{name}': the text to change must occur exactly once");
            dir.File($"p{i + 1}.txt", text.Substring(0, at) + to + text.Substring(at + from.Length));
        }

        var run = Tool.Run("check", dir.Path, "--format", "json");
        Assert.True(run.Exit is 0 or 1, run.ToString());
        var findings = run.Json().RootElement.GetProperty("documents").EnumerateArray().ToDictionary(
            d => Path.GetFileNameWithoutExtension(d.GetProperty("path").GetString()!),
            d => d.GetProperty("findings").EnumerateArray().Select(f => (Rule: f.GetProperty("ruleId").GetString()!, Message: f.GetProperty("message").GetString()!)).ToList());

        var original = findings["p0_original"];
        Assert.True(original.Count == 0, "the published document itself: " + string.Join("; ", original));
        var missed = new List<string>();
        for (int i = 0; i < Plants.Length; i++)
        {
            var added = findings[$"p{i + 1}"].Where(f => !original.Contains(f)).ToList();
            if (!added.Any(f => Plants[i].Rules.Contains(f.Rule)))
                missed.Add($"{Plants[i].Name} (expected {string.Join("/", Plants[i].Rules)}; new findings: {string.Join("; ", added)})");
        }
        Assert.True(missed.Count == 0, "planted errors not found:\n  " + string.Join("\n  ", missed));
    }
}
