using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using System.Xml;

namespace ComplianceGen.Reader.Documents;

/// <summary>
/// Reads a .docx through DocumentFormat.OpenXml. Before OpenXml sees the package, every zip
/// entry is decompressed through a counter, so a zip bomb (or a lying size header) is
/// refused once the total passes <see cref="ReaderOptions.MaxDecompressedBytes"/>.
/// </summary>
public static class DocxLoader
{
    public static SourceDocument Load(string path, ReaderOptions options)
    {
        var clock = Stopwatch.StartNew();
        byte[] bytes = FileLimits.ReadAllBytesBounded(path, options);
        CheckZip(bytes, path, options);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new DocumentReadException(ReadFailure.CorruptDocx, path, "the .docx has no document body");
            var text = new StringBuilder();
            var headingLevels = new Dictionary<int, int>();
            int line = 0;
            void AppendLine(string s)
            {
                text.Append(s).Append('\n');
                line++;
                // Checked as the text grows: a cell merged across columns is written once for each (MergedCells).
                if (text.Length > options.MaxTextCharacters) FileLimits.CheckTextLength(path, text.Length, options);
            }
            foreach (var element in body.ChildElements)
            {
                CheckTime(clock, path, options);
                if (element is Paragraph paragraph)
                {
                    AppendLine(ParagraphText(paragraph));
                    int? level = HeadingLevel(paragraph);
                    if (level is not null) headingLevels[line] = level.Value;
                }
                else if (element is Table table)
                {
                    // Rendered as the seeds' flattened tables: a tab-led cell a line, a blank line after each row, cells
                    // merged across columns (gridSpan) laid out on the grid. A cell merged down (vMerge) is in every row it
                    // covers already, empty below its first.
                    AppendLine("");
                    var grid = new MergedCells();
                    var cells = new List<SourceCell>();
                    foreach (var row in table.Elements<TableRow>())
                    {
                        CheckTime(clock, path, options);
                        cells.Clear();
                        foreach (var cell in row.Elements<TableCell>())
                            cells.Add(new SourceCell(string.Join(" ", cell.Elements<Paragraph>().Select(ParagraphText)).Replace('\t', ' '),
                                cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1));
                        int skipped = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
                        foreach (string written in grid.Row(cells, skipped)) AppendLine("\t" + written);
                        AppendLine("");
                    }
                }
            }
            FileLimits.CheckTextLength(path, text.Length, options);
            return SourceDocument.FromText(path, "docx", "docx", text.ToString(), headingLevels);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or InvalidOperationException or System.Xml.XmlException or ArgumentException)
        {
            throw new DocumentReadException(ReadFailure.CorruptDocx, path, "the .docx is corrupt or truncated: " + e.Message, e);
        }
    }

    /// <summary>A document that takes longer than its budget to read is refused, so one file cannot hold up a batch.</summary>
    private static void CheckTime(Stopwatch clock, string path, ReaderOptions options)
    {
        if (clock.ElapsedMilliseconds > options.DocxTimeBudgetMilliseconds)
            throw new DocumentReadException(ReadFailure.TooComplex, path,
                $"reading the .docx took over {options.DocxTimeBudgetMilliseconds / 1000} s; refused as too complex");
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text t: sb.Append(t.Text); break;
                case TabChar: sb.Append(' '); break;
                case Break: sb.Append(' '); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Heading 1..9 by style id ("Heading2", or Word's Chinese template ids "1", "2") or outline level.</summary>
    private static int? HeadingLevel(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        string? style = properties?.ParagraphStyleId?.Val?.Value;
        if (style is not null)
        {
            string digits = style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) ? style.Substring(7) : style;
            if (int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int level) && level >= 1 && level <= 9)
                return level;
        }
        var outline = properties?.OutlineLevel?.Val?.Value;
        return outline is not null && outline.Value < 9 ? outline.Value + 1 : null;
    }

    /// <summary>
    /// Reads every entry once, before OpenXml sees the package: the bytes through a counter (a zip
    /// bomb, or a lying size header, is refused once the total passes the limit), and the XML parts
    /// through a streaming reader that measures how deeply they nest, so OpenXml is never handed a
    /// part deep enough to overflow its stack. A part that is not well-formed is only counted:
    /// whether it matters is for OpenXml to say.
    /// </summary>
    private static void CheckZip(byte[] bytes, string path, ReaderOptions options)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in archive.Entries)
            {
                if (entry.Length > options.MaxDecompressedBytes || total + entry.Length > options.MaxDecompressedBytes)
                    throw TooLarge(path, entry.FullName, options);
                using var stream = new CountingStream(entry.Open(), total, options.MaxDecompressedBytes, () => TooLarge(path, entry.FullName, options));
                if (IsXml(entry.FullName)) CheckDepth(stream, path, entry.FullName, options);
                while (stream.Read(buffer, 0, buffer.Length) > 0)
                {
                }
                total = stream.Total;
            }
            if (archive.GetEntry("word/document.xml") is null)
                throw archive.GetEntry("xl/workbook.xml") is not null
                    // Tables published as a spreadsheet beside the explanation: a zip, as a .docx is, but no document to read.
                    ? new DocumentReadException(ReadFailure.UnsupportedFormat, path, "a spreadsheet (.xlsx) is not supported; the reader reads .pdf, .docx, .html and .txt")
                    : new DocumentReadException(ReadFailure.CorruptDocx, path, "not a Word document (no word/document.xml)");
        }
        catch (InvalidDataException e)
        {
            throw new DocumentReadException(ReadFailure.CorruptDocx, path, "the .docx is not a valid zip package: " + e.Message, e);
        }
    }

    private static bool IsXml(string entry) =>
        entry.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static void CheckDepth(Stream stream, string path, string entry, ReaderOptions options)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false };
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                if (reader.Depth > options.MaxXmlDepth)
                    throw new DocumentReadException(ReadFailure.TooComplex, path,
                        $"the .docx nests elements more than {options.MaxXmlDepth} levels deep (in {entry}); refused, as reading it could overflow the stack");
            }
        }
        catch (XmlException)
        {
            // Not well-formed (or a DTD): the rest of the entry is still counted by the caller.
        }
    }

    private static DocumentReadException TooLarge(string path, string entry, ReaderOptions options) =>
        new(ReadFailure.TooLarge, path,
            $"the .docx expands past {options.MaxDecompressedBytes / (1024 * 1024)} MB (entry {entry}); refused as a possible zip bomb");
}
