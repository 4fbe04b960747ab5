using System.Collections.Generic;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Normalization;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// Tables that list a department's units one after another under a 预算单位 column (the department or 本级 first,
/// then each subordinate unit with its own classification rows). A unit's row prints its name at the margin
/// with its totals and no code; the codes under it are that unit's. Read as one table, the rows of every unit
/// would be summed under the first unit's parents and the unit's name would be taken as the first row's name.
/// So only the first block that has rows is read, and the units' own rows are left out.
/// </summary>
public static partial class UnitBlocks
{
    [GeneratedRegex(@"预算单位|单位名称|单位编码|部门名称")]
    private static partial Regex UnitColumnHeader { get; }
    [GeneratedRegex(@"^(?:中共)?[\u4e00-\u9fff（）()]{2,40}?(?:局|委|委员会|办公室|办|中心|院|所|馆|站|队|署|会|部|厅|处|室|学校|学院|（本级）|\(本级\)|本级)(?:（[^）]{1,10}）)?$")]
    private static partial Regex UnitName { get; }

    /// <summary>
    /// The lines of the first unit's block, unit rows and repeated header lines left out. <paramref name="whole"/> says whether that block is the
    /// whole table's: false when the first unit's row has no rows of its own and the next unit's block was read (a
    /// department's total row, then its 本级 and each subordinate unit), so the figures are one unit's, not the
    /// department's.
    /// </summary>
    public static List<SourceLine> FirstBlock(IReadOnlyList<SourceLine> lines, out bool whole)
    {
        var kept = new List<SourceLine>(lines.Count);
        bool unitColumn = false, sawCodes = false;
        int units = 0, codeColumn = CodeColumn(lines);
        whole = true;
        // A table continued over pages prints its header again on each page: those lines are not rows, and read as
        // rows their words would be glued to the names around them.
        var header = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (LayoutToken.Split(line).Exists(t => t.IsCodeLike && t.Text.Length >= 3)) break;
            if (!line.IsBlank) header.Add(line.Trimmed);
        }
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (sawCodes && !line.IsBlank && header.Contains(line.Trimmed)) continue;
            if (!unitColumn && UnitColumnHeader.IsMatch(line.Text)) unitColumn = true;
            if (unitColumn && IsUnitRow(lines, i, codeColumn, out int wrapped, out int above))
            {
                // A name centred on its row began on the lines above, which were kept as if they were rows'.
                for (int up = 1; up <= above; up++)
                    if (kept.Count > 0 && kept[^1].Number == lines[i - up].Number) kept.RemoveAt(kept.Count - 1);
                if (sawCodes) break;
                if (++units > 1) whole = false;
                i += wrapped;
                continue;
            }
            kept.Add(line);
            if (LayoutToken.Split(line).Exists(t => t.IsCodeLike && t.Text.Length >= 3)) sawCodes = true;
        }
        return kept;
    }

    /// <summary>The leftmost column a classification code starts at.</summary>
    private static int CodeColumn(IReadOnlyList<SourceLine> lines)
    {
        int column = int.MaxValue;
        foreach (var line in lines)
            foreach (var t in LayoutToken.Split(line))
                if (t.IsCodeLike && t.Text.Length >= 3) column = System.Math.Min(column, t.Start);
        return column;
    }

    /// <summary>
    /// A unit's row: its name left of the code column, then figures, and no classification code. A name a narrow column
    /// wrapped is read with its pieces alone at the margin on the lines around the row: below it ("深圳市水务工程" /
    /// "质量安全监督站"), or above and below when the name is centred on the row, which may then print figures alone.
    /// <paramref name="above"/> and <paramref name="wrapped"/> say how many lines the pieces take above and below.
    /// </summary>
    private static bool IsUnitRow(IReadOnlyList<SourceLine> lines, int index, int codeColumn, out int wrapped, out int above)
    {
        wrapped = 0;
        above = 0;
        var tokens = LayoutToken.Split(lines[index]);
        string own;
        if (tokens.Count > 0 && tokens.TrueForAll(t => t.Kind == LayoutTokenKind.Figure && !t.IsCodeLike)) own = "";
        else
        {
            if (tokens.Count < 2 || !AtMargin(tokens[0], codeColumn)) return false;
            bool figure = false;
            for (int i = 1; i < tokens.Count; i++)
            {
                if (tokens[i].Kind == LayoutTokenKind.Code || tokens[i].IsCodeLike) return false;
                if (tokens[i].Kind == LayoutTokenKind.Figure) figure = true;
            }
            if (!figure) return false;
            own = tokens[0].Text;
        }
        // The most pieces above first: a centred name's middle piece may name a unit on its own ("能力建设和继续教育中心").
        for (int up = MaxNamePieces; up >= 0; up--)
        {
            string? start = PiecesAbove(lines, index, codeColumn, up);
            if (start is null || start.Length + own.Length == 0) continue;
            if (!NameGoesOn(lines, index, codeColumn, start + own, out wrapped)) continue;
            above = up;
            return true;
        }
        return false;
    }

    /// <summary>The <paramref name="count"/> lines just above <paramref name="index"/> read together, when each is a piece alone at the margin.</summary>
    private static string? PiecesAbove(IReadOnlyList<SourceLine> lines, int index, int codeColumn, int count)
    {
        if (index - count < 0) return null;
        string text = "";
        for (int k = index - count; k < index; k++)
        {
            var piece = LayoutToken.Split(lines[k]);
            if (piece.Count != 1 || !AtMargin(piece[0], codeColumn)) return null;
            text += piece[0].Text;
        }
        return text;
    }

    /// <summary>Whether <paramref name="name"/>, or it with the pieces alone at the margin on the lines below, names a unit.</summary>
    private static bool NameGoesOn(IReadOnlyList<SourceLine> lines, int index, int codeColumn, string name, out int wrapped)
    {
        wrapped = 0;
        if (UnitName.IsMatch(name)) return true;
        for (int k = index + 1; k < lines.Count && k <= index + MaxNamePieces; k++)
        {
            var piece = LayoutToken.Split(lines[k]);
            if (piece.Count != 1 || !AtMargin(piece[0], codeColumn)) return false;
            name += piece[0].Text;
            if (!UnitName.IsMatch(name)) continue;
            wrapped = k - index;
            return true;
        }
        return false;
    }

    /// <summary>The most printed lines above or below its row a wrapped unit name takes.</summary>
    private const int MaxNamePieces = 2;

    private static bool AtMargin(LayoutToken token, int codeColumn) => token.Kind == LayoutTokenKind.Name && token.Start < codeColumn - 2;
}
