using System.IO;
using ComplianceGen.Reader.Decoding;

namespace ComplianceGen.Reader.Documents;

/// <summary>Reads a plain-text document: size check, encoding detection, lines.</summary>
public static class TextLoader
{
    public static SourceDocument Load(string path, ReaderOptions options)
    {
        byte[] bytes = FileLimits.ReadAllBytesBounded(path, options);
        var decoded = TextDecoder.Decode(bytes, path);
        return SourceDocument.FromText(path, "txt", decoded.EncodingName, decoded.Text, null, decoded.Warnings);
    }
}
