namespace ComplianceGen.Reader.Normalization;

/// <summary>One line of the document as decoded (the original, for evidence) and as normalized (for matching).</summary>
public sealed class SourceLine
{
    /// <param name="map">For each character of <paramref name="text"/>, its column in <paramref name="original"/>; null when no character was dropped, so the i-th is the i-th.</param>
    public SourceLine(int number, string original, string text, int[]? map)
    {
        Number = number;
        Original = original;
        Text = text;
        _map = map;
        IsBlank = WhiteSpace.IsBlank(text);
    }

    // Most lines drop nothing: they keep no map, which would be four bytes per character of every line.
    private readonly int[]? _map;

    /// <summary>1-based line number in the document.</summary>
    public int Number { get; }

    /// <summary>The line exactly as decoded.</summary>
    public string Original { get; }

    /// <summary>The normalized line: ASCII digits, no export debris.</summary>
    public string Text { get; }

    /// <summary>The 0-based column in <see cref="Original"/> of character <paramref name="index"/> of <see cref="Text"/>.</summary>
    public int OriginalColumn(int index) => _map is null ? index : _map[index];

    /// <summary>The page the line is printed on (1-based), or 0 when the format has no pages.</summary>
    public int Page { get; init; }

    /// <summary>
    /// The cells of a line rendered from a PDF's word boxes: where each sits in <see cref="Original"/> and
    /// on the page. Empty for text that came as text.
    /// </summary>
    public System.Collections.Generic.IReadOnlyList<Layout.LineCell> Cells { get; init; } = System.Array.Empty<Layout.LineCell>();

    /// <summary>The line's words as a layout table reads them, split on first use (<see cref="Extraction.LayoutToken.Split"/>).</summary>
    internal object? Tokens { get; set; }

    private string? _trimmed;

    /// <summary>The normalized line without white space at either end, cut on first use and kept: several stages ask for it.</summary>
    public string Trimmed => _trimmed ??= WhiteSpace.Trimmed(Text);

    /// <summary>Whether the line holds only white space: asked of every line by most stages, so answered once.</summary>
    public bool IsBlank { get; }

    public override string ToString() => $"{Number}: {Text}";
}
