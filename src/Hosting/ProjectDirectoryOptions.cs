using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ComplianceGen.Hosting;

/// <summary>
/// Hands the generator the one MSBuild property it reads (build_property.projectdir), so
/// descriptors name rule files relative to the current directory, as a build would.
/// </summary>
public sealed class ProjectDirectoryOptions : AnalyzerConfigOptionsProvider
{
    private readonly ProjectGlobalOptions _global;

    public ProjectDirectoryOptions(string projectDirectory) => _global = new ProjectGlobalOptions(projectDirectory);

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => EmptyOptions.Instance;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => EmptyOptions.Instance;

    private sealed class ProjectGlobalOptions : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values;

        public ProjectGlobalOptions(string projectDirectory) =>
            _values = ImmutableDictionary<string, string>.Empty.Add("build_property.projectdir", projectDirectory);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => _values.Keys;
    }

    private sealed class EmptyOptions : AnalyzerConfigOptions
    {
        public static readonly EmptyOptions Instance = new();

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            value = null;
            return false;
        }
    }
}
