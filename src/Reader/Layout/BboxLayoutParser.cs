using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Xml;

namespace ComplianceGen.Reader.Layout;

/// <summary>
/// Reads the XHTML that <c>pdftotext -bbox-layout</c> writes: <c>&lt;page width height&gt;</c> elements
/// holding <c>&lt;word xMin yMin xMax yMax&gt;</c> elements (inside flow/block/line, which are ignored:
/// rows and cells are rebuilt from the word boxes, because poppler's blocks cut tables into columns).
/// The document type declaration is ignored and nothing external is ever resolved.
/// </summary>
internal static class BboxLayoutParser
{
    public static List<PdfPage> Parse(Stream xhtml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        };
        var pages = new List<PdfPage>();
        List<PdfWord>? words = null;
        double width = 0, height = 0;
        // Decoded leniently: poppler copies the document's metadata into <title> byte for byte, and a
        // title in a legacy encoding is not UTF-8. Bad bytes become U+FFFD and control characters spaces.
        using var decoded = new XmlSafeTextReader(new StreamReader(xhtml, new System.Text.UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: false));
        using var reader = XmlReader.Create(decoded, settings);
        // ReadElementContentAsString leaves the reader on the node after the word, so the loop must not Read past it.
        bool positioned = false;
        while (positioned || reader.Read())
        {
            positioned = false;
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "page")
            {
                Close();
                words = new List<PdfWord>();
                width = Number(reader, "width");
                height = Number(reader, "height");
                if (reader.IsEmptyElement) Close();
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "page")
            {
                Close();
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "word" && words is not null)
            {
                double x0 = Number(reader, "xMin"), y0 = Number(reader, "yMin"), x1 = Number(reader, "xMax"), y1 = Number(reader, "yMax");
                string text = reader.ReadElementContentAsString();
                positioned = true;
                if (text.Length > 0 && x1 >= x0 && y1 > y0) words.Add(new PdfWord(x0, y0, x1, y1, text));
            }
        }
        Close();
        return pages;

        void Close()
        {
            if (words is null) return;
            pages.Add(new PdfPage(pages.Count + 1, width, height, words));
            words = null;
        }
    }

    private static double Number(XmlReader reader, string attribute) =>
        double.TryParse(reader.GetAttribute(attribute), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : 0;
}
