using System.Collections.Generic;

namespace ComplianceGen.Reader.Layout;

/// <summary>One page of a PDF: its size in points and its words in the order poppler read them.</summary>
internal sealed record PdfPage(int Number, double Width, double Height, IReadOnlyList<PdfWord> Words);
