using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace ComplianceGen.Cli.Reporting;

/// <summary>
/// Where a report goes: the console, or a file written through a temporary file in the same
/// folder and moved into place only when the report is complete, so a failure never leaves a
/// partial or corrupt report behind (and an existing report is replaced atomically). The
/// temporary file is removed on every way out but SIGKILL: an exception (a full disk included),
/// and SIGINT, SIGTERM, SIGHUP or SIGQUIT.
/// </summary>
public sealed class OutputTarget : IDisposable
{
    private static readonly PosixSignal[] Stops = { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT };

    private readonly string? _finalPath;
    private readonly string? _tempPath;
    private readonly List<PosixSignalRegistration> _signals = new();
    private bool _committed;

    private OutputTarget(TextWriter writer, string? finalPath, string? tempPath)
    {
        Writer = writer;
        _finalPath = finalPath;
        _tempPath = tempPath;
        if (tempPath is null) return;
        foreach (var signal in Stops)
        {
            try
            {
                // The default action (ending the process) still follows.
                _signals.Add(PosixSignalRegistration.Create(signal, _ => TryDelete(tempPath)));
            }
            catch (Exception e) when (e is PlatformNotSupportedException or IOException)
            {
                // This system cannot deliver that signal.
            }
        }
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
        if (_finalPath is null || _tempPath is null)
        {
            Writer.Flush();
            return;
        }
        try
        {
            Writer.Dispose();
            System.IO.File.Move(_tempPath, _finalPath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A full disk shows here, when the last buffer is written.
            throw new CliUsageException($"cannot write --output {_finalPath}: {e.Message}", e);
        }
        _committed = true;
        ReleaseSignals();
    }

    public void Dispose()
    {
        ReleaseSignals();
        if (_finalPath is null || _committed) return;
        try
        {
            Writer.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The buffer could not be written (a full disk): the file goes anyway.
        }
        finally
        {
            if (_tempPath is not null) TryDelete(_tempPath);
        }
    }

    private void ReleaseSignals()
    {
        foreach (var registration in _signals) registration.Dispose();
        _signals.Clear();
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
