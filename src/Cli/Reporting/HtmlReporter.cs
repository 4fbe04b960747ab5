using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ComplianceGen.Cli.Batch;
using ComplianceGen.Cli.RuleLoading;
using ComplianceGen.Runtime;
using static ComplianceGen.Cli.Reporting.HtmlText;

namespace ComplianceGen.Cli.Reporting;

/// <summary>
/// One self-contained HTML file: overall summary, a per-rule bar chart of failing documents,
/// filters by severity and rule, a per-document summary table, then each document's findings
/// with the quoted line and the offending words highlighted. The summary needs totals that are
/// only known at the end, so per-document parts are spooled to temporary files as documents
/// arrive (memory stays flat) and copied in after the summary.
/// </summary>
public sealed class HtmlReporter : IReportWriter
{
    private readonly TextWriter _out;
    private readonly Spool _rows = new();
    private readonly Spool _details = new();
    private LoadedRules? _rules;

    public HtmlReporter(TextWriter output) => _out = output;

    public void Begin(LoadedRules rules) => _rules = rules;

    public void Write(DocumentOutcome d)
    {
        var w = _details.Writer;
        string anchor = "doc-" + _rows.Count.ToString(CultureInfo.InvariantCulture);
        _rows.Count++;
        int errors = d.Findings.Count(f => f.Severity == Severity.Error);
        int warnings = d.Findings.Count(f => f.Severity == Severity.Warning);
        string status = d.Error is not null ? "<span class=\"error-doc\">unreadable</span>"
            : d.Findings.Count == 0 ? "<span class=\"ok\">no findings</span>"
            : string.Create(CultureInfo.InvariantCulture, $"{errors} error(s), {warnings} warning(s)");
        _rows.Writer.WriteLine($"<tr><td><a href=\"#{anchor}\">{E(d.Path)}</a></td><td>{E(d.Error is null ? DocumentKinds.Chinese(d.Kind) : "")}</td><td>{E(d.Year?.ToString(CultureInfo.InvariantCulture))}</td><td>{E(d.Unit)}</td><td>{status}</td><td>{d.Passed.Count}</td><td>{d.NotApplicable.Count}</td></tr>");

        w.WriteLine($"<section class=\"panel doc\" id=\"{anchor}\">");
        w.WriteLine($"<h2>{E(d.Path)}</h2>");
        if (d.Error is not null)
        {
            w.WriteLine($"<p class=\"error-doc\">Could not be read ({E(d.Error.Reason)}): {E(d.Error.Message)}</p></section>");
            return;
        }
        w.WriteLine($"<div class=\"meta\">{E(DocumentKinds.Chinese(d.Kind))} · {E(d.Year?.ToString(CultureInfo.InvariantCulture) ?? "年度未识别")} · {E(d.Unit ?? "单位未识别")} · {d.Findings.Count} finding(s), {d.Passed.Count} passed, {d.NotApplicable.Count} not applicable</div>");
        if (d.NotDisclosure is not null) w.WriteLine($"<p class=\"meta\">Not a budget disclosure: {E(d.NotDisclosure)} No rule was run.</p>");
        foreach (var failed in d.RuleErrors) w.WriteLine($"<p class=\"error-doc\">{E(RuleErrorText.Message(failed))}</p>");
        if (d.Findings.Count == 0 && d.NotDisclosure is null) w.WriteLine("<p class=\"ok\">No findings.</p>");
        foreach (var f in d.Findings)
        {
            string sev = SeverityText.Of(f.Severity);
            w.WriteLine($"<div class=\"finding {sev}\" data-severity=\"{sev}\" data-rule=\"{E(f.RuleId)}\">");
            w.WriteLine($"<div><span class=\"sev {sev}\">{sev}</span><span class=\"rule\">{E(f.RuleId)}</span><span class=\"title\">{E(f.Rule.Title)}</span></div>");
            w.WriteLine($"<div class=\"message\">{E(f.Message)}</div>");
            if (!string.IsNullOrEmpty(f.Detail)) w.WriteLine($"<div class=\"detail\">{E(f.Detail)}</div>");
            w.WriteLine($"<div class=\"citation\">依据：{E(f.Rule.Citation)}</div>");
            foreach (var e in f.Evidence)
            {
                d.QuotedLines.TryGetValue(e.Line, out var line);
                var span = EvidenceSpan.Locate(e, line);
                w.WriteLine($"<pre class=\"excerpt\"><span class=\"ln\">{(e.Page > 0 ? "p" + e.Page.ToString(CultureInfo.InvariantCulture) + " " : "")}{e.Line}:{e.Column}</span>{E(span.Before)}<mark>{E(span.Marked)}</mark>{E(span.After)}</pre>");
            }
            w.WriteLine("</div>");
        }
        w.WriteLine("</section>");
    }

