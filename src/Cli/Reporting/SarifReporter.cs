using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ComplianceGen.Cli.Batch;
using ComplianceGen.Cli.RuleLoading;
using ComplianceGen.Runtime;

namespace ComplianceGen.Cli.Reporting;

/// <summary>
/// SARIF 2.1.0: one run; the driver lists every rule with name, short description, help (with
/// the citation) and default level; each finding is a result whose locations point at the
/// document (an artifact) with a region (startLine, startColumn, snippet). Results stream as
/// documents arrive; artifacts and the notifications for unreadable files follow them.
/// </summary>
public sealed class SarifReporter : IReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    private readonly TextWriter _out;
    private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.Ordinal);
    private readonly List<(string Uri, DocumentOutcome Outcome)> _artifacts = new();
    private bool _firstResult = true;

    public SarifReporter(TextWriter output) => _out = output;

    public void Begin(LoadedRules rules)
    {
        var descriptors = rules.Rules.Select(r => r.Descriptor).GroupBy(d => d.Id, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        _out.Write("{\n  \"$schema\": \"" + SchemaUri + "\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n      \"tool\": ");
        JsonFragments.Write(_out, w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("driver");
            w.WriteString("name", "compliance");
            w.WriteString("fullName", "ComplianceGen compliance checker");
            w.WriteString("version", ToolInfo.Version);
            w.WriteString("semanticVersion", ToolInfo.Version);
            w.WriteStartArray("rules");
            for (int i = 0; i < descriptors.Count; i++)
            {
                var d = descriptors[i];
                _ruleIndex[d.Id] = i;
                w.WriteStartObject();
                w.WriteString("id", d.Id);
                w.WriteString("name", RuleName(d));
                w.WriteStartObject("shortDescription");
                w.WriteString("text", d.Title);
                w.WriteEndObject();
                w.WriteStartObject("fullDescription");
                w.WriteString("text", d.RuleSetTitle + "：" + d.Title);
                w.WriteEndObject();
                w.WriteStartObject("help");
                w.WriteString("text", $"{d.Title}\n依据：{d.Citation}\n{d.Requirement}");
                w.WriteEndObject();
                w.WriteStartObject("defaultConfiguration");
                w.WriteString("level", SeverityText.SarifLevel(d.Severity));
                w.WriteEndObject();
                w.WriteStartObject("properties");
                w.WriteString("citation", d.Citation);
                w.WriteString("ruleSet", d.RuleSet);
                w.WriteString("source", RuleSourcePath.Display(d.SourceFile));
                w.WriteStartArray("kinds");
                foreach (var k in d.Kinds) w.WriteStringValue(DocumentKinds.Code(k));
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }, indent: 6);
        _out.Write(",\n      \"columnKind\": \"utf16CodeUnits\",\n      \"results\": [");
    }

    /// <summary>SARIF's rule name is an identifier-like string; derive it from the id.</summary>
    private static string RuleName(RuleDescriptor d) => new string(d.Id.Where(char.IsLetterOrDigit).ToArray());

    public void Write(DocumentOutcome outcome)
    {
        int artifactIndex = _artifacts.Count;
        string uri = ArtifactUri(outcome.Path);
        // Only small metadata is kept per document (no findings, no text).
        _artifacts.Add((uri, new DocumentOutcome
        {
            Path = outcome.Path, Kind = outcome.Kind, Year = outcome.Year, Unit = outcome.Unit, Format = outcome.Format,
            Encoding = outcome.Encoding, Error = outcome.Error, RuleErrors = outcome.RuleErrors, NotDisclosure = outcome.NotDisclosure,
        }));
        foreach (var finding in outcome.Findings)
        {
            _out.Write(_firstResult ? "\n        " : ",\n        ");
            _firstResult = false;
            JsonFragments.Write(_out, w => WriteResult(w, finding, outcome, uri, artifactIndex), indent: 8);
        }
    }

    private void WriteResult(Utf8JsonWriter w, Finding finding, DocumentOutcome outcome, string uri, int artifactIndex)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", finding.RuleId);
        if (_ruleIndex.TryGetValue(finding.RuleId, out int index)) w.WriteNumber("ruleIndex", index);
        w.WriteString("level", SeverityText.SarifLevel(finding.Severity));
        w.WriteStartObject("message");
        w.WriteString("text", finding.Detail is null ? finding.Message : finding.Message + "（" + finding.Detail + "）");
        w.WriteEndObject();
        w.WriteStartArray("locations");
        var evidence = finding.Evidence.Where(e => e.Line >= 1).ToList();
        if (evidence.Count == 0)
        {
            WriteLocation(w, uri, artifactIndex, null, null);
        }
        foreach (var e in evidence)
        {
            outcome.QuotedLines.TryGetValue(e.Line, out var line);
            WriteLocation(w, uri, artifactIndex, e, line);
        }
        w.WriteEndArray();
        w.WriteStartObject("properties");
        w.WriteString("citation", finding.Rule.Citation);
        w.WriteString("title", finding.Rule.Title);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter w, string uri, int artifactIndex, Evidence? e, string? line)
    {
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", uri);
        w.WriteNumber("index", artifactIndex);
        w.WriteEndObject();
        if (e is not null)
        {
            w.WriteStartObject("region");
            w.WriteNumber("startLine", e.Line);
            w.WriteNumber("startColumn", Math.Max(1, e.Column));
            if (e.Text.Length > 0 && e.Text.IndexOf('\n') < 0) w.WriteNumber("endColumn", Math.Max(1, e.Column) + e.Text.Length);
            w.WriteStartObject("snippet");
            w.WriteString("text", e.Text);
            w.WriteEndObject();
            // SARIF regions have no page; a PDF's page goes in the region's property bag.
            if (e.Page > 0)
            {
                w.WriteStartObject("properties");
                w.WriteNumber("page", e.Page);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            if (line is not null)
            {
                w.WriteStartObject("contextRegion");
                w.WriteNumber("startLine", e.Line);
                w.WriteStartObject("snippet");
                w.WriteString("text", line);
                w.WriteEndObject();
                w.WriteEndObject();
            }
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>A relative URI reference with each path segment escaped (spaces, CJK, #, %).</summary>
    public static string ArtifactUri(string path)
    {
        var segments = path.Replace('\\', '/').Split('/');
        return string.Join("/", segments.Select(s => s.Length == 0 ? s : Uri.EscapeDataString(s)));
    }

    public void End(BatchSummary summary)
    {
        _out.Write(_firstResult ? "],\n      \"artifacts\": " : "\n      ],\n      \"artifacts\": ");
        JsonFragments.Write(_out, w =>
        {
            w.WriteStartArray();
            foreach (var (uri, d) in _artifacts)
            {
                w.WriteStartObject();
                w.WriteStartObject("location");
                w.WriteString("uri", uri);
                w.WriteEndObject();
                if (d.Format is not null) w.WriteString("mimeType", d.Format switch { "pdf" => "application/pdf", "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document", _ => "text/plain" });
                w.WriteStartObject("properties");
                w.WriteString("kind", d.Error is null ? DocumentKinds.Code(d.Kind) : null);
                if (d.Year is { } y) w.WriteNumber("year", y); else w.WriteNull("year");
                w.WriteString("unit", d.Unit);
                w.WriteString("notDisclosure", d.NotDisclosure);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }, indent: 6);
        _out.Write(",\n      \"invocations\": ");
        JsonFragments.Write(_out, w =>
        {
            w.WriteStartArray();
            w.WriteStartObject();
            w.WriteBoolean("executionSuccessful", summary.Unreadable == 0 && summary.RuleErrors == 0);
            w.WriteStartArray("toolExecutionNotifications");
            for (int i = 0; i < _artifacts.Count; i++)
            {
                var (uri, d) = _artifacts[i];
                if (d.Error is not null) WriteNotification(w, d.Error.Message, uri, i, d.Error.Reason, ruleId: null);
                foreach (var failed in d.RuleErrors) WriteNotification(w, RuleErrorText.Message(failed), uri, i, "rule-error", failed.Rule.Id);
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
        }, indent: 6);
        _out.Write("\n    }\n  ]\n}\n");
    }

    /// <summary>An error notification about one document: unreadable, or a rule that threw on it (then <c>associatedRule</c> names the rule).</summary>
    private static void WriteNotification(Utf8JsonWriter w, string message, string uri, int index, string reason, string? ruleId)
    {
        w.WriteStartObject();
        w.WriteString("level", "error");
        w.WriteStartObject("message");
        w.WriteString("text", message);
        w.WriteEndObject();
        if (ruleId is not null)
        {
            w.WriteStartObject("associatedRule");
            w.WriteString("id", ruleId);
            w.WriteEndObject();
        }
        w.WriteStartArray("locations");
        WriteLocation(w, uri, index, null, null);
        w.WriteEndArray();
        w.WriteStartObject("properties");
        w.WriteString("reason", reason);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public void Dispose()
    {
    }
}
