using System.Collections.Generic;
using ComplianceGen.Runtime.CompilerServices;

namespace ComplianceGen.Runtime;

/// <summary>
/// One problem found in a document, with the words in the document it is about. A finding of a
/// generated rule collects its evidence and writes its detail when they are first read, from the
/// report it keeps: a batch that only counts findings, or a benchmark, does not pay for them, and
/// a finding holds no copy of the values its rule compared.
/// </summary>
public sealed class Finding
{
    private readonly GeneratedRule? _source;
    private readonly int _requirement;
    private readonly DisclosureReport? _report;
    private readonly ValidationContext? _context;
    private readonly object? _item;
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

    /// <summary>
    /// A generated rule's finding: its evidence and its detail (for a failed comparison: both sides, the difference
    /// and the tolerance) come from <paramref name="source"/> when first read, which reads the report again.
    /// </summary>
    internal Finding(GeneratedRule source, int requirement, DisclosureReport report, ValidationContext context, object? item, string message)
    {
        Rule = source.Descriptor;
        Message = message;
        _source = source;
        _requirement = requirement;
        _report = report;
        _context = context;
        _item = item;
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
                _detail = _source!.Explanation(_requirement, _report!, _context!, _item);
                _explained = true;
            }
            return _detail;
        }
    }

    public IReadOnlyList<Evidence> Evidence => _evidence ??= _source!.CollectEvidence(_requirement, _report!, _context!, _item);

    public override string ToString() => $"{Rule.Id}: {Message}";
}
