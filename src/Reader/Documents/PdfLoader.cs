using System.Collections.Generic;
using ComplianceGen.Reader.Layout;

namespace ComplianceGen.Reader.Documents;

/// <summary>
/// Reads a PDF through its word boxes (<see cref="PdfTextLayer"/>): words become rows and cells
/// (<see cref="RowBuilder"/>), page numbers and running headers leave the text flow
/// (<see cref="PageFurniture"/>), and the rows are written as lines that keep their page and cells
/// (<see cref="LayoutRenderer"/>).
/// </summary>
public static class PdfLoader
{
    /// <summary>Fewer characters than this over the whole file means the pages are pictures of text.</summary>
    private const int MinTextCharacters = 20;

    public static SourceDocument Load(string path, ReaderOptions options)
    {
        FileLimits.CheckedLength(path, options);
        var pages = PdfTextLayer.Read(path, options);
        int characters = 0;
        foreach (var page in pages)
            foreach (var word in page.Words)
                characters += word.Text.Length;
        FileLimits.CheckTextLength(path, characters, options);
        if (characters < MinTextCharacters)
            throw new DocumentReadException(ReadFailure.Scanned, path,
                $"scanned: no text layer ({pages.Count} page(s) of images; the reader does not do OCR)");
        var rows = new List<List<VisualRow>>(pages.Count);
        foreach (var page in pages) rows.Add(RowBuilder.Build(page.Words));
        var (furniture, runningHeaders) = PageFurniture.Find(pages, rows);
        var lines = LayoutRenderer.Render(pages, rows, furniture);
        return SourceDocument.FromRendered(path, lines, runningHeaders);
    }
}
