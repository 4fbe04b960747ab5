using System;
using System.Collections.Generic;
using System.IO;
using ComplianceGen.Reader.Documents;
using ComplianceGen.Reader.Extraction;
using ComplianceGen.Reader.Structure;

namespace ComplianceGen.Reader;

/// <summary>
/// The reader's entry point: a .txt, .docx or .pdf file in, a <see cref="ReadResult"/> out.
/// Unreadable input raises <see cref="DocumentReadException"/>; readable input with gaps
/// gives a partial report and warnings.
/// </summary>
public static class DocumentReader
{
    public static ReadResult Read(string path, ReaderOptions? options = null)
    {
        options ??= ReaderOptions.Default;
        string extension = Path.GetExtension(path).ToLowerInvariant();
        SourceDocument document = extension switch
        {
            ".docx" => DocxLoader.Load(path, options),
            ".pdf" => PdfLoader.Load(path, options),
            ".doc" => throw new DocumentReadException(ReadFailure.UnsupportedFormat, path, "legacy .doc is not supported; save it as .docx"),
            _ => SniffAndLoad(path, options),
        };
        return Analyse(document);
    }

    /// <summary>Reads text already in memory (tests, stdin); <paramref name="sourceName"/> names it in evidence and errors.</summary>
    public static ReadResult ReadText(string text, string sourceName = "<text>")
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DocumentReadException(ReadFailure.Empty, sourceName, "the text is empty");
        return Analyse(SourceDocument.FromText(sourceName, "txt", "utf-16 (in memory)", text));
    }

    /// <summary>A .txt that is really a zip (a renamed .docx) or a PDF is read as what it is.</summary>
    private static SourceDocument SniffAndLoad(string path, ReaderOptions options)
    {
        FileLimits.CheckedLength(path, options);
        Span<byte> head = stackalloc byte[5];
        int read;
        try
        {
            using var stream = File.OpenRead(path);
            read = stream.Read(head);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(ReadFailure.Unreadable, path, "the file cannot be read: " + e.Message, e);
        }
        if (read >= 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] == 3 && head[3] == 4) return DocxLoader.Load(path, options);
        if (read >= 5 && head[0] == (byte)'%' && head[1] == (byte)'P' && head[2] == (byte)'D' && head[3] == (byte)'F') return PdfLoader.Load(path, options);
        return TextLoader.Load(path, options);
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
