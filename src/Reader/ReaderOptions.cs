namespace ComplianceGen.Reader;

/// <summary>Limits and switches for one read. The defaults keep memory bounded on hostile input.</summary>
public sealed class ReaderOptions
{
    public static ReaderOptions Default { get; } = new();

    /// <summary>Files larger than this are refused with <see cref="ReadFailure.TooLarge"/> before any byte is decoded.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// A document whose text, as read from any format, has more characters than this is refused with
    /// <see cref="ReadFailure.TooLarge"/> before its lines are made. The longest disclosure in the corpus is about 250,000
    /// characters; a text file at the 64 MiB size limit holds about 45 million, and reading it took 22 s and 2 GB, the
    /// most one input may take: this keeps a hostile or mistaken input well inside both.
    /// </summary>
    public int MaxTextCharacters { get; init; } = 16_000_000;

    /// <summary>A .docx whose parts decompress to more than this in total is refused (zip bomb).</summary>
    public long MaxDecompressedBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// How deeply the XML parts of a .docx may nest elements. The OpenXml SDK reads elements
    /// recursively; a 2 KB file nesting 20,000 elements would overflow the stack inside it, which no
    /// catch can stop. Word documents nest a few dozen levels (tables in tables included).
    /// </summary>
    public int MaxXmlDepth { get; init; } = 256;

    /// <summary>How long reading one .docx body may take before the document is refused as too complex.</summary>
    public int DocxTimeBudgetMilliseconds { get; init; } = 20_000;

    /// <summary>The pdftotext executable; found on PATH when not rooted.</summary>
    public string PdfToTextCommand { get; init; } = "pdftotext";

    /// <summary>How long pdftotext may run before it is stopped.</summary>
    /// <remarks>
    /// 20 s, as a .docx's budget: no input may take more than 30 s, and pdftotext reads the corpus's largest PDF (1 MB,
    /// 100-odd pages) in 0.6 s.
    /// </remarks>
    public int PdfTimeoutMilliseconds { get; init; } = 20_000;
}
