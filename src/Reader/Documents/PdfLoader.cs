using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace ComplianceGen.Reader.Documents;

/// <summary>
/// Reads a PDF's text layer through Debian's <c>pdftotext -layout</c> (package poppler-utils).
/// Layout mode keeps table columns as runs of spaces, which <see cref="Structure.LayoutTables"/> rebuilds.
/// </summary>
public static class PdfLoader
{
    public static SourceDocument Load(string path, ReaderOptions options)
    {
        FileLimits.CheckedLength(path, options);
        var start = new ProcessStartInfo(options.PdfToTextCommand)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in new[] { "-layout", "-enc", "UTF-8", path, "-" }) start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception("process did not start");
        }
        catch (Win32Exception e)
        {
            throw new DocumentReadException(ReadFailure.PdfToolMissing, path,
                "reading PDF needs pdftotext from the Debian package poppler-utils (apt-get install poppler-utils); it was not found", e);
        }
        using (process)
        {
            // Read both pipes concurrently so a chatty stderr cannot block the child.
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            var output = new StringBuilder();
            char[] buffer = new char[8192];
            int read;
            while ((read = process.StandardOutput.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Append(buffer, 0, read);
                if (output.Length > options.MaxFileBytes)
                {
                    TryKill(process);
                    throw new DocumentReadException(ReadFailure.TooLarge, path, "the PDF's text layer is over the size limit");
                }
            }
            if (!process.WaitForExit(options.PdfTimeoutMilliseconds))
            {
                TryKill(process);
                throw new DocumentReadException(ReadFailure.PdfFailed, path, "pdftotext did not finish in time");
            }
            if (process.ExitCode != 0)
                throw new DocumentReadException(ReadFailure.PdfFailed, path, $"pdftotext failed (exit {process.ExitCode}): {OneLine(stderr.Result)}");
            if (output.ToString().Trim().Length == 0)
                throw new DocumentReadException(ReadFailure.Empty, path, "the PDF has no text layer (scanned images need OCR, which the reader does not do)");
            return SourceDocument.FromText(path, "pdf", "pdftotext", output.ToString());
        }
    }

    /// <summary>
    /// pdftotext's stderr as one line: its last message (usually the one that made it stop), and how
    /// many came before. A bad PDF is one line in a batch's output, not hundreds.
    /// </summary>
    private static string OneLine(string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0) return "no message";
        string last = lines[^1].Length > 200 ? lines[^1][..200] + "…" : lines[^1];
        return lines.Length == 1 ? last : $"{last} (after {lines.Length - 1} other message(s))";
    }

    private static void TryKill(Process process)
    {
        try { process.Kill(true); }
        catch (InvalidOperationException) { }
        catch (IOException) { }
    }
}
