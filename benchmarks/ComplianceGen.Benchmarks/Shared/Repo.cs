using System;
using System.IO;
using System.Linq;
using ComplianceGen.Runtime;

namespace ComplianceGen.Benchmarks.Shared;

/// <summary>The repository the benchmarks run in: rules/, seeds/ and the classification catalogue.</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    public static string RulesDirectory => Path.Combine(Root, "rules");

    public static string SeedsDirectory => Path.Combine(Root, "seeds");

    public static string[] Seeds() =>
        Directory.GetFiles(SeedsDirectory, "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToArray();

    /// <summary>The catalogue the CLI would use: rules/catalog/*.csv.</summary>
    public static ValidationContext Context { get; } =
        new(ClassificationCatalog.LoadFolder(Path.Combine(Root, "rules", "catalog")));

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ComplianceGen.sln"))) return directory.FullName;
        }
        var cwd = Directory.GetCurrentDirectory();
        for (var directory = new DirectoryInfo(cwd); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ComplianceGen.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("ComplianceGen.sln not found above " + AppContext.BaseDirectory + " or " + cwd);
    }
}
