using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using ComplianceGen.Generator.Pipeline;
using ComplianceGen.Reader;
using ComplianceGen.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ComplianceGen.Cli.RuleLoading;

/// <summary>
/// Compiles rule files at run time with the very generator that compiled the built-in rules:
/// <see cref="RulesGenerator"/> runs under <see cref="CSharpGeneratorDriver"/> over an in-memory
/// compilation that references ComplianceGen.Runtime, the result is emitted to memory and
/// loaded, and its <c>ComplianceRules.All</c> is used. There is no second interpreter, so a
/// rule behaves the same whether it is built in or passed with --rules.
/// </summary>
public static class RuntimeRuleCompiler
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

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
    /// the generated code, load it. A C# error in the generated code is CG9002 at its rule.
    /// </summary>
    public static RuleCompilation Compile(IReadOnlyList<string> ruleFiles)
    {
        string baseDirectory = Directory.GetCurrentDirectory();
        var compilation = CSharpCompilation.Create(
            "ComplianceGen.RuntimeRules" + Guid.NewGuid().ToString("N"),
            new[] { CSharpSyntaxTree.ParseText("namespace ComplianceGen.RuntimeRules { internal static class Anchor { } }", ParseOptions) },
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                optimizationLevel: OptimizationLevel.Release));

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

        var driver = CSharpGeneratorDriver.Create(
            new[] { new RulesGenerator().AsSourceGenerator() },
            additionalTexts,
            ParseOptions,
            new ProjectDirectoryOptions(baseDirectory + Path.DirectorySeparatorChar));

        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        var diagnostics = generatorDiagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToList();
        bool hasErrors = unreadable.Count > 0 || diagnostics.Any(IsError);
        var texts = unreadable.Concat(diagnostics.Select(d => DiagnosticText.Format(d, baseDirectory))).ToList();
        if (hasErrors) return new RuleCompilation(texts, hasErrors, null);

        using var stream = new MemoryStream();
        var result = output.Emit(stream);
        if (!result.Success)
        {
            // The generator promises code that compiles; if it does not, say so at the rule, rather than run nothing.
            texts.AddRange(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(GeneratedCodeErrors.Format).Distinct());
            return new RuleCompilation(texts, true, null);
        }
        var assembly = Assembly.Load(stream.ToArray());
        var registry = assembly.GetType("ComplianceGen.Generated.ComplianceRules")
            ?? throw new InvalidOperationException("the generator produced no ComplianceRules registry");
        var rules = (IReadOnlyList<IRuleValidator>)registry.GetProperty("All")!.GetValue(null)!;
        return new RuleCompilation(texts, false, rules);
    }

    private static ImmutableArray<MetadataReference> _references;

    /// <summary>The framework's reference set plus the runtime the generated validators call.</summary>
    private static ImmutableArray<MetadataReference> References()
    {
        if (!_references.IsDefault) return _references;
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(DisclosureReport).Assembly.Location)
            .Distinct(StringComparer.Ordinal);
        _references = paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
        return _references;
    }
}
