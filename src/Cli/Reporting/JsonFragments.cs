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

    /// <summary>
    /// Writes one value, its lines after the first indented by <paramref name="indent"/> spaces so
    /// that the streamed document reads as if written in one go (string values never hold a raw
    /// newline: the encoder escapes it, so only structural lines are shifted).
    /// </summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write, int indent = 2)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, Options)) write(writer);
        string text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        output.Write(indent == 0 ? text : text.Replace("\n", "\n" + new string(' ', indent)));
    }
}
