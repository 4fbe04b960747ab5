using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using ComplianceGen.Generator.Pipeline;
using ComplianceGen.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ComplianceGen.Hosting;

/// <summary>What running the generator over rule files gave: its diagnostics and the compilation with the generated code added.</summary>
public sealed record GeneratorRun(GeneratorDriver Driver, GeneratorDriverRunResult Result, CSharpCompilation Compilation, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// Runs <see cref="RulesGenerator"/> in-process the way the compiler does: over an in-memory
/// compilation that references the framework and ComplianceGen.Runtime, with rule files as additional
/// files and the project directory as a build passes it. The CLI, the tests and the benchmarks all
/// compile rules through here, so a rule means the same wherever it is compiled.
/// </summary>
public static class RuleCompilerHost
{
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(DisclosureReport).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    /// <summary>The framework's reference set plus the runtime the generated validators call.</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>A compilation for the generator to add to: the given C# (a placeholder type when none), the references, nullable on.</summary>
    public static CSharpCompilation Compilation(string assemblyName, params string[] sources) =>
        CSharpCompilation.Create(
            assemblyName,
            (sources.Length == 0 ? new[] { "namespace Consumer { internal static class Anchor { } }" } : sources)
                .Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                optimizationLevel: OptimizationLevel.Release));

    /// <summary>A driver of the generator over <paramref name="ruleFiles"/>; <paramref name="trackSteps"/> records each step's cached or new outputs.</summary>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> ruleFiles, string projectDirectory, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new RulesGenerator().AsSourceGenerator() },
            ruleFiles,
            ParseOptions,
            new ProjectDirectoryOptions(projectDirectory),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator over <paramref name="ruleFiles"/> and adds what it generates to <paramref name="compilation"/>.</summary>
    public static GeneratorRun Run(IEnumerable<AdditionalText> ruleFiles, string projectDirectory, CSharpCompilation compilation,
        bool trackSteps = false, CancellationToken cancellationToken = default)
    {
        var driver = Driver(ruleFiles, projectDirectory, trackSteps).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics, cancellationToken);
        return new GeneratorRun(driver, driver.GetRunResult(), (CSharpCompilation)output, diagnostics);
    }

    /// <summary>
    /// Emits the compilation to memory, loads it and returns its <c>ComplianceRules.All</c>; null with the
    /// C# errors when the generated code does not compile.
    /// </summary>
    public static IReadOnlyList<RuleValidator>? Load(Compilation compilation, out ImmutableArray<Diagnostic> errors)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        if (!emit.Success) return null;
        var assembly = Assembly.Load(stream.ToArray());
        var registry = assembly.GetType("ComplianceGen.Generated.ComplianceRules")
            ?? throw new InvalidOperationException("the generator produced no ComplianceRules registry");
        return (IReadOnlyList<RuleValidator>)registry.GetProperty("All")!.GetValue(null)!;
    }
}
