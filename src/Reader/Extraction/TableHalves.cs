using System.Collections.Generic;
using ComplianceGen.Reader.Normalization;

namespace ComplianceGen.Reader.Extraction;

/// <summary>One line of one half of a table: the words of that half, in order.</summary>
public sealed record BandLine(SourceLine Line, List<LayoutToken> Tokens)
{
    /// <summary>A line with nothing printed on it at all (not merely nothing in this half): it separates rows.</summary>
    public bool IsBlank => Line.IsBlank;
}

/// <summary>
/// Splits a side-by-side table into its halves. The basic-expenditure table of a 决算 prints its
/// economic classification twice across the page (<c>30101 基本工资 537.64   30201 办公费 84.62</c>);
/// read as one table, right-half names run into left-half names and right-half codes are taken for
/// figures. A table is side by side when at least two lines print a second code after something
/// else and that code is followed by its name (or glued to it): a figure is never followed by a
/// subject name in the same half. The right half starts at the leftmost column such a code is
/// printed at, or a code leading a line of its own further right than the left codes (the left
/// column has run out); every word starting at or after that column, less a little slack for the
/// uneven spacing pdftotext gives Chinese text, belongs to the right half. Left-half figures end
/// well before it.
/// </summary>
public static class TableHalves
{
    /// <summary>Columns a right-half word may start before the split column (pdftotext spaces Chinese text unevenly).</summary>
    private const int Slack = 2;

    public static List<List<BandLine>> Split(IReadOnlyList<SourceLine> lines)
    {
        var tokenized = new List<(SourceLine Line, List<LayoutToken> Tokens)>(lines.Count);
        foreach (var line in lines) tokenized.Add((line, LayoutToken.Split(line)));

        int split = SplitColumn(tokenized);
        var left = new List<BandLine>(lines.Count);
        var right = split > 0 ? new List<BandLine>(lines.Count) : null;
        foreach (var (line, tokens) in tokenized)
        {
            if (right is null)
            {
                left.Add(new BandLine(line, tokens));
                continue;
            }
            var l = new List<LayoutToken>();
            var r = new List<LayoutToken>();
            foreach (var t in tokens) (t.Start >= split - Slack ? r : l).Add(t);
            left.Add(new BandLine(line, l));
            right.Add(new BandLine(line, r));
        }
        return right is null ? new List<List<BandLine>> { left } : new List<List<BandLine>> { left, right };
    }

    /// <summary>The column the right half's codes start at; 0 when the table is not side by side.</summary>
    private static int SplitColumn(List<(SourceLine Line, List<LayoutToken> Tokens)> lines)
    {
        int strong = 0, column = int.MaxValue;
        foreach (var (_, tokens) in lines)
        {
            // A code after the left half's content (a name, a figure, the left code and its parts)
            // and followed by its own name. A code-like figure followed by anything else proves
            // nothing: "23000" may be an amount.
            for (int i = 1; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (!t.IsCodeLike || (t.Kind != LayoutTokenKind.Code && !FollowedByName(tokens, i))) continue;
                strong++;
                if (t.Start < column) column = t.Start;
                break;
            }
        }
        if (strong < 2) return 0;
        // Lines where only the right half prints a code (the left column has run out): the code
        // leads the line, indented at least half-way to the right half; left codes sit at the margin.
        int threshold = column / 2;
        foreach (var (_, tokens) in lines)
            if (tokens.Count > 0 && tokens[0].IsCodeLike && tokens[0].Start >= threshold && tokens[0].Start < column) column = tokens[0].Start;
        return column;
    }

    /// <summary>Whether the code at <paramref name="i"/> is followed by a name, after any 款/项 parts.</summary>
    private static bool FollowedByName(List<LayoutToken> tokens, int i)
    {
        int j = i + 1;
        while (j < tokens.Count && tokens[j].IsPart) j++;
        return j < tokens.Count && tokens[j].Kind == LayoutTokenKind.Name;
    }
}
