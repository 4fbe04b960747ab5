using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ComplianceGen.Generator.Emit;

namespace ComplianceGen.Generator.Pipeline;

/// <summary>A rule file's place and the names its generated code takes, unique among the compilation's rule files.</summary>
internal sealed record GeneratedFile(string Path, string RelativePath, string HintName, string ContainerClass);

/// <summary>
/// Gives every rule file a hint name and a container class name no other rule file has, in a
/// fixed order (by relative path, then full path), so the names never depend on the order the
/// compiler lists files in. A clash of readable stems (<c>a/x.rules</c> beside <c>b/x.rules</c>,
/// <c>x-y.rules</c> beside <c>x_y.rules</c>) is resolved with a numeric suffix. A file listed twice
/// under the same path is the same file and is compiled once.
/// </summary>
internal static class GeneratedFiles
{
    public static IEnumerable<(RuleSource Source, GeneratedFile File)> Assign(ImmutableArray<RuleSource> sources)
    {
        // Hint names are compared ignoring case by the compiler; class names are not.
        var hints = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { HintNames.Registry };
        var classes = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources.OrderBy(s => s.RelativePath, StringComparer.Ordinal).ThenBy(s => s.Path, StringComparer.Ordinal))
        {
            if (!seen.Add(source.Path)) continue;
            string hint = Unique(HintNames.FileStem(source.RelativePath), ".g.cs", hints);
            string container = Unique(HintNames.ContainerStem(source.RelativePath), "", classes);
            yield return (source, new GeneratedFile(source.Path, source.RelativePath, hint, container));
        }
    }

    private static string Unique(string stem, string suffix, HashSet<string> taken)
    {
        string candidate = stem + suffix;
        for (int n = 2; !taken.Add(candidate); n++)
            candidate = stem + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + suffix;
        return candidate;
    }
}
