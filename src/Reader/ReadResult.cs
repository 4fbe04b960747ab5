using System.Collections.Generic;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader;

/// <summary>What one read produced: the report, the encoding that was used, and the warnings.</summary>
public sealed class ReadResult
{
    public ReadResult(DisclosureReport report, string encoding, string format, IReadOnlyList<ReaderWarning> warnings, IReadOnlyList<string>? lines = null, IReadOnlyList<int>? linePages = null)
    {
        Report = report;
        Encoding = encoding;
        Format = format;
        Warnings = warnings;
        Lines = lines ?? System.Array.Empty<string>();
        LinePages = linePages ?? System.Array.Empty<int>();
    }

    /// <summary>The page each of <see cref="Lines"/> is printed on (1-based; 0 when the format has no pages).</summary>
    public IReadOnlyList<int> LinePages { get; }

    /// <summary>
    /// The document's lines as decoded (for .docx and .pdf, as rendered), 1-based line n at
    /// index n − 1: the lines evidence line numbers refer to, for quoting them in reports.
    /// </summary>
    public IReadOnlyList<string> Lines { get; }

    public DisclosureReport Report { get; }

    /// <summary>"utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030", "mixed(utf-8+gb18030)", "docx", "pdftotext".</summary>
    public string Encoding { get; }

    /// <summary>"txt", "docx" or "pdf".</summary>
    public string Format { get; }

    public IReadOnlyList<ReaderWarning> Warnings { get; }
}
