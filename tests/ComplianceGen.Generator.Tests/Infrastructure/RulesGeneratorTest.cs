using System.Linq;
using ComplianceGen.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace ComplianceGen.Generator.Tests.Infrastructure;

/// <summary>
/// The card's Microsoft.CodeAnalysis.Testing driving <see cref="RulesGenerator"/>: rule files as
/// additional files, the project directory as the build passes it, the runtime referenced. It checks
/// the diagnostics (id, severity, span in the rule file, message arguments) and, when given, the
/// generated sources, and that the consumer's code and the generated code compile together.
/// The references are the host's (<see cref="ComplianceGen.Hosting.RuleCompilerHost.References"/>: the running
/// .NET's and the runtime) rather than a NuGet download at test time, so the tests run where only the
/// project's own package source is reached.
/// </summary>
internal sealed class RulesGeneratorTest : CSharpSourceGeneratorTest<RulesGenerator, DefaultVerifier>
{
    public RulesGeneratorTest(params (string Path, string Text)[] ruleFiles)
    {
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(ComplianceGen.Hosting.RuleCompilerHost.References);
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.projectdir = /project/\n"));
        foreach (var (path, text) in ruleFiles) TestState.AdditionalFiles.Add(("/project/" + path, text));
        if (TestState.Sources.Count == 0) TestState.Sources.Add(("Consumer.cs", "namespace Consumer { internal static class Anchor { } }"));
    }

    protected override CompilationOptions CreateCompilationOptions() =>
        ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);

    protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.Latest);

    /// <summary>A diagnostic expected at a span of a rule file (1-based line and column, end exclusive).</summary>
    public static DiagnosticResult Diagnostic(string id, string file, int line, int column, int endLine, int endColumn) =>
        new DiagnosticResult(id, DiagnosticsById(id)).WithSpan("/project/" + file, line, column, endLine, endColumn);

    private static DiagnosticSeverity DiagnosticsById(string id) =>
        ComplianceGen.Rules.Diagnostics.DiagnosticCatalog.All.Single(d => d.Id == id).Level switch
        {
            ComplianceGen.Rules.Diagnostics.DiagnosticLevel.Error => DiagnosticSeverity.Error,
            ComplianceGen.Rules.Diagnostics.DiagnosticLevel.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };
}
