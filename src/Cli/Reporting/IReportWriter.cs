using System;
using ComplianceGen.Cli.Batch;
using ComplianceGen.Cli.RuleLoading;

namespace ComplianceGen.Cli.Reporting;

/// <summary>
/// A report format. Documents arrive one at a time in output order; a writer keeps only what
/// its format needs at the end (counts, small per-document rows), never the documents.
/// </summary>
public interface IReportWriter : IDisposable
{
    void Begin(LoadedRules rules);

    void Write(DocumentOutcome outcome);

    void End(BatchSummary summary);
}
