using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ComplianceGen.Cli.Documents;

/// <summary>
/// Quotes lines of a text document by decoding it again with the encoding the reader reported,
/// and only when a finding asks, so a batch never keeps document text it does not print.
/// Lines of .docx and .pdf input are not quoted (the reader renders them in memory only);
/// their findings show the evidence text alone.
/// </summary>
internal sealed class DecodedSourceLines : ISourceLines
{
    private static readonly Encoding Gb18030 = CreateGb18030();
    private readonly string _path;
    private readonly string _format;
    private readonly string _encoding;

    public DecodedSourceLines(string path, string format, string encoding)
    {
        _path = path;
        _format = format;
        _encoding = encoding;
    }

    public IReadOnlyDictionary<int, string> Get(IEnumerable<int> lineNumbers)
    {
        var wanted = new HashSet<int>(lineNumbers);
        var lines = new Dictionary<int, string>();
        if (wanted.Count == 0 || _format != "txt") return lines;
        Encoding? encoding = _encoding switch
        {
            "utf-8" or "utf-8-bom" => new UTF8Encoding(false),
            "utf-16le" => Encoding.Unicode,
            "utf-16be" => Encoding.BigEndianUnicode,
            "gb18030" => Gb18030,
            _ => null, // mixed encodings: quoting a mis-decoded line would mislead
        };
        if (encoding is null) return lines;
        try
        {
            using var reader = new StreamReader(_path, encoding, detectEncodingFromByteOrderMarks: true);
            int number = 0;
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (wanted.Contains(++number)) lines[number] = line;
                if (lines.Count == wanted.Count) break;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The document was readable a moment ago; without the line the finding still has its evidence text.
        }
        return lines;
    }

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
