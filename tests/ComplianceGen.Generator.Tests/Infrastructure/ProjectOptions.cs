using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ComplianceGen.Generator.Tests.Infrastructure;

/// <summary>The MSBuild properties the generator reads (build_property.projectdir), as a consuming project would pass them.</summary>
internal sealed class ProjectOptions(string projectDirectory) : AnalyzerConfigOptionsProvider
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
