namespace ComplianceGen.Reader;

/// <summary>Limits and switches for one read. The defaults keep memory bounded on hostile input.</summary>
public sealed class ReaderOptions
{
    public static ReaderOptions Default { get; } = new();

    /// <summary>Files larger than this are refused with <see cref="ReadFailure.TooLarge"/> before any byte is decoded.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>A .docx whose parts decompress to more than this in total is refused (zip bomb).</summary>
    public long MaxDecompressedBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The pdftotext executable; found on PATH when not rooted.</summary>
    public string PdfToTextCommand { get; init; } = "pdftotext";

    /// <summary>How long pdftotext may run before it is stopped.</summary>
    public int PdfTimeoutMilliseconds { get; init; } = 60_000;
}
