using System.Collections.Generic;

namespace ComplianceGen.Runtime;

/// <summary>One problem found in a document, with the words in the document it is about.</summary>
public sealed class Finding
{
    public Finding(RuleDescriptor rule, string message, IReadOnlyList<Evidence> evidence, string? detail = null)
    {
        Rule = rule;
        Message = message;
        Evidence = evidence;
        Detail = detail;
    }

    public RuleDescriptor Rule { get; }

    public string RuleId => Rule.Id;

    public Severity Severity => Rule.Severity;

    public string Message { get; }

    /// <summary>For a failed comparison: both sides, the difference and the tolerance used.</summary>
    public string? Detail { get; }

    public IReadOnlyList<Evidence> Evidence { get; }

    public override string ToString() => $"{Rule.Id}: {Message}";
}
