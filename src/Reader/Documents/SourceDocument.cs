using System.Collections.Generic;
using ComplianceGen.Reader.Extraction;
using ComplianceGen.Reader.Normalization;

using System.Text.RegularExpressions;

namespace ComplianceGen.Reader.Documents;

/// <summary>
/// A document as lines of text, whatever it was read from. A .docx is rendered into the same
/// shape the seeds have (one paragraph a line; table rows as tab-led cells, one a line, with
/// a blank line between rows), so one structure stage serves all formats; <see cref="HeadingLevels"/>
/// carries heading levels the .docx styles declared.
/// </summary>
public sealed partial class SourceDocument
{
    public SourceDocument(string path, string format, string encoding, IReadOnlyList<SourceLine> lines,
        IReadOnlyDictionary<int, int> headingLevels, List<ReaderWarning> warnings)
    {
        Path = path;
        Format = format;
        Encoding = encoding;
        Lines = lines;
        HeadingLevels = headingLevels;
        Warnings = warnings;
    }

    public string Path { get; }

    public string Format { get; }

    public string Encoding { get; }

    /// <summary>Index i holds line number i+1.</summary>
    public IReadOnlyList<SourceLine> Lines { get; }

    /// <summary>Line number → heading level from a .docx style (Heading 1 → 1).</summary>
    public IReadOnlyDictionary<int, int> HeadingLevels { get; }

    public List<ReaderWarning> Warnings { get; }

    public static SourceDocument FromText(string path, string format, string encoding, string text,
        IReadOnlyDictionary<int, int>? headingLevels = null, IEnumerable<ReaderWarning>? warnings = null)
    {
        // One line a line feed, and one more: the list is made at its size, not grown by copies of itself.
        var lines = new List<SourceLine>(System.MemoryExtensions.Count(System.MemoryExtensions.AsSpan(text), '\n') + 1);
        int number = 0, start = 0, content = 0;
        // Text that marks page breaks with form feeds (pdftotext output) has pages: count them.
        bool paged = text.IndexOf('\f') >= 0;
        int page = paged ? 1 : 0;
        bool traditional = TraditionalChinese.IsTraditional(text);
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            string raw = text.Substring(start, end - start);
            if (raw.EndsWith('\r')) raw = raw.Substring(0, raw.Length - 1);
            int breaks = 0;
            while (breaks < raw.Length && raw[breaks] == '\f') breaks++;
            page += breaks;
            // A lone page number at a page break ("- 3 -" before or after the form feed) is furniture, not text.
            // The pattern's guard goes first: most lines cannot be a page number, and are not followed to the next text.
            if (paged && PageNumberLine.MayMatch(raw) && (breaks > 0 || NextStartsPage(text, end)) && PageNumberLine.Regex.IsMatch(raw)) raw = "";
            // A converter's marks are not the document's text: its notes at the top ("# SOURCE: …", mostly ASCII, before
            // any content) and its page markers ("=== page 3 ===", which give the page).
            if (content == 0 && ConverterNote(raw)) raw = "";
            else if (PageMarker.Match(raw) is { Success: true } marker)
            {
                page = int.Parse(marker.Groups[1].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
                raw = "";
            }
            if (!WhiteSpace.IsBlank(raw)) content++;
            lines.Add(LineNormalizer.Normalize(++number, raw, page, traditional: traditional));
            if (end == text.Length) break;
            start = end + 1;
        }
        var runningHeaders = paged ? TextPageFurniture.Remove(lines) : (IReadOnlyList<string>)System.Array.Empty<string>();
        // The unit is read from the running headers too: in the characters the text is read in.
        if (traditional) runningHeaders = TraditionalChinese.Simplified(runningHeaders);
        var noted = new List<ReaderWarning>(warnings ?? System.Array.Empty<ReaderWarning>());
        if (traditional) noted.Add(TraditionalRead);
        return new SourceDocument(path, format, encoding, lines, headingLevels ?? new Dictionary<int, int>(), noted)
        {
            RunningHeaders = runningHeaders,
            ReadFromTraditional = traditional,
        };
    }

    // A converter's page marker starts with "===": other lines are not tried.
    private static readonly GuardedRegex PageMarker = new(PageMarkerPattern, "=", leading: true);
    [GeneratedRegex(@"^\s*={3}\s*page\s+(\d{1,4})\s*={3}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageMarkerPattern { get; }

    private static bool ConverterNote(string raw)
    {
        if (!raw.StartsWith("# ", System.StringComparison.Ordinal)) return false;
        int ascii = 0;
        foreach (char c in raw) if (c < 128) ascii++;
        return ascii * 2 > raw.Length;
    }

    // A lone page number starts with a dash, a digit or 第: the text's other lines are not tried.
    private static readonly GuardedRegex PageNumberLine = new(PageNumberLinePattern, "-–—－─第" + GuardedRegex.Digits, leading: true);
    [GeneratedRegex(@"^\f*\s*(?:[-–—－─]\s*\d{1,4}\s*[-–—－─]|\d{1,4}|第\s*\d{1,4}\s*页(?:\s*共\s*\d{1,4}\s*页)?)\s*$")]
    private static partial Regex PageNumberLinePattern { get; }

    /// <summary>Whether the lines after position <paramref name="end"/> reach a form feed before any text.</summary>
    private static bool NextStartsPage(string text, int end)
    {
        for (int k = end + 1; k < text.Length; k++)
        {
            char c = text[k];
            if (c == '\f') return true;
            if (!WhiteSpace.Is(c)) return false;
        }
        return false;
    }

    /// <summary>A PDF's pages rendered from word boxes: every line knows its page and its cells.</summary>
    internal static SourceDocument FromRendered(string path, IReadOnlyList<Layout.RenderedLine> rendered, IReadOnlyList<string> runningHeaders)
    {
        var lines = new List<SourceLine>(rendered.Count);
        bool traditional = TraditionalChinese.IsTraditional(System.Linq.Enumerable.Select(rendered, r => r.Text));
        for (int i = 0; i < rendered.Count; i++)
            lines.Add(LineNormalizer.Normalize(i + 1, rendered[i].Text, rendered[i].Page, rendered[i].Cells, traditional));
        return new SourceDocument(path, "pdf", "pdf", lines, new Dictionary<int, int>(), traditional ? [TraditionalRead] : new List<ReaderWarning>())
        {
            RunningHeaders = traditional ? TraditionalChinese.Simplified(runningHeaders) : runningHeaders,
            ReadFromTraditional = traditional,
        };
    }

    /// <summary>A document in traditional characters is read in simplified ones; its evidence quotes the lines as printed.</summary>
    private static readonly ReaderWarning TraditionalRead = new("R0104", "written in traditional characters: read in simplified ones, character for character; evidence quotes the lines as printed");

    /// <summary>The documents a web page links to (name and file), for telling a page that only links to the disclosure from the disclosure.</summary>
    public IReadOnlyList<string> LinkedDocuments { get; private init; } = System.Array.Empty<string>();

    internal SourceDocument WithLinkedDocuments(IReadOnlyList<string> links) =>
        new(Path, Format, Encoding, Lines, HeadingLevels, Warnings) { LinkedDocuments = links, RunningHeaders = RunningHeaders, ReadFromTraditional = ReadFromTraditional };

    /// <summary>Whether the document is written in traditional characters and was read in simplified ones (warning R0104).</summary>
    public bool ReadFromTraditional { get; private init; }

    /// <summary>Running headers and footers taken out of the text flow (the unit and year are often printed there).</summary>
    public IReadOnlyList<string> RunningHeaders { get; private init; } = System.Array.Empty<string>();
}
