using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ComplianceGen.Cli.RuleLoading;
using ComplianceGen.Reader;
using ComplianceGen.Rules.Parsing;
using ComplianceGen.Runtime;

namespace ComplianceGen.Cli.Fuzzing;

/// <summary>What one rule fuzz case came to. <see cref="Problem"/> is null when every promise held.</summary>
public sealed record RuleCaseResult(RuleCase Case, string Outcome, string? Problem, string? Detail)
{
    public bool Held => Problem is null;
}

/// <summary>
/// Runs one case the way <c>rules lint</c> and <c>check --rules</c> do (the same
/// <see cref="RuntimeRuleCompiler"/>) and checks the promises: nothing thrown; every diagnostic
/// located in one of the case's rule files, and none internal (CG9xxx); and when there is no
/// error, the rules compiled and ran on every sample report (a rule that throws there is that
/// rule's reported error, which is allowed and counted).
/// </summary>
public static class RuleCaseRunner
{
    public const string Crash = "crash";
    public const string Unlocated = "unlocated-diagnostic";
    public const string Internal = "internal-diagnostic";
    public const string CleanButNotCompiling = "lint-clean-but-not-compiling";
    public const string CleanButNotRunning = "lint-clean-but-not-running";
    public const string DroppedRule = "dropped-rule";

    private static readonly Regex Located = new(@"^(?<path>.+)\((?<line>\d+),(?<column>\d+)\): (?<level>error|warning|info) (?<id>CG\d{4}): ", RegexOptions.Singleline);

    private static readonly Lazy<DisclosureReport[]> Reports = new(() => new[]
    {
        new DisclosureReport(),
        DocumentReader.ReadText(SampleText, "sample.txt").Report,
    });

    private const string SampleText = """
        某区科学技术协会2024年部门预算编制说明
        一、部门职责
        （一）收入预算情况。区科协2024年收入预算62.7万元，其中：一般公共预算拨款收入61.7万元，占98%；事业收入1万元，占2%。
        （二）支出预算情况。区科协2024年支出预算62.7万元，其中：基本支出61.2万元，占98%；项目支出1.5万元，占2%。
        2024年“三公”经费预算2万元。其中：因公出国（境）费用0万元；公务接待费2万元；公务用车购置及运行费0万元。
        科学技术支出（206）科学技术管理事务（01）行政运行（01）50万元。
        """;

    /// <summary>Writes the case's files under <paramref name="folder"/> and runs it.</summary>
    public static RuleCaseResult Run(RuleCase @case, string folder)
    {
        var paths = new List<string>();
        var lineCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (relative, text) in @case.Files)
        {
            string path = Path.GetFullPath(Path.Combine(folder, relative));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            paths.Add(path);
            lineCounts[path] = text.Count(c => c == '\n') + 1;
        }

        RuleCompilation compiled;
        try
        {
            compiled = RuntimeRuleCompiler.Compile(paths);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new RuleCaseResult(@case, "threw", Crash, e.GetType().Name + ": " + e.Message);
        }

        foreach (var line in compiled.Diagnostics)
        {
            var match = Located.Match(line);
            if (!match.Success) return new RuleCaseResult(@case, "diagnostics", Unlocated, line);
            string path = Path.GetFullPath(match.Groups["path"].Value);
            int lineNumber = int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (!lineCounts.TryGetValue(path, out int lines) || lineNumber < 1 || lineNumber > lines)
                return new RuleCaseResult(@case, "diagnostics", Unlocated, line);
            if (match.Groups["id"].Value.StartsWith("CG9", StringComparison.Ordinal))
                return new RuleCaseResult(@case, "diagnostics", match.Groups["id"].Value == "CG9002" ? CleanButNotCompiling : Internal, line);
        }
        if (compiled.HasErrors) return new RuleCaseResult(@case, "errors", null, null);
        if (compiled.Rules is null) return new RuleCaseResult(@case, "clean", CleanButNotCompiling, "no rules loaded");
        // Without an error every rule the files declare is compiled: none vanishes unreported.
        int declared = @case.Files.Sum(f => RuleFileParser.Parse(f.Path, f.Text).Syntax.Rules.Count);
        if (compiled.Rules.Count != declared)
            return new RuleCaseResult(@case, "clean", DroppedRule, $"{declared} rule(s) declared, {compiled.Rules.Count} compiled");

        int ruleErrors = 0;
        try
        {
            foreach (var report in Reports.Value)
                ruleErrors += RuleRunner.Run(compiled.Rules, report, ValidationContext.WithoutCatalog).Results.Count(r => r.Status == RuleStatus.Error);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new RuleCaseResult(@case, "clean", CleanButNotRunning, e.GetType().Name + ": " + e.Message);
        }
        return new RuleCaseResult(@case, ruleErrors > 0 ? "clean, rule errors reported at run time" : "clean, ran", null, null);
    }
}
