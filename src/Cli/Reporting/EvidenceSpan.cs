using System;
using ComplianceGen.Runtime;

namespace ComplianceGen.Cli.Reporting;

/// <summary>
/// Locates a piece of evidence in its quoted source line: the line split into the text before,
/// the offending words, and the text after. Falls back to the evidence text alone when the line
/// is unavailable or does not hold the words where the evidence says.
/// </summary>
public readonly record struct EvidenceSpan(string Before, string Marked, string After)
{
    public static EvidenceSpan Locate(Evidence evidence, string? line)
    {
        if (line is null) return new EvidenceSpan("", evidence.Text, "");
        int start = evidence.Column - 1;
        int length = evidence.Text.Length;
        if (start < 0 || start + length > line.Length || string.CompareOrdinal(line, start, evidence.Text, 0, length) != 0)
        {
            // The reader may have joined a wrapped paragraph; find the words on the line if they are there.
            int found = line.IndexOf(evidence.Text, StringComparison.Ordinal);
            if (found < 0 || length == 0)
            {
                if (start >= 0 && start < line.Length)
                {
                    int take = Math.Min(Math.Max(length, 1), line.Length - start);
                    return new EvidenceSpan(line.Substring(0, start), line.Substring(start, take), line.Substring(start + take));
                }
                return new EvidenceSpan(line, "", "");
            }
            start = found;
        }
        return new EvidenceSpan(line.Substring(0, start), line.Substring(start, length), line.Substring(start + length));
    }
}

public static class EvidenceSpanExtensions
{
    /// <summary>Keeps at most <paramref name="context"/> characters either side of the marked words (long paragraphs).</summary>
    public static EvidenceSpan Trimmed(this EvidenceSpan span, int context)
    {
        string before = span.Before.Length > context ? "…" + span.Before.Substring(span.Before.Length - context) : span.Before;
        string after = span.After.Length > context ? span.After.Substring(0, context) + "…" : span.After;
        return new EvidenceSpan(before, span.Marked, after);
    }
}
