using System.Collections.Generic;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// Decides which code row each satellite line between two code rows belongs to. How a PDF table
/// wraps a cell is regular, and the cut between the rows above and below is the one that fits it
/// best, chosen for the whole run of rows at once:
/// <list type="bullet">
/// <item>a name wrapped over n lines is centred on its code line: as many lines above the code as
/// below (<c>社会保障和就</c> / <c>208 754.75</c> / <c>业支出</c>); some tables instead start the
/// name on or under the code line and continue below it, which costs a little;</item>
/// <item>every wrapped line but the last is full: as long as the longest name piece of the column
/// (a short line ends its name, so <c>费支出</c> is never the first line of the next row's name);</item>
/// <item>a row prints at most one figure per column: a satellite's figure goes to a row without one;</item>
/// <item>every code row has a name; a 款 printed on a line of its own belongs to the code line just above it.</item>
/// </list>
/// </summary>
public static class WrappedCells
{
    private const int Nameless = 10, NameOnlyAbove = 3, StartsAtCode = 1, StartsAtCodeWhenCentred = 2, PerUnevenLine = 2, ShortLineInside = 4, SecondFigure = 3, MisplacedPart = 20;

    /// <summary>For each piece of <paramref name="block"/>, the index of the code piece it belongs to (code pieces own themselves).</summary>
    public static int[] Assign(List<BandPiece> block, List<int> codes, int width, bool centred = false)
    {
        var owners = new int[block.Count];
        int m = codes.Count;
        // Pieces before the first code row are its; pieces after the last are the last's.
        for (int i = 0; i < block.Count; i++) owners[i] = i <= codes[0] ? codes[0] : codes[m - 1];

        // gap g lies between codes[g] and codes[g + 1]; a cut k gives its first k pieces to the row above.
        var best = new List<int[]>(m); // best[i][k]: least cost of rows 0..i when gap i is cut at k
        var from = new List<int[]>(m);
        for (int i = 0; i < m; i++)
        {
            int cuts = i < m - 1 ? codes[i + 1] - codes[i] : 1;
            int previousCuts = i > 0 ? codes[i] - codes[i - 1] : 1;
            var cost = new int[cuts];
            var arg = new int[cuts];
            for (int k = 0; k < cuts; k++)
            {
                cost[k] = int.MaxValue;
                for (int pk = 0; pk < previousCuts; pk++)
                {
                    if (i > 0 && best[i - 1][pk] == int.MaxValue) continue;
                    int prefixStart = i == 0 ? 0 : codes[i - 1] + 1 + pk;
                    int suffixEnd = i < m - 1 ? codes[i] + 1 + k : block.Count;
                    int c = (i > 0 ? best[i - 1][pk] : 0) + RowCost(block, prefixStart, codes[i], suffixEnd, width, centred);
                    // Ties go to the row above: a continued name, as tables without centring print it.
                    if (c < cost[k] || (c == cost[k] && pk > arg[k])) { cost[k] = c; arg[k] = pk; }
                }
            }
            best.Add(cost);
            from.Add(arg);
        }
        int cut = 0;
        for (int i = m - 1; i >= 0; i--)
        {
            if (i < m - 1)
                for (int j = codes[i] + 1; j < codes[i + 1]; j++) owners[j] = j < codes[i] + 1 + cut ? codes[i] : codes[i + 1];
            owners[codes[i]] = codes[i];
            cut = from[i][cut];
        }
        return owners;
    }

    /// <summary>What it costs to read the code row at <paramref name="code"/> as owning pieces [prefixStart, suffixEnd).</summary>
    private static int RowCost(List<BandPiece> block, int prefixStart, int code, int suffixEnd, int width, bool centred)
    {
        var row = block[code];
        int above = 0, below = 0, figures = 0, cost = 0;
        var names = new List<int>();
        for (int i = prefixStart; i < suffixEnd; i++)
        {
            var p = block[i];
            if (i == code)
            {
                if (p.Name is not null) names.Add(p.Name.Text.Length);
                continue;
            }
            if (p.Name is not null)
            {
                names.Add(p.Name.Text.Length);
                if (i < code) above++;
                else below++;
            }
            if (p.HasFigure) figures++;
            if (p.Part is not null && (i != code + 1 || row.Code.Length >= 7)) cost += MisplacedPart;
        }
        if (names.Count == 0) cost += Nameless;
        // In a table that centres its names, a name that starts on its code line and goes on below is the less likely
        // reading, so it costs more: a piece that either reading explains goes to the centred one.
        if (above != below) cost += above == 0 ? (centred ? StartsAtCodeWhenCentred : StartsAtCode) : below == 0 ? NameOnlyAbove : PerUnevenLine * System.Math.Abs(above - below);
        for (int n = 0; n < names.Count - 1; n++)
            if (names[n] < width - 1) cost += ShortLineInside;
        if (row.HasFigure) cost += SecondFigure * figures;
        else if (figures > 1) cost += SecondFigure * (figures - 1);
        return cost;
    }
}
