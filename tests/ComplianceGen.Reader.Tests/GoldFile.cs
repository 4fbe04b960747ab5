using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ComplianceGen.Reader.Output;

namespace ComplianceGen.Reader.Tests;

/// <summary>A hand-checked expected-facts file: fact type → list of {key, value, line}.</summary>
internal sealed record GoldFact(string Type, string Key, string Value, int Line);

internal static class GoldFile
{
    public static List<GoldFact> Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path, Encoding.UTF8));
        var facts = new List<GoldFact>();
        foreach (var type in doc.RootElement.GetProperty("facts").EnumerateObject())
            foreach (var f in type.Value.EnumerateArray())
                facts.Add(new GoldFact(type.Name, f.GetProperty("key").GetString() ?? "", f.GetProperty("value").GetString() ?? "", f.GetProperty("line").GetInt32()));
        return facts;
    }

    /// <summary>Writes the reader's facts in gold format: the starting point a person then checks against the document.</summary>
    public static string Draft(string source, IEnumerable<FlatFact> facts)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("source", source);
            w.WriteStartObject("facts");
            foreach (var group in facts.GroupBy(f => f.Type))
            {
                w.WriteStartArray(group.Key);
                foreach (var f in group)
                {
                    w.WriteStartObject();
                    w.WriteString("key", f.Key);
                    w.WriteString("value", f.Value);
                    w.WriteNumber("line", f.Evidence?.Line ?? 0);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
