using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.Json;
using ComplianceGen.Cli.Tests.Infrastructure;

namespace ComplianceGen.Cli.Tests;

/// <summary>
/// Every input is in the report, each unusable one by name with its reason and exit 2; no folder
/// structure or special file can hang the batch; rule discovery has the same guards.
/// </summary>
public class InputTests
{
    [DllImport("libc", SetLastError = true)]
    private static extern int mkfifo(string path, uint mode);

    [DllImport("libc")]
    private static extern uint geteuid();

    private static JsonElement[] Documents(CliRun run) => run.Json().RootElement.GetProperty("documents").EnumerateArray().ToArray();

    private static string Reason(JsonElement document) =>
        document.GetProperty("error").ValueKind == JsonValueKind.Null ? "" : document.GetProperty("error").GetProperty("reason").GetString()!;

    [Fact]
    public void A_missing_path_is_in_the_JSON_with_the_documents()
    {
        string seed = Repo.SeedFiles()[0];
        var run = Tool.Run("check", "/no/such.txt", seed, "--format", "json");
        Assert.Equal(2, run.Exit);
        var documents = Documents(run);
        Assert.Equal(2, documents.Length);
        Assert.Equal("missing", Reason(documents.Single(d => d.GetProperty("path").GetString() == "/no/such.txt")));
        Assert.Equal("", Reason(documents.Single(d => d.GetProperty("path").GetString() == seed.Replace('\\', '/'))));
        Assert.Equal(1, run.Json().RootElement.GetProperty("summary").GetProperty("unreadable").GetInt32());
    }

