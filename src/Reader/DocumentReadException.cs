using System;

namespace ComplianceGen.Reader;

/// <summary>Why a document could not be read at all (as opposed to read with warnings).</summary>
public enum ReadFailure
{
    Empty,
    Binary,
    CorruptDocx,
    TooLarge,
    PdfToolMissing,
    PdfFailed,
    UnsupportedFormat,
    Unreadable,
    /// <summary>A PDF whose pages are images, with no text layer to read.</summary>
    Scanned,
    /// <summary>A PDF that needs a password.</summary>
    Encrypted,

    /// <summary>The document is nested too deeply, or takes too long, to read safely.</summary>
    TooComplex,
}

/// <summary>
/// A typed error for input the reader cannot turn into a report. The CLI prints
/// <see cref="Exception.Message"/> as its one-line error and goes on with the batch.
/// </summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException(ReadFailure reason, string path, string message, Exception? inner = null)
        : base($"{path}: {message}", inner)
    {
        Reason = reason;
        Path = path;
    }

    public ReadFailure Reason { get; }

    public string Path { get; }
}
