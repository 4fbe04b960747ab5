using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ComplianceGen.Cli.RuleLoading;

/// <summary>Expands a --rules argument (a .rules file or a folder searched recursively) into sorted rule files.</summary>
public static class RuleFileDiscovery
{
    public static IReadOnlyList<string> Find(string path)
    {
        if (File.Exists(path)) return new[] { path };
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path, "*.rules", SearchOption.AllDirectories)
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToArray();
            if (files.Length == 0) throw new CliUsageException($"{path}: the folder holds no .rules files");
            return files;
        }
        throw new CliUsageException($"{path}: no such rule file or folder");
    }
}