    [Fact]
    public void A_crawls_web_pages_and_word_files_are_taken_from_a_folder_by_their_names()
    {
        // Sites save pages as .shtml, .jsp, .aspx …; a crawl also holds old Word files, refused by name, and pictures and
        // style sheets, which are no documents.
        using var temp = new TempDir();
        const string page = """
            <html><head><title>某市司法局2026年部门预算</title></head><body><p>一、收支预算情况说明</p>
            <p>某市司法局2026年收入预算1,300.00万元，支出预算1,300.00万元。</p></body></html>
            """;
        foreach (string name in new[] { "a.shtml", "b.jsp", "c.aspx", "d.php", "e.xhtml" }) File.WriteAllText(Path.Combine(temp.Path, name), page);
        File.WriteAllBytes(Path.Combine(temp.Path, "f.doc"), new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.Concat(new byte[600]).ToArray());
        File.WriteAllBytes(Path.Combine(temp.Path, "g.jpg"), new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0 });
        File.WriteAllText(Path.Combine(temp.Path, "h.css"), "body { margin: 0 }");
        var run = Tool.Run("check", temp.Path, "--format", "json");
        var documents = Documents(run);
        Assert.Equal(6, documents.Length);
        Assert.Equal(5, documents.Count(d => Reason(d) == "" && d.GetProperty("format").GetString() == "html"));
        Assert.Contains("f.doc: legacy .doc", run.Err);
        Assert.Equal(2, run.Exit);
    }

    [Fact]
    public void Links_to_folders_are_named_not_followed_so_a_loop_ends()
    {
        using var temp = new TempDir();
        File.Copy(Repo.SeedFiles()[0], Path.Combine(temp.Path, "a", "doc.txt").Also(p => Directory.CreateDirectory(Path.GetDirectoryName(p)!)));
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "a", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "self"), ".");
        var clock = Stopwatch.StartNew();
        var run = Tool.Run("check", temp.Path, "--format", "json");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), run.ToString());

        Assert.Equal(2, run.Exit);
        var documents = Documents(run);
        Assert.Equal(3, documents.Length);
        Assert.Equal(2, documents.Count(d => Reason(d) == "link-to-folder"));
        Assert.Equal("", Reason(documents.Single(d => d.GetProperty("path").GetString()!.EndsWith("a/doc.txt", StringComparison.Ordinal))));
        Assert.Contains("up: a symbolic link to a folder is not followed", run.Err);
    }

    [Fact]
    public void FIFOs_devices_and_bad_links_in_a_folder_are_refused_by_name_and_the_rest_is_checked()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var temp = new TempDir();
        string seed = Repo.SeedFiles()[0];
        File.Copy(seed, Path.Combine(temp.Path, "good.txt"));
        Assert.Equal(0, mkfifo(Path.Combine(temp.Path, "fifo.txt"), Convert.ToUInt32("644", 8)));
        File.CreateSymbolicLink(Path.Combine(temp.Path, "zero.txt"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "loop1.txt"), Path.Combine(temp.Path, "loop2.txt"));
        File.CreateSymbolicLink(Path.Combine(temp.Path, "loop2.txt"), Path.Combine(temp.Path, "loop1.txt"));
        var clock = Stopwatch.StartNew();
        var run = Tool.Run("check", temp.Path, "--format", "json");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), run.ToString());

        Assert.Equal(2, run.Exit);
        var documents = Documents(run);
        Assert.Equal(5, documents.Length);
        Assert.Single(documents, d => Reason(d) == "");
        Assert.Equal(4, run.Err.Split('\n').Count(l => l.StartsWith("compliance: ", StringComparison.Ordinal) && l.Contains(temp.Path.Replace('\\', '/'))));
    }

    [SkippableFact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void An_unreadable_folder_is_an_input_error_named_in_the_report()
    {
        Skip.If(!OperatingSystem.IsLinux() || geteuid() == 0, "root reads a folder whatever its mode (and this test is for Linux)");
        using var temp = new TempDir();
        File.Copy(Repo.SeedFiles()[0], Path.Combine(temp.Path, "good.txt"));
        string locked = Path.Combine(temp.Path, "locked");
        Directory.CreateDirectory(locked);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var run = Tool.Run("check", temp.Path, "--format", "json");
            Assert.Equal(2, run.Exit);
            Assert.Equal("unreadable-folder", Reason(Documents(run).Single(d => d.GetProperty("path").GetString()!.EndsWith("locked", StringComparison.Ordinal))));
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>The same path as a folder without read permission, in a way that holds for root too: the listing fails.</summary>
    [Fact]
    public void A_folder_whose_listing_fails_is_a_problem_named_by_the_walk()
    {
        var files = new System.Collections.Generic.List<string>();
        var problems = new System.Collections.Generic.List<ComplianceGen.Cli.Inputs.InputProblem>();
        ComplianceGen.Cli.Inputs.FolderWalker.Walk("/no/such/folder", _ => true, files, problems);
        Assert.Empty(files);
        var problem = Assert.Single(problems);
        Assert.Equal("unreadable-folder", problem.Reason);
        Assert.StartsWith("/no/such/folder: the folder cannot be read", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_discovery_takes_any_case_of_rules_and_refuses_a_FIFO_by_name()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var temp = new TempDir();
        temp.File("r/upper.RULES", "rule UP-1 \"t\"\n severity info\n cite \"c\"\n require 年度 is stated\n example pass \"a\"\n example fail \"b\"\n");
        var listed = Tool.Run("rules", "list", "--rules", Path.Combine(temp.Path, "r"));
        Assert.True(listed.Exit == 0, listed.ToString());
        Assert.Contains("UP-1", listed.Out);

        Assert.Equal(0, mkfifo(Path.Combine(temp.Path, "r", "fifo.rules"), Convert.ToUInt32("644", 8)));
        File.CreateSymbolicLink(Path.Combine(temp.Path, "r", "zero.rules"), "/dev/zero");
        var clock = Stopwatch.StartNew();
        var lint = Tool.Run("rules", "lint", Path.Combine(temp.Path, "r"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), lint.ToString());
        Assert.Equal(2, lint.Exit);
        Assert.Contains(lint.Out.Split('\n'), l => l.StartsWith("error: ", StringComparison.Ordinal) && l.Contains("fifo.rules") && l.Contains("a FIFO, not a regular file"));
        Assert.Contains(lint.Out.Split('\n'), l => l.StartsWith("error: ", StringComparison.Ordinal) && l.Contains("zero.rules"));
        Assert.DoesNotContain("internal error", lint.Out + lint.Err);
    }

    [Fact]
    public void An_empty_rule_file_is_a_located_warning_not_a_refusal()
    {
        using var temp = new TempDir();
        string empty = temp.File("empty.rules", "");
        var lint = Tool.Run("rules", "lint", empty);
        Assert.True(lint.Exit == 0, lint.ToString());
        Assert.Contains("empty.rules(1,1): warning CG0006", lint.Out);
    }

    [Fact]
    public void A_failed_report_leaves_no_temporary_file()
    {
        using var temp = new TempDir();
        string output = Path.Combine(temp.Path, "report.json");
        // A rule set that does not compile stops the run after the output was opened.
        string rules = temp.File("bad.rules", "rule B-1 \"t\"\n severity error\n require 不存在的字段 is stated\n");
        var run = Tool.Run("check", Repo.SeedFiles()[0], "--rules", rules, "--output", output);
        Assert.Equal(2, run.Exit);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp", new EnumerationOptions { AttributesToSkip = 0 }));
    }
}

internal static class PathExtensions
{
    /// <summary>Runs <paramref name="action"/> on the value and returns it: setup in an argument list.</summary>
    public static string Also(this string value, Action<string> action)
    {
        action(value);
        return value;
    }
}
