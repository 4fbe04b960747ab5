using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using ComplianceGen.Generator.Pipeline;
using ComplianceGen.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ComplianceGen.Generator.Tests.Infrastructure;

/// <summary>
/// Drives <see cref="RulesGenerator"/> with <see cref="CSharpGeneratorDriver"/> the way the
/// compiler does, over an in-memory compilation that references the runtime. (The card's
/// Microsoft.CodeAnalysis.Testing packages are not served here, so the tests do this directly.)
/// </summary>
internal static class GeneratorHarness
{
    public const string ProjectDirectory = "/project/";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(DisclosureReport).Assembly.Location);
        return paths.Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    });

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "RulesUnderTest",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<(string Path, string Text)> ruleFiles) =>
        Driver(ruleFiles.Select(f => new InMemoryAdditionalText(ProjectDirectory + f.Path, f.Text)));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> ruleFiles) =>
        CSharpGeneratorDriver.Create(
            new[] { new RulesGenerator().AsSourceGenerator() },
            ruleFiles,
            ParseOptions,
            new ProjectOptions(ProjectDirectory),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator and returns its result and the compilation with the generated code added.</summary>
    public static GeneratorOutput Run(params (string Path, string Text)[] ruleFiles)
    {
        var compilation = Compilation("namespace Consumer { internal static class Anchor { } }");
        var driver = Driver(ruleFiles).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorOutput(driver, driver.GetRunResult(), (CSharpCompilation)output, generatorDiagnostics);
    }

    /// <summary>Rule file text from the repository's rules/ folder.</summary>
    public static (string Path, string Text)[] RepositoryRules() =>
        Directory.GetFiles(Path.Combine(Paths.RepositoryRoot, "rules"), "*.rules")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => ("rules/" + Path.GetFileName(p), File.ReadAllText(p)))
            .ToArray();
}

internal sealed record GeneratorOutput(GeneratorDriver Driver, GeneratorDriverRunResult Result, CSharpCompilation Compilation, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public IEnumerable<Diagnostic> Diagnostics => Result.Diagnostics;

    public IEnumerable<Diagnostic> CompilationErrors => Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);

    /// <summary>Compiles the generated code and returns the compiled rules (ComplianceRules.All).</summary>
    public IReadOnlyList<IRuleValidator> LoadRules()
    {
        using var stream = new MemoryStream();
        var emit = Compilation.Emit(stream);
        if (!emit.Success)
            throw new InvalidOperationException(string.Join(Environment.NewLine, emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        var assembly = Assembly.Load(stream.ToArray());
        var registry = assembly.GetType("ComplianceGen.Generated.ComplianceRules")!;
        return (IReadOnlyList<IRuleValidator>)registry.GetProperty("All")!.GetValue(null)!;
    }
}
