using System.Collections.Generic;
using ComplianceGen.Runtime;

namespace ComplianceGen.Cli.Batch;

/// <summary>
/// What a reporter needs about one document, and nothing more: the report itself is dropped
/// once the rules have run, so a batch's memory does not grow with its size.
/// </summary>
public sealed class DocumentOutcome
{
    public required string Path { get; init; }

    public DocumentKind Kind { get; init; }

    public int? Year { get; init; }

    public string? Unit { get; init; }

    public string? Format { get; init; }

    public string? Encoding { get; init; }

    public int ReaderWarnings { get; init; }

    public IReadOnlyList<Finding> Findings { get; init; } = System.Array.Empty<Finding>();

    public IReadOnlyList<RuleResult> NotApplicable { get; init; } = System.Array.Empty<RuleResult>();

    public IReadOnlyList<string> Passed { get; init; } = System.Array.Empty<string>();

    /// <summary>Rules that threw on this document (<see cref="RuleStatus.Error"/>), each with the exception as its reason.</summary>
    public IReadOnlyList<RuleResult> RuleErrors { get; init; } = System.Array.Empty<RuleResult>();

    /// <summary>Text of the source lines the findings point at, for quoting.</summary>
    public IReadOnlyDictionary<int, string> QuotedLines { get; init; } = new Dictionary<int, string>();

    /// <summary>Set when the document could not be read or checked; everything else is then empty.</summary>
    public DocumentError? Error { get; init; }

    /// <summary>
    /// Why the document is not a budget disclosure (a notice, a bulletin, a form, a page that only links to
    /// the disclosure); no rule was run. Null for a disclosure.
    /// </summary>
    public string? NotDisclosure { get; init; }

}

/// <summary>Why a document could not be checked: a short code and a one-line message naming the file.</summary>
public sealed record DocumentError(string Reason, string Message);
