using System.Collections.Generic;
using System;
using System.Globalization;
using System.IO;
using System.Linq;
using ComplianceGen.Cli.Batch;
using ComplianceGen.Cli.RuleLoading;
using ComplianceGen.Runtime;

namespace ComplianceGen.Cli.Reporting;

/// <summary>
/// Human-readable output: each document, its findings grouped by severity, each with rule id,
/// message, citation and the quoted source line with the offending words marked by carets
/// (and in colour, on a terminal); then the per-rule summary table.
/// </summary>
public sealed class ConsoleReporter : IReportWriter
{
    private const int QuoteContext = 40;
    private readonly TextWriter _out;
    private readonly Ansi _ansi;

    public ConsoleReporter(TextWriter output, bool colour)
    {
        _out = output;
        _ansi = new Ansi(colour);
    }

    public void Begin(LoadedRules rules)
    {
    }

    public void Write(DocumentOutcome outcome)
    {
        if (outcome.Error is not null)
        {
            _out.WriteLine(_ansi.Bold(outcome.Path));
            _out.WriteLine("  " + _ansi.Red("unreadable") + ": " + outcome.Error.Message);
            _out.WriteLine();
            return;
        }

        string identity = string.Join(" · ", new[]
        {
            DocumentKinds.Chinese(outcome.Kind),
            outcome.Year?.ToString(CultureInfo.InvariantCulture) + (outcome.Year is null ? "年度未识别" : "年度"),
            outcome.Unit ?? "单位未识别",
        });
        _out.WriteLine($"{_ansi.Bold(outcome.Path)}  ({identity})");
        if (outcome.NotDisclosure is not null)
            _out.WriteLine("  " + _ansi.Yellow("not a budget disclosure") + ": " + outcome.NotDisclosure + "; no rule was run");

        foreach (var failed in outcome.RuleErrors)
            _out.WriteLine("  " + _ansi.Red("rule error") + ": " + RuleErrorText.Message(failed));

        foreach (var group in outcome.Findings.GroupBy(f => f.Severity).OrderByDescending(g => g.Key))
        {
            _out.WriteLine($"  {Label(group.Key)} ({group.Count()})");
            foreach (var finding in group) WriteFinding(finding, outcome);
        }
        _out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {outcome.Findings.Count} finding(s); passed {outcome.Passed.Count}, not applicable {outcome.NotApplicable.Count}"));
        _out.WriteLine();
    }

    private void WriteFinding(Finding finding, DocumentOutcome outcome)
    {
        _out.WriteLine($"    {Colour(finding.Severity, finding.RuleId)} {finding.Rule.Title}");
        _out.WriteLine($"      {finding.Message}");
        if (!string.IsNullOrEmpty(finding.Detail)) _out.WriteLine($"      {finding.Detail}");
        _out.WriteLine($"      依据：{finding.Rule.Citation}");
        var shown = new List<Evidence>();
        foreach (var evidence in finding.Evidence)
        {
            // A piece inside one already quoted (the name within the whole classification line) adds nothing on a terminal.
            if (shown.Exists(s => Contains(s, evidence))) continue;
            shown.Add(evidence);
            outcome.QuotedLines.TryGetValue(evidence.Line, out var line);
            var span = EvidenceSpan.Locate(evidence, line).Trimmed(QuoteContext);
            string page = evidence.Page > 0 ? string.Create(CultureInfo.InvariantCulture, $"p{evidence.Page} ") : "";
            string gutter = string.Create(CultureInfo.InvariantCulture, $"      {page + evidence.Line.ToString(CultureInfo.InvariantCulture),9}:{evidence.Column,-4}| ");
            _out.WriteLine(gutter + Clean(span.Before) + _ansi.Red(Clean(span.Marked)) + Clean(span.After));
            _out.WriteLine(new string(' ', DisplayWidth.Of(gutter) + DisplayWidth.Of(Clean(span.Before)))
                + _ansi.Red(new string('^', Math.Max(1, DisplayWidth.Of(Clean(span.Marked))))));
        }
    }

    private static bool Contains(Evidence outer, Evidence inner) =>
        outer.Line == inner.Line && inner.Column >= outer.Column && inner.Column + inner.Text.Length <= outer.Column + outer.Text.Length;

    /// <summary>Tabs would break the caret alignment; control characters could drive the terminal.</summary>
    private static string Clean(string text)
    {
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++) if (char.IsControl(chars[i])) chars[i] = ' ';
        return new string(chars);
    }

    private string Label(Severity severity) => Colour(severity, SeverityText.Of(severity) + "s");

    private string Colour(Severity severity, string text) => severity switch
    {
        Severity.Error => _ansi.Red(text),
        Severity.Warning => _ansi.Yellow(text),
        _ => _ansi.Cyan(text),
    };

    public void End(BatchSummary summary) => SummaryTable.Write(_out, summary);

    public void Dispose()
    {
    }
}

/// <summary>ANSI colour that is a no-op when the output is not a terminal.</summary>
internal sealed class Ansi
{
    private readonly bool _enabled;

    public Ansi(bool enabled) => _enabled = enabled;

    public string Red(string s) => Wrap("31;1", s);

    public string Yellow(string s) => Wrap("33;1", s);

    public string Cyan(string s) => Wrap("36", s);

    public string Bold(string s) => Wrap("1", s);

    private string Wrap(string code, string s) => _enabled && s.Length > 0 ? $"\u001b[{code}m{s}\u001b[0m" : s;
}
