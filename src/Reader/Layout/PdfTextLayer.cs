using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using System.Xml;

namespace ComplianceGen.Reader.Layout;

/// <summary>
/// A PDF's words with their boxes, from Debian's <c>pdftotext -bbox-layout</c> (poppler-utils), read as it
/// streams out. Poppler runs as a child process on purpose: a hostile or broken PDF can crash it, hang it or
/// make it allocate, and none of that can reach the batch. It is stopped at the time limit, its output is cut
/// at the size limit, and what it printed on stderr becomes one line of the error.
/// <para>
/// Chosen over PdfPig 0.1.16 (in-process) after running both on the 142 corpus PDFs: the same characters
/// on all but two files, where PdfPig also returns text the page does not show (on one Jiangsu budget, 31
/// hidden <c>PAGE</c> field codes and 186 hyphens); PdfPig was about 20% faster (11.4 s against 14.5 s for
/// the 129 budgets of 2026), a gap the process isolation is worth.
/// </para>
/// </summary>
internal static class PdfTextLayer
{
    public static List<PdfPage> Read(string path, ReaderOptions options)
    {
        var start = new ProcessStartInfo(options.PdfToTextCommand)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-bbox-layout", "-enc", "UTF-8", path, "-" }) start.ArgumentList.Add(arg);
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
            Task<string> stderr = ReadBoundedAsync(process.StandardError, 4096);
            bool timedOut = false;
            using var timer = new Timer(_ =>
            {
                timedOut = true;
                TryKill(process);
            }, null, options.PdfTimeoutMilliseconds, Timeout.Infinite);
            List<PdfPage> pages;
            try
            {
                var limited = new LimitedStream(process.StandardOutput.BaseStream, options.MaxFileBytes * 8);
                pages = BboxLayoutParser.Parse(limited);
            }
            catch (LimitedStream.LimitExceededException)
            {
                TryKill(process);
                throw new DocumentReadException(ReadFailure.TooLarge, path, "the PDF's text layer is over the size limit");
            }
            catch (XmlException)
            {
                TryKill(process);
                process.WaitForExit(5000);
                if (timedOut) throw TimeOut(path, options);
                throw Failed(path, process.HasExited ? process.ExitCode : -1, stderr);
            }
            process.WaitForExit(Math.Max(1000, options.PdfTimeoutMilliseconds));
            if (timedOut) throw TimeOut(path, options);
            if (!process.HasExited)
            {
                TryKill(process);
                throw TimeOut(path, options);
            }
            if (process.ExitCode != 0 || pages.Count == 0) throw Failed(path, process.ExitCode, stderr);
            return pages;
        }
    }

    private static DocumentReadException TimeOut(string path, ReaderOptions options) =>
        new(ReadFailure.PdfFailed, path, $"pdftotext did not finish within {options.PdfTimeoutMilliseconds / 1000} s");

    /// <summary>One line from what poppler said: encrypted, not a PDF, or damaged.</summary>
    private static DocumentReadException Failed(string path, int exitCode, Task<string> stderr)
    {
        string said = stderr.Wait(2000) ? stderr.Result : "";
        string first = OneLine(said);
        if (said.Contains("password", StringComparison.OrdinalIgnoreCase) || said.Contains("encrypt", StringComparison.OrdinalIgnoreCase))
            return new DocumentReadException(ReadFailure.Encrypted, path, "encrypted PDF: it cannot be read without its password");
        if (said.Contains("May not be a PDF file", StringComparison.Ordinal))
            return new DocumentReadException(ReadFailure.PdfFailed, path, "not a PDF: the file starts like one but poppler finds no PDF structure");
        return new DocumentReadException(ReadFailure.PdfFailed, path,
            $"damaged PDF: pdftotext could not read it (exit {exitCode}{(first.Length > 0 ? ": " + first : "")})");
    }

    /// <summary>
    /// poppler's stderr as one line: its last message (usually the one that made it stop) and how many came
    /// before. A bad PDF is one line in a batch's output, not hundreds.
    /// </summary>
    private static string OneLine(string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0) return "";
        string last = lines[^1].Length > 160 ? lines[^1][..160] + "…" : lines[^1];
        return lines.Length == 1 ? last : $"{last} (after {lines.Length - 1} other message(s))";
    }

    private static async Task<string> ReadBoundedAsync(StreamReader reader, int limit)
    {
        var kept = new StringBuilder();
        char[] buffer = new char[1024];
        int read;
        while ((read = await reader.ReadAsync(buffer, 0, buffer.Length).ConfigureAwait(false)) > 0)
            if (kept.Length < limit) kept.Append(buffer, 0, Math.Min(read, limit - kept.Length));
        return kept.ToString();
    }

    private static void TryKill(Process process)
    {
        try { process.Kill(true); }
        catch (InvalidOperationException) { }
        catch (IOException) { }
        catch (Win32Exception) { }
    }
}
