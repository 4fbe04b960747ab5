using System;
using System.Collections.Generic;
using System.IO;
using ComplianceGen.Reader.Documents;
using ComplianceGen.Reader.Extraction;
using ComplianceGen.Reader.Structure;

namespace ComplianceGen.Reader;

/// <summary>
/// The reader's entry point: a .txt, .docx, .pdf or .html file in, a <see cref="ReadResult"/> out. The format is
/// told by the file's content, not its name: crawls save web pages under a .pdf name and PDFs under a .txt one.
/// Unreadable input raises <see cref="DocumentReadException"/>; readable input with gaps
/// gives a partial report and warnings.
/// </summary>
public static class DocumentReader
{
    public static ReadResult Read(string path, ReaderOptions? options = null)
    {
        options ??= ReaderOptions.Default;
        return Analyse(SniffAndLoad(path, options));
    }

    /// <summary>Reads text already in memory (tests, stdin); <paramref name="sourceName"/> names it in evidence and errors.</summary>
    public static ReadResult ReadText(string text, string sourceName = "<text>")
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DocumentReadException(ReadFailure.Empty, sourceName, "the text is empty");
        FileLimits.CheckTextLength(sourceName, text.Length, ReaderOptions.Default);
        return Analyse(SourceDocument.FromText(sourceName, "txt", "utf-16 (in memory)", text));
    }

    /// <summary>The format by the first bytes: a zip (.docx), %PDF, the OLE2 signature of a legacy .doc, HTML, else text.</summary>
    private static SourceDocument SniffAndLoad(string path, ReaderOptions options)
    {
        FileLimits.CheckedLength(path, options);
        Span<byte> head = stackalloc byte[1024];
        int read;
        try
        {
            // Unbuffered: the first kilobyte goes straight into the span, without a 4 KB buffer for one read.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 0);
            read = stream.Read(head);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(ReadFailure.Unreadable, path, "the file cannot be read: " + e.Message, e);
        }
        if (read >= 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] == 3 && head[3] == 4) return DocxLoader.Load(path, options);
        if (read >= 5 && head[0] == (byte)'%' && head[1] == (byte)'P' && head[2] == (byte)'D' && head[3] == (byte)'F') return PdfLoader.Load(path, options);
        if (read >= 8 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0)
            throw new DocumentReadException(ReadFailure.UnsupportedFormat, path, "legacy .doc (Word 97–2003) is not supported; save it as .docx or PDF");
        if (LooksLikeHtml(head.Slice(0, read))) return HtmlLoader.Load(path, options);
        // Content no known format claims: a file named .docx or .pdf is a broken one of those, not text.
        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".docx") throw new DocumentReadException(ReadFailure.CorruptDocx, path, "corrupt .docx: the file is not a zip package");
        if (extension == ".pdf") throw new DocumentReadException(ReadFailure.PdfFailed, path, "not a PDF: the file has no PDF header and is not a web page either");
        return TextLoader.Load(path, options);
    }

    /// <summary>Markup at the start (after a BOM and white space): a doctype, an html, head or body tag, or a table.</summary>
    private static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        int i = head.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
        while (i < head.Length && (head[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) i++;
        if (i >= head.Length || head[i] != (byte)'<') return false;
        string start = System.Text.Encoding.ASCII.GetString(head.Slice(i, Math.Min(head.Length - i, 512))).ToLowerInvariant();
        return start.StartsWith("<!doctype html", StringComparison.Ordinal) || start.Contains("<html", StringComparison.Ordinal) ||
               start.StartsWith("<head", StringComparison.Ordinal) || start.StartsWith("<body", StringComparison.Ordinal) ||
               start.StartsWith("<table", StringComparison.Ordinal) || start.StartsWith("<meta", StringComparison.Ordinal) ||
               start.StartsWith("<!--", StringComparison.Ordinal) && start.Contains("<html", StringComparison.Ordinal);
    }

    private static ReadResult Analyse(SourceDocument document)
    {
        var structure = DocumentStructure.Build(document);
        var warnings = new List<ReaderWarning>(document.Warnings);
        var report = ReportBuilder.Build(document, structure, warnings);
        var lines = new string[document.Lines.Count];
        var pages = new int[document.Lines.Count];
        for (int i = 0; i < lines.Length; i++)
        {
            lines[i] = document.Lines[i].Original;
            pages[i] = document.Lines[i].Page;
        }
        return new ReadResult(report, document.Encoding, document.Format, warnings, lines, pages);
    }
}
