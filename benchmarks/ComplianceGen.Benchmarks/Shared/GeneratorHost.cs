using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using ComplianceGen.Generator.Pipeline;
using ComplianceGen.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ComplianceGen.Benchmarks.Shared;

/// <summary>
/// Drives <see cref="RulesGenerator"/> in-process with CSharpGeneratorDriver, as the generator
/// tests' harness does: an in-memory compilation that references the runtime, rule files as
/// in-memory AdditionalTexts.
/// </summary>
public static class GeneratorHost
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

    /// <summary>A fresh compilation (metadata references are shared, as in a warm compiler server).</summary>
    public static CSharpCompilation Compilation() =>
        CSharpCompilation.Create(
            "RulesUnderBenchmark",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Anchor { } }", ParseOptions) },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> ruleFiles) =>
        CSharpGeneratorDriver.Create(
            new[] { new RulesGenerator().AsSourceGenerator() },
            ruleFiles,
            ParseOptions,
            new ProjectOptions(ProjectDirectory));

    public static InMemoryRuleFile File(string relativePath, string text) => new(ProjectDirectory + relativePath, text);

    /// <summary>The repository's rules/*.rules (whatever this checkout has).</summary>
    public static InMemoryRuleFile[] StandardRules() =>
        Directory.GetFiles(Repo.RulesDirectory, "*.rules", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => File("rules/" + Path.GetRelativePath(Repo.RulesDirectory, p).Replace('\\', '/'), System.IO.File.ReadAllText(p)))
            .ToArray();

    public sealed class InMemoryRuleFile(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public string Text { get; } = text;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class ProjectOptions(string projectDirectory) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global = new(new Dictionary<string, string> { ["build_property.projectdir"] = projectDirectory });

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
