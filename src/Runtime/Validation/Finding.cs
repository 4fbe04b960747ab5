using System.Collections.Generic;
using ComplianceGen.Runtime.CompilerServices;

namespace ComplianceGen.Runtime;

/// <summary>
/// One problem found in a document, with the words in the document it is about. A finding of a
/// generated rule collects its evidence and writes its detail when they are first read: a batch
/// that only counts findings, or a benchmark, does not pay for them.
/// </summary>
public sealed class Finding
{
    private readonly GeneratedRule? _source;
    private readonly int _requirement;
    private readonly DisclosureReport? _report;
    private readonly ValidationContext? _context;
    private readonly object? _item;
    private readonly bool _compared;
    private readonly Quantity? _left;
    private readonly Quantity? _right;
    private readonly Tolerance _tolerance;
    private readonly string? _note;
    private IReadOnlyList<Evidence>? _evidence;
    private string? _detail;
    private bool _explained;

    public Finding(RuleDescriptor rule, string message, IReadOnlyList<Evidence> evidence, string? detail = null)
    {
        Rule = rule;
        Message = message;
        _evidence = evidence;
        _detail = detail;
        _explained = true;
    }

    /// <summary>A generated rule's finding: its evidence comes from <paramref name="source"/> when read.</summary>
    internal Finding(GeneratedRule source, int requirement, DisclosureReport report, ValidationContext context, object? item, string message)
    {
        Rule = source.Descriptor;
        Message = message;
        _source = source;
        _requirement = requirement;
        _report = report;
        _context = context;
        _item = item;
        _explained = true;
    }

    /// <summary>
    /// A generated rule's finding about a failed comparison: the detail (both sides, difference, tolerance,
    /// and <paramref name="note"/>, e.g. which of several alternatives was compared) is written when read.
    /// </summary>
    internal Finding(GeneratedRule source, int requirement, DisclosureReport report, ValidationContext context, object? item, string message,
        in Quantity? left, in Quantity? right, in Tolerance tolerance, string? note)
        : this(source, requirement, report, context, item, message)
    {
        _compared = true;
        _left = left;
        _right = right;
        _tolerance = tolerance;
        _note = note;
        _explained = false;
    }

    public RuleDescriptor Rule { get; }

    public string RuleId => Rule.Id;

    public Severity Severity => Rule.Severity;

    public string Message { get; }

    /// <summary>For a failed comparison: both sides, the difference and the tolerance used.</summary>
    public string? Detail
    {
        get
        {
            if (!_explained)
            {
                string? detail = _compared ? Compare.Explain(_left, _right, _tolerance) : null;
                _detail = _note is null || detail is null ? detail : detail + "；" + _note;
                _explained = true;
            }
            return _detail;
        }
    }

    public IReadOnlyList<Evidence> Evidence => _evidence ??= _source!.CollectEvidence(_requirement, _report!, _context!, _item);

    public override string ToString() => $"{Rule.Id}: {Message}";
}