    public void End(BatchSummary summary)
    {
        var o = _out;
        o.WriteLine("<!DOCTYPE html>");
        o.WriteLine("<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        o.WriteLine("<title>ComplianceGen report</title>");
        o.WriteLine("<style>" + HtmlTemplate.Style + "</style></head><body>");
        o.WriteLine($"<header><h1>ComplianceGen 合规检查报告</h1><p>compliance {E(ToolInfo.Version)} · rules: {E(_rules?.Origin)}</p></header><main>");

        o.WriteLine("<section class=\"panel\" id=\"summary\"><h2>Summary</h2><div class=\"totals\">");
        Total(o, "documents", summary.Documents);
        Total(o, "checked", summary.Checked);
        Total(o, "with findings", summary.DocumentsWithFindings);
        Total(o, "unreadable", summary.Unreadable);
        Total(o, "errors", summary.Errors);
        Total(o, "warnings", summary.Warnings);
        o.WriteLine("</div></section>");

        o.WriteLine("<section class=\"panel chart\" id=\"chart\"><h2>Documents failing each rule</h2>");
        int denominator = Math.Max(1, summary.Checked);
        foreach (var t in summary.Tallies)
        {
            decimal percent = Math.Round(100m * t.Failed / denominator, 1);
            string width = percent.ToString(CultureInfo.InvariantCulture);
            o.WriteLine($"<div class=\"row\" data-rule=\"{E(t.Rule.Id)}\"><span class=\"label\" title=\"{E(t.Rule.Title)}\">{E(t.Rule.Id)} {E(t.Rule.Title)}</span><span class=\"track\"><span class=\"bar {SeverityText.Of(t.Rule.Severity)}\" style=\"display:block;width:{width}%\"></span></span><span class=\"count\">{t.Failed} / {summary.Checked}</span></div>");
        }
        o.WriteLine("</section>");

        o.WriteLine("<section class=\"panel filters\" id=\"filters\"><strong>Filter:</strong>");
        foreach (var sev in new[] { "error", "warning", "info" })
            o.WriteLine($"<label><input type=\"checkbox\" data-filter-severity=\"{sev}\" checked> {sev}</label>");
        o.WriteLine("<label>rule <select id=\"rule-filter\"><option value=\"\">all rules</option>");
        foreach (var t in summary.Tallies) o.WriteLine($"<option value=\"{E(t.Rule.Id)}\">{E(t.Rule.Id)} {E(t.Rule.Title)}</option>");
        o.WriteLine("</select></label></section>");

        o.WriteLine("<section class=\"panel\" id=\"documents\"><h2>Documents</h2><table><thead><tr><th>document</th><th>kind</th><th>year</th><th>unit</th><th>findings</th><th>passed</th><th>n/a</th></tr></thead><tbody>");
        _rows.CopyTo(o);
        o.WriteLine("</tbody></table></section>");
        _details.CopyTo(o);
        o.WriteLine("</main><script>" + HtmlTemplate.Script + "</script></body></html>");
    }

    private static void Total(TextWriter o, string label, int value) =>
        o.WriteLine($"<div class=\"total\"><b>{value.ToString(CultureInfo.InvariantCulture)}</b>{E(label)}</div>");

    public void Dispose()
    {
        _rows.Dispose();
        _details.Dispose();
    }

    /// <summary>A temporary file that is deleted when closed.</summary>
    private sealed class Spool : IDisposable
    {
        private readonly FileStream _stream;

        public Spool()
        {
            _stream = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
            Writer = new StreamWriter(_stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        }

        public StreamWriter Writer { get; }

        public int Count { get; set; }

        public void CopyTo(TextWriter output)
        {
            Writer.Flush();
            _stream.Position = 0;
            using var reader = new StreamReader(_stream, Encoding.UTF8, false, 1 << 16, leaveOpen: true);
            var buffer = new char[1 << 15];
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0) output.Write(buffer, 0, read);
        }

        public void Dispose()
        {
            Writer.Dispose();
            _stream.Dispose();
        }
    }
}
