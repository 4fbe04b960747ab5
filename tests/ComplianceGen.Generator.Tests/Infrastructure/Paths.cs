using System;
using System.IO;

namespace ComplianceGen.Generator.Tests.Infrastructure;

internal static class Paths
{
    /// <summary>The folder holding ComplianceGen.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ComplianceGen.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("ComplianceGen.sln not found above " + AppContext.BaseDirectory);
    }
}
