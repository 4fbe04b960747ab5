using System;
using System.IO;
using ComplianceGen.Reader.Decoding;

namespace ComplianceGen.Reader.Documents;

/// <summary>Reads a plain-text document: size check, encoding detection, lines.</summary>
public static class TextLoader
{
    public static SourceDocument Load(string path, ReaderOptions options)
    {
        var (buffer, length) = FileLimits.RentBounded(path, options);
        try
        {
            var decoded = TextDecoder.Decode(buffer.AsSpan(0, length), path);
            FileLimits.CheckTextLength(path, decoded.Text.Length, options);
            return SourceDocument.FromText(path, "txt", decoded.EncodingName, decoded.Text, null, decoded.Warnings);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
