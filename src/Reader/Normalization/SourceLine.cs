namespace ComplianceGen.Reader.Normalization;

/// <summary>One line of the document as decoded (the original, for evidence) and as normalized (for matching).</summary>
public sealed class SourceLine
{
    public SourceLine(int number, string original, string text, int[] map)
    {
        Number = number;
        Original = original;
        Text = text;
        Map = map;
    }

    /// <summary>1-based line number in the document.</summary>
    public int Number { get; }

    /// <summary>The line exactly as decoded.</summary>
    public string Original { get; }

    /// <summary>The normalized line: ASCII digits, no export debris.</summary>
    public string Text { get; }

    /// <summary>For each character of <see cref="Text"/>, its 0-based column in <see cref="Original"/>.</summary>
    public int[] Map { get; }

    /// <summary>The page the line is printed on (1-based), or 0 when the format has no pages.</summary>
    public int Page { get; init; }

    /// <summary>
    /// The cells of a line rendered from a PDF's word boxes: where each sits in <see cref="Original"/> and
    /// on the page. Empty for text that came as text.
    /// </summary>
    public System.Collections.Generic.IReadOnlyList<Layout.LineCell> Cells { get; init; } = System.Array.Empty<Layout.LineCell>();

    /// <summary>The line's words as a layout table reads them, split on first use (<see cref="Extraction.LayoutToken.Split"/>).</summary>
    internal object? Tokens { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    public override string ToString() => $"{Number}: {Text}";
}
