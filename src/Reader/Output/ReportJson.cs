using System;
using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Output;

/// <summary>
/// Writes the whole report model as JSON: every fact as {value, unit, decimals, evidence{line,
/// column, text}}, decimals as JSON numbers, enums as strings. It walks the model's public
/// properties, so a member added to the model appears in the dump without a change here.
/// </summary>
public static class ReportJson
{
    public static void Write(DisclosureReport report, ReadResult? info, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("path", report.SourcePath);
        writer.WriteString("kind", DocumentKinds.Code(report.Kind));
        if (report.Year is null) writer.WriteNull("year"); else writer.WriteNumber("year", report.Year.Value);
        writer.WriteString("unit", report.UnitName?.Value);
        if (info is not null)
        {
            writer.WriteString("format", info.Format);
            writer.WriteString("encoding", info.Encoding);
            writer.WriteStartArray("readerWarnings");
            foreach (var w in info.Warnings)
            {
                writer.WriteStartObject();
                writer.WriteString("code", w.Code);
                writer.WriteString("message", w.Message);
                writer.WriteNumber("line", w.Line);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        writer.WritePropertyName("report");
        WriteObject(writer, report, 0);
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, int depth)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case Amount a:
                writer.WriteStartObject();
                writer.WriteNumber("value", a.Value);
                writer.WriteString("unit", AmountUnits.Symbol(a.Unit));
                writer.WriteNumber("decimals", a.Decimals);
                WriteEvidence(writer, a.Evidence);
                writer.WriteEndObject();
                break;
            case Share s:
                writer.WriteStartObject();
                writer.WriteNumber("value", s.Percent);
                writer.WriteString("unit", "%");
                writer.WriteNumber("decimals", s.Decimals);
                WriteEvidence(writer, s.Evidence);
                writer.WriteEndObject();
                break;
            case TextFact t: Simple(writer, w => w.WriteString("value", t.Value), t.Evidence); break;
            case CodeFact c: Simple(writer, w => { w.WriteString("value", c.Value); w.WriteString("level", ClassificationLevels.Chinese(c.Level)); }, c.Evidence); break;
            case CountFact n: Simple(writer, w => w.WriteNumber("value", n.Value), n.Evidence); break;
            case Evidence e: WriteEvidenceObject(writer, e); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case decimal d: writer.WriteNumberValue(d); break;
            case Enum e: writer.WriteStringValue(e.ToString()); break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) WriteValue(writer, item, depth + 1);
                writer.WriteEndArray();
                break;
            default: WriteObject(writer, value, depth + 1); break;
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, object value, int depth)
    {
        writer.WriteStartObject();
        if (depth < 8)
        {
            foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0) continue;
                writer.WritePropertyName(char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1));
                WriteValue(writer, property.GetValue(value), depth);
            }
        }
        writer.WriteEndObject();
    }

    private static void Simple(Utf8JsonWriter writer, Action<Utf8JsonWriter> body, Evidence? evidence)
    {
        writer.WriteStartObject();
        body(writer);
        WriteEvidence(writer, evidence);
        writer.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter writer, Evidence? evidence)
    {
        writer.WritePropertyName("evidence");
        if (evidence is null) writer.WriteNullValue();
        else WriteEvidenceObject(writer, evidence);
    }

    private static void WriteEvidenceObject(Utf8JsonWriter writer, Evidence e)
    {
        writer.WriteStartObject();
        writer.WriteNumber("line", e.Line);
        writer.WriteNumber("column", e.Column);
        writer.WriteString("text", e.Text);
        writer.WriteEndObject();
    }

    internal static string Invariant(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
