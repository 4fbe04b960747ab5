using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ComplianceGen.Cli.Reporting;

/// <summary>
/// Writes one JSON value at a time to a text writer, so a streaming report can emit each
/// document as it arrives. Chinese text is kept readable (not \u-escaped).
/// </summary>
internal static class JsonFragments
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, Options)) write(writer);
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
