using System.IO;
using System.Linq;
using System.Text.Json;
using ComplianceGen.Cli.Batch;
using ComplianceGen.Cli.RuleLoading;
using ComplianceGen.Runtime;

namespace ComplianceGen.Cli.Reporting;

/// <summary>
/// The JSON contract of ARCHITECTURE.md: <c>{ tool, rules, documents: [ {path, kind, year, unit,
/// findings[ruleId, severity, title, message, citation, evidence[{line,column,text}]],
/// notApplicable[ruleId, reason], passed[ids], ruleErrors[ruleId, message], error} ], summary }</c>.
/// Every document has every key; <c>error</c> is null unless the file could not be read, and
/// <c>ruleErrors</c> lists the rules that threw on it.
/// </summary>
public sealed class JsonReporter : IReportWriter
{
    private readonly TextWriter _out;
    private bool _first = true;

    public JsonReporter(TextWriter output) => _out = output;

    public void Begin(LoadedRules rules)
    {
        _out.Write("{\n  \"tool\": ");
        JsonFragments.Write(_out, w =>
        {
            w.WriteStartObject();
            w.WriteString("name", "compliance");
            w.WriteString("version", ToolInfo.Version);
            w.WriteString("rules", rules.Origin);
            w.WriteEndObject();
        });
        _out.Write(",\n  \"documents\": [");
    }

    public void Write(DocumentOutcome outcome)
    {
        _out.Write(_first ? "\n    " : ",\n    ");
        _first = false;
        JsonFragments.Write(_out, w => WriteDocument(w, outcome), indent: 4);
    }

    public static void WriteDocument(Utf8JsonWriter w, DocumentOutcome d)
    {
        w.WriteStartObject();
        w.WriteString("path", d.Path);
        w.WriteString("kind", d.Error is null ? DocumentKinds.Code(d.Kind) : null);
        if (d.Year is { } year) w.WriteNumber("year", year); else w.WriteNull("year");
        w.WriteString("unit", d.Unit);
        w.WriteString("format", d.Format);
        w.WriteString("encoding", d.Encoding);
        w.WriteString("notDisclosure", d.NotDisclosure);
        w.WriteStartArray("findings");
        foreach (var f in d.Findings)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", f.RuleId);
            w.WriteString("severity", SeverityText.Of(f.Severity));
            w.WriteString("title", f.Rule.Title);
            w.WriteString("message", f.Message);
            w.WriteString("detail", f.Detail);
            w.WriteString("citation", f.Rule.Citation);
            w.WriteStartArray("evidence");
            foreach (var e in f.Evidence)
            {
                w.WriteStartObject();
                if (e.Page > 0) w.WriteNumber("page", e.Page); else w.WriteNull("page");
                w.WriteNumber("line", e.Line);
                w.WriteNumber("column", e.Column);
                w.WriteString("text", e.Text);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("notApplicable");
        foreach (var na in d.NotApplicable)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", na.Rule.Id);
            w.WriteString("reason", na.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("passed");
        foreach (var id in d.Passed) w.WriteStringValue(id);
        w.WriteEndArray();
        w.WriteStartArray("ruleErrors");
        foreach (var failed in d.RuleErrors)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", failed.Rule.Id);
            w.WriteString("message", RuleErrorText.Message(failed));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (d.Error is null)
        {
            w.WriteNull("error");
        }
        else
        {
            w.WriteStartObject("error");
            w.WriteString("reason", d.Error.Reason);
            w.WriteString("message", d.Error.Message);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    public void End(BatchSummary summary)
    {
        _out.Write(_first ? "],\n  \"summary\": " : "\n  ],\n  \"summary\": ");
        JsonFragments.Write(_out, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("documents", summary.Documents);
            w.WriteNumber("checked", summary.Checked);
            w.WriteNumber("unreadable", summary.Unreadable);
            w.WriteNumber("notDisclosures", summary.NotDisclosures);
            w.WriteNumber("documentsWithFindings", summary.DocumentsWithFindings);
            w.WriteNumber("errors", summary.Errors);
            w.WriteNumber("warnings", summary.Warnings);
            w.WriteNumber("infos", summary.Infos);
            w.WriteNumber("ruleErrors", summary.RuleErrors);
            w.WriteStartArray("rules");
            foreach (var t in summary.Tallies)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", t.Rule.Id);
                w.WriteNumber("failedDocuments", t.Failed);
                w.WriteNumber("passedDocuments", t.Passed);
                w.WriteNumber("notApplicableDocuments", t.NotApplicable);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
        _out.Write("\n}\n");
    }

    public void Dispose()
    {
    }
}
