using ComplianceGen.Reader.Normalization;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Structure;

/// <summary>
/// A sentence of prose (up to 。！？) inside a paragraph, with the headings it sits under.
/// Offsets used by extractors are relative to <see cref="Text"/>.
/// </summary>
public sealed class Sentence
{
    public Sentence(MappedText paragraph, int start, int length, string headingContext, bool isHeading)
    {
        Paragraph = paragraph;
        Start = start;
        Length = length;
        Text = paragraph.Text.Substring(start, length);
        HeadingContext = headingContext;
        IsHeading = isHeading;
    }

    public MappedText Paragraph { get; }

    public int Start { get; }

    public int Length { get; }

    public string Text { get; }

    /// <summary>The titles of the headings above this sentence, outermost first, joined with '/'.</summary>
    public string HeadingContext { get; }

    /// <summary>The nearest heading above this sentence (the last of <see cref="HeadingContext"/>), or "".</summary>
    public string InnermostHeading => HeadingContext[(HeadingContext.LastIndexOf('/') + 1)..];

    /// <summary>The outermost heading above this sentence (the first of <see cref="HeadingContext"/>), or "".</summary>
    public string OutermostHeading => HeadingContext.IndexOf('/') is var slash and >= 0 ? HeadingContext[..slash] : HeadingContext;

    public bool IsHeading { get; }

    private bool? _inGlossary;

    /// <summary>Whether the sentence sits under a 名词解释 heading: asked by most extractors of every sentence, so answered once.</summary>
    public bool InGlossary => _inGlossary ??= HeadingContext.Contains("名词解释", System.StringComparison.Ordinal);

    public int Line => Paragraph.LineAt(Start);

    public Evidence EvidenceFor(int index, int length) => Paragraph.EvidenceFor(Start + index, length);

    /// <summary>The whole sentence as evidence, made once: a statement's text, section, ordinal and length facts all point at it.</summary>
    public Evidence Evidence => _evidence ??= EvidenceFor(0, Length);

    private Evidence? _evidence;

    public override string ToString() => $"{Line}: {Text}";
}
