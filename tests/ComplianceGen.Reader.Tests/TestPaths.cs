using System;
using System.IO;

namespace ComplianceGen.Reader.Tests;

/// <summary>Finds the repository (the folder holding ComplianceGen.sln) and the shared corpus beside it.</summary>
internal static class TestPaths
{
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ComplianceGen.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("ComplianceGen.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Seed(string id) => Directory.GetFiles(Path.Combine(RepoRoot, "seeds"), id + "_*.txt")[0];

    /// <summary>../shared/corpus/text next to the repository; null when this checkout has no shared folder.</summary>
    public static string? CorpusText => Corpus("text");

    /// <summary>A folder of ../shared/corpus next to the repository (text, pdf); null when it is not there.</summary>
    public static string? Corpus(string folder)
    {
        string path = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpus", folder));
        return Directory.Exists(path) ? path : null;
    }

    public static string TempDir()
    {
        string dir = Path.Combine(Path.GetTempPath(), "cg-reader-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
