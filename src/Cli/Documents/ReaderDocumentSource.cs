using System;
using ComplianceGen.Reader;

namespace ComplianceGen.Cli.Documents;

/// <summary>Reads documents with src/Reader's <see cref="DocumentReader"/>.</summary>
public sealed class ReaderDocumentSource : IDocumentSource
{
    public LoadedDocument Load(string path)
    {
        ReadResult read;
        try
        {
            read = DocumentReader.Read(path);
        }
        catch (DocumentReadException e)
        {
            throw new DocumentUnreadable(ReasonCode(e.Reason), e.Message, e);
        }
        catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException)
        {
            throw new DocumentUnreadable("unreadable", $"{path}: the file cannot be read: {e.Message}", e);
        }
        return new LoadedDocument(read.Report, read.Format, read.Encoding, read.Warnings.Count, new ReadSourceLines(read.Lines));
    }

    private static string ReasonCode(ReadFailure reason) => reason switch
    {
        ReadFailure.Empty => "empty",
        ReadFailure.Binary => "binary",
        ReadFailure.CorruptDocx => "corrupt-docx",
        ReadFailure.TooLarge => "too-large",
        ReadFailure.PdfToolMissing => "pdf-tool-missing",
        ReadFailure.PdfFailed => "pdf-failed",
        ReadFailure.UnsupportedFormat => "unsupported-format",
        ReadFailure.Scanned => "scanned",
        ReadFailure.Encrypted => "encrypted",
        ReadFailure.TooComplex => "too-complex",
        _ => "unreadable",
    };
}
