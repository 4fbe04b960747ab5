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

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    public override string ToString() => $"{Number}: {Text}";
}
