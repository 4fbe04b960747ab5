using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ComplianceGen.Cli.Tests.Infrastructure;

namespace ComplianceGen.Cli.Tests;

public class BadInputTests
{
    [Fact]
    public void Missing_path_is_named_and_exits_2()
    {
        var run = Tool.Run("check", "/no/such/folder/x.txt");
        Assert.Equal(2, run.Exit);
        Assert.Contains("/no/such/folder/x.txt", run.Err);
        Assert.Contains("no such file", run.Err);
    }

    [Fact]
    public void Missing_path_among_good_ones_still_checks_the_rest()
    {
        var run = Tool.Run("check", "/no/such.txt", Repo.Seeds, "--format", "json");
        Assert.Equal(2, run.Exit);
        // The seeds, and the missing path named as such.
        Assert.Equal(Repo.SeedFiles().Length + 1, run.Json().RootElement.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public void Unknown_format_exits_2_with_the_accepted_values()
    {
        var run = Tool.Run("check", Repo.Seeds, "--format", "xml");
        Assert.Equal(2, run.Exit);
        Assert.Contains("unknown --format 'xml'", run.Err);
        Assert.Contains("sarif", run.Err);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        Assert.Equal(2, Tool.Run("check", Repo.Seeds, "--frobnicate").Exit);
        Assert.Equal(2, Tool.Run("check").Exit);
    }

    [Fact]
    public void Unwritable_output_exits_2_and_leaves_no_file()
    {
        using var temp = new TempDir();
        var missingFolder = Tool.Run("check", Repo.Seeds, "--format", "json", "--output", Path.Combine(temp.Path, "nope", "r.json"));
        Assert.Equal(2, missingFolder.Exit);
        Assert.Contains("cannot write --output", missingFolder.Err);
        var folder = Tool.Run("check", Repo.Seeds, "--format", "json", "--output", temp.Path);
        Assert.Equal(2, folder.Exit);
        Assert.Contains("is a folder", folder.Err);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_failed_run_does_not_replace_an_existing_report()
    {
        using var temp = new TempDir();
        string output = temp.File("report.json", "previous report");
        var run = Tool.Run("check", Repo.Seeds, "--format", "json", "--output", output, "--rules", Path.Combine(temp.Path, "missing.rules"));
        Assert.Equal(2, run.Exit);
        Assert.Equal("previous report", File.ReadAllText(output));
        var ok = Tool.Run("check", Repo.Seeds, "--format", "json", "--output", output, "--fail-on", "never");
        Assert.Equal(0, ok.Exit);
        Assert.StartsWith("{", File.ReadAllText(output));
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Unreadable_files_get_one_line_each_and_the_batch_goes_on()
    {
        using var temp = new TempDir();
        File.Copy(Repo.SeedFiles()[1], Path.Combine(temp.Path, "b_good.txt"));
        File.WriteAllBytes(Path.Combine(temp.Path, "a_binary.txt"), Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256)).ToArray());
        File.WriteAllText(Path.Combine(temp.Path, "c_corrupt.docx"), "this is not a zip");
        var run = Tool.Run("check", temp.Path, "--format", "json");
        Assert.Equal(2, run.Exit);
        var errLines = run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("compliance: 3 document", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, errLines.Count);
        Assert.Contains(errLines, l => l.Contains("a_binary.txt", StringComparison.Ordinal));
        Assert.Contains(errLines, l => l.Contains("c_corrupt.docx", StringComparison.Ordinal));
        var docs = run.Json().RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(3, docs.Count);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, docs[1].GetProperty("error").ValueKind);
        Assert.NotEqual(0, docs[1].GetProperty("passed").GetArrayLength() + docs[1].GetProperty("findings").GetArrayLength());
        Assert.Equal(2, run.Json().RootElement.GetProperty("summary").GetProperty("unreadable").GetInt32());
    }

    [Fact]
    public void Ten_thousand_empty_files_are_handled_quickly_without_crashing()
    {
        using var temp = new TempDir();
        for (int i = 0; i < 10_000; i++) File.WriteAllBytes(Path.Combine(temp.Path, $"{i / 1000:D2}", $"{i:D5}.txt").Also(p => Directory.CreateDirectory(Path.GetDirectoryName(p)!)), Array.Empty<byte>());
        var clock = Stopwatch.StartNew();
        var run = Tool.Run("check", temp.Path);
        clock.Stop();
        Assert.Equal(2, run.Exit);
        Assert.Equal(10_000, run.Err.Split('\n').Count(l => l.Contains("empty", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains("10000 document(s): 0 checked", run.Out);
        // Generous bound: this guards against quadratic behaviour, not a benchmark.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), clock.Elapsed.ToString());
    }

    [Fact]
    public void A_text_that_is_not_a_disclosure_is_reported_as_such_and_no_rule_runs()
    {
        using var temp = new TempDir();
        string file = temp.File("prose.txt", "今天天气很好，我们去公园散步。\n湖边有很多人在钓鱼，孩子们在草地上放风筝。\n");
        var run = Tool.Run("check", file);
        Assert.Equal(0, run.Exit);
        Assert.Contains("not a budget disclosure", run.Out);
        var json = Tool.Run("check", file, "--format", "json").Json().RootElement;
        var document = json.GetProperty("documents")[0];
        Assert.Contains("不是预决算公开文件", document.GetProperty("notDisclosure").GetString());
        Assert.Equal(0, document.GetProperty("findings").GetArrayLength());
        Assert.Equal(0, document.GetProperty("passed").GetArrayLength());
        Assert.True(document.GetProperty("notApplicable").GetArrayLength() > 0);
        Assert.All(document.GetProperty("notApplicable").EnumerateArray(), na => Assert.Contains("不是预决算公开文件", na.GetProperty("reason").GetString()));
        Assert.Equal(1, json.GetProperty("summary").GetProperty("notDisclosures").GetInt32());
    }

    [Fact]
    public void A_notice_saved_under_a_budgets_name_is_not_a_disclosure()
    {
        using var temp = new TempDir();
        string file = temp.File("2026年某局部门预算.txt",
            "某市人民政府办公厅文件\n某政办函〔2025〕30号\n某市人民政府办公厅关于印发消防安全工作实施办法的通知\n各区人民政府，市政府各部门：\n    《实施办法》已经市政府同意，现印发给你们，请认真组织实施。\n");
        var json = Tool.Run("check", file, "--format", "json").Json().RootElement.GetProperty("documents")[0];
        Assert.Contains("通知", json.GetProperty("notDisclosure").GetString());
        Assert.Equal(0, json.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void Output_order_does_not_depend_on_parallelism()
    {
        using var temp = new TempDir();
        for (int i = 0; i < 30; i++)
        {
            var seed = Repo.SeedFiles()[i % Repo.SeedFiles().Length];
            File.Copy(seed, Path.Combine(temp.Path, $"{(i * 7) % 30:D2}_{Path.GetFileName(seed)}"));
        }
        var one = Tool.Run("check", temp.Path, "--format", "json", "--workers", "1");
        var four = Tool.Run("check", temp.Path, "--format", "json", "--workers", "4");
        Assert.Equal(one.Out, four.Out);
        var paths = one.Json().RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("path").GetString()!).ToList();
        Assert.Equal(paths.OrderBy(p => p, StringComparer.Ordinal), paths);
    }
}

internal static class Fluent
{
    public static T Also<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }
}
