using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ComplianceGen.Cli;

namespace ComplianceGen.Cli.Tests.Infrastructure;

/// <summary>Runs the tool in-process through the same entry point Program uses, capturing both streams.</summary>
internal static class Tool
{
    public static CliRun Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CliApp.Run(args, CliConsole.Captured(output, error));
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}

internal sealed record CliRun(int Exit, string Out, string Err)
{
    public JsonDocument Json() => JsonDocument.Parse(Out);

    public override string ToString() => $"exit {Exit}\n--- stdout ---\n{Out}\n--- stderr ---\n{Err}";
}

/// <summary>Where the repository's seeds and rules are, and scratch folders that clean up after themselves.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Rules => Path.Combine(Root, "rules");

    public static string[] SeedFiles() => Directory.GetFiles(Seeds, "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToArray();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ComplianceGen.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ComplianceGen.sln not found above " + AppContext.BaseDirectory);
    }
}

internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cg-cli-tests-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name, string text)
    {
        string path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
