using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Threading;
using ComplianceGen.Hosting;
using ComplianceGen.Reader;
using Microsoft.CodeAnalysis;

namespace ComplianceGen.Cli.RuleLoading;

/// <summary>
/// Compiles rule files at run time with the very generator that compiled the built-in rules, run
/// in-process by <see cref="RuleCompilerHost"/>: the result is emitted to memory and loaded, and its
/// <c>ComplianceRules.All</c> is used. There is no second interpreter, so a
/// rule behaves the same whether it is built in or passed with --rules.
/// </summary>
public static class RuntimeRuleCompiler
{
    /// <summary>
    /// The generator's dependencies (ComplianceGen.Rules, Sprache) are copied beside the tool but
    /// left out of its deps.json, because the generator reference marks them PrivateAssets; without
    /// this the generator fails to initialize (CS8784) and compiles nothing.
    /// </summary>
    static RuntimeRuleCompiler()
    {
        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            if (name.Name is not ("ComplianceGen.Rules" or "Sprache")) return null;
            string candidate = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
            return File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
        };
    }

    /// <summary>Generator failures (CS8784 failed to initialize, CS8785 failed to generate) lose every rule: errors, not warnings.</summary>
    private static bool IsError(Diagnostic d) => d.Severity == DiagnosticSeverity.Error || d.Id is "CS8784" or "CS8785";

    /// <summary>
    /// Compiles the rule files as <c>check --rules</c> and <c>rules lint</c> both do: generate, compile
    /// the generated code, load it — through <see cref="RuleCompilerHost"/>, as the tests and the
    /// benchmarks do. A C# error in the generated code is CG9002 at its rule.
    /// </summary>
    public static RuleCompilation Compile(IReadOnlyList<string> ruleFiles, CancellationToken cancellationToken = default)
    {
        string baseDirectory = Directory.GetCurrentDirectory();
        var compilation = RuleCompilerHost.Compilation("ComplianceGen.RuntimeRules" + Guid.NewGuid().ToString("N"),
            "namespace ComplianceGen.RuntimeRules { internal static class Anchor { } }");

        // A rule file that cannot be read is an error line naming it; the others are still compiled, so lint reports everything at once.
        var unreadable = new List<string>();
        var additionalTexts = new List<AdditionalText>();
        foreach (var file in ruleFiles)
        {
            try
            {
                additionalTexts.Add(new FileAdditionalText(Path.GetFullPath(file)));
            }
            catch (DocumentReadException e)
            {
                unreadable.Add("error: " + e.Message);
            }
        }

        var run = RuleCompilerHost.Run(additionalTexts, baseDirectory + Path.DirectorySeparatorChar, compilation, cancellationToken: cancellationToken);

        var diagnostics = run.Diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToList();
        bool hasErrors = unreadable.Count > 0 || diagnostics.Any(IsError);
        var texts = unreadable.Concat(diagnostics.Select(d => DiagnosticText.Format(d, baseDirectory))).ToList();
        if (hasErrors) return new RuleCompilation(texts, hasErrors, null);

        var rules = RuleCompilerHost.Load(run.Compilation, out var errors);
        if (rules is null)
        {
            // The generator promises code that compiles; if it does not, say so at the rule, rather than run nothing.
            texts.AddRange(errors.Select(GeneratedCodeErrors.Format).Distinct());
            return new RuleCompilation(texts, true, null);
        }
        return new RuleCompilation(texts, false, rules);
    }
}
