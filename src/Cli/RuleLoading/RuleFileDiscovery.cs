using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ComplianceGen.Cli.Inputs;

namespace ComplianceGen.Cli.RuleLoading;

/// <summary>The rule files a --rules or lint argument names, and the problems met finding them.</summary>
public sealed record RuleFiles(IReadOnlyList<string> Files, IReadOnlyList<InputProblem> Problems);

/// <summary>
/// Expands a --rules argument: a rule file, or a folder searched (<see cref="FolderWalker"/>) for
/// files ending in .rules in any case (x.RULES too, as the generator takes them), sorted. A folder
/// that cannot be read or a link to a folder is a problem named to the user, never a silent gap.
/// </summary>
public static class RuleFileDiscovery
{
    public static RuleFiles Find(string path)
    {
        if (Directory.Exists(path))
        {
            var files = new List<string>();
            var problems = new List<InputProblem>();
            FolderWalker.Walk(path, name => name.EndsWith(".rules", StringComparison.OrdinalIgnoreCase), files, problems);
            if (files.Count == 0 && problems.Count == 0) throw new CliUsageException($"{path}: the folder holds no .rules files");
            return new RuleFiles(files.OrderBy(p => p, StringComparer.Ordinal).ToArray(), problems);
        }
        if (FolderWalker.IsFileOrLink(path)) return new RuleFiles(new[] { path }, Array.Empty<InputProblem>());
        throw new CliUsageException(FolderWalker.Missing(path).Message.Replace("no such file or folder", "no such rule file or folder"));
    }
}
