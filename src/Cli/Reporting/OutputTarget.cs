using System;
using System.IO;
using System.Text;

namespace ComplianceGen.Cli.Reporting;

/// <summary>
/// Where a report goes: the console, or a file written through a temporary file in the same
/// folder and moved into place only when the report is complete, so a failure never leaves a
/// partial or corrupt report behind (and an existing report is replaced atomically).
/// </summary>
public sealed class OutputTarget : IDisposable
{
    private readonly string? _finalPath;
    private readonly string? _tempPath;
    private bool _committed;

    private OutputTarget(TextWriter writer, string? finalPath, string? tempPath)
    {
        Writer = writer;
        _finalPath = finalPath;
        _tempPath = tempPath;
    }

    public TextWriter Writer { get; }

    public bool IsFile => _finalPath is not null;

    public string? Path => _finalPath;

    public static OutputTarget Console(TextWriter output) => new(output, null, null);

    /// <summary>Opens the temporary file now, so an unwritable --output fails before any document is read.</summary>
    public static OutputTarget File(string path)
    {
        string full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new CliUsageException($"cannot write --output {path}: it is a folder");
        string? folder = System.IO.Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder)) throw new CliUsageException($"cannot write --output {path}: the folder {folder} does not exist");
        string temp = System.IO.Path.Combine(folder, "." + System.IO.Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            return new OutputTarget(new StreamWriter(stream, new UTF8Encoding(false)), full, temp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot write --output {path}: {e.Message}", e);
        }
    }

    /// <summary>Completes the report: flushes, and for a file moves the temporary file into place.</summary>
    public void Commit()
    {
        Writer.Flush();
        if (_finalPath is null || _tempPath is null) return;
        Writer.Dispose();
        try
        {
            System.IO.File.Move(_tempPath, _finalPath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(_tempPath);
            throw new CliUsageException($"cannot write --output {_finalPath}: {e.Message}", e);
        }
        _committed = true;
    }

    public void Dispose()
    {
        if (_finalPath is null || _committed) return;
        Writer.Dispose();
        if (_tempPath is not null) TryDelete(_tempPath);
    }

    private static void TryDelete(string path)
    {
        try
        {
            System.IO.File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the temporary file is hidden and named as ours.
        }
    }
}
