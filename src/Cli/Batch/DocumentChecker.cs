using System;
using System.Collections.Generic;
using System.Linq;
using ComplianceGen.Cli.Documents;
using ComplianceGen.Runtime;

namespace ComplianceGen.Cli.Batch;

/// <summary>Reads one document and runs the rules over it; never throws, so one bad file cannot stop a batch.</summary>
public sealed class DocumentChecker
{
    private readonly IDocumentSource _source;
    private readonly IReadOnlyList<RuleValidator> _rules;
    private readonly ValidationContext _context;

    public DocumentChecker(IDocumentSource source, IReadOnlyList<RuleValidator> rules, ValidationContext context)
    {
        _source = source;
        _rules = rules;
        _context = context;
    }

    public DocumentOutcome Check(string path)
    {
        LoadedDocument document;
        try
        {
            document = _source.Load(path);
        }
        catch (DocumentUnreadable e)
        {
            return Failed(path, e.Reason, e.Message);
        }
        catch (Exception e)
        {
            // A reader bug on odd input is still one file's problem, not the batch's.
            return Failed(path, "reader-error", $"{path}: the reader failed: {e.GetType().Name}: {e.Message}");
        }

        if (document.Report.NotDisclosureReason is { } notDisclosure)
        {
            return new DocumentOutcome
            {
                Path = path,
                Kind = document.Report.Kind,
                Year = document.Report.Year?.Value,
                Unit = document.Report.UnitName?.Value,
                Format = document.Format,
                Encoding = document.Encoding,
                ReaderWarnings = document.WarningCount,
                NotDisclosure = notDisclosure,
                NotApplicable = _rules.Select(r => new RuleResult(r.Descriptor, RuleStatus.NotApplicable, notDisclosure, Array.Empty<Finding>())).ToList(),
            };
        }
        ComplianceResult result;
        try
        {
            result = RuleRunner.Run(_rules, document.Report, _context);
        }
        catch (Exception e)
        {
            return Failed(path, "rule-error", $"{path}: a rule failed to run: {e.GetType().Name}: {e.Message}");
        }

        var findings = result.Findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Evidence.Count > 0 ? f.Evidence[0].Line : int.MaxValue)
            .ToList();
        var report = document.Report;
        return new DocumentOutcome
        {
            Path = path,
            Kind = report.Kind,
            Year = report.Year?.Value,
            Unit = report.UnitName?.Value,
            Format = document.Format,
            Encoding = document.Encoding,
            ReaderWarnings = document.WarningCount,
            Findings = findings,
            NotApplicable = result.Results.Where(r => r.Status == RuleStatus.NotApplicable).ToList(),
            Passed = result.Results.Where(r => r.Status == RuleStatus.Pass).Select(r => r.Rule.Id).ToList(),
            RuleErrors = result.Results.Where(r => r.Status == RuleStatus.Error).ToList(),
            QuotedLines = document.Lines.Get(findings.SelectMany(f => f.Evidence).Select(e => e.Line)),
        };
    }

    private static DocumentOutcome Failed(string path, string reason, string message) =>
        new() { Path = path, Error = new DocumentError(reason, message) };
}
