using System.Collections.Generic;
using ComplianceGen.Reader.Normalization;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>A classification row put back together from the lines of one table half.</summary>
public sealed class AssembledRow
{
    public AssembledRow(string code, Evidence codeEvidence, MappedText name, LayoutToken? figure)
    {
        Code = code;
        CodeEvidence = codeEvidence;
        Name = name;
        Figure = figure;
    }

    public string Code { get; }

    public Evidence CodeEvidence { get; }

    /// <summary>The whole name, its wrapped pieces joined in reading order; empty when none is printed.</summary>
    public MappedText Name { get; }

    /// <summary>The row's first figure: its total column.</summary>
    public LayoutToken? Figure { get; }
}

/// <summary>What one table half says: its classification rows and its total lines.</summary>
public sealed record HalfReading(List<AssembledRow> Rows, List<(string Label, LayoutToken Figure)> Totals);

/// <summary>
/// Reads the classification rows of one half of a <c>pdftotext -layout</c> table. A row's cells
/// may spill over neighbouring lines: a long name wraps onto lines above and below the code
/// (the PDF centres it vertically), a figure sits a line above the code, a 款 is printed under
/// its 类. Lines without a code of their own (satellites) are given to the code rows around
/// them: within a run of lines between empty lines, headers and total lines, satellites before
/// the first code row are its, after the last code row are its, and each run of satellites
/// between two code rows is cut in two where <see cref="WrappedCells"/> finds the cut that best
/// fits how table cells wrap.
/// </summary>
public static class CodeRowAssembler
{
    public static HalfReading Read(IReadOnlyList<BandLine> band)
    {
        var pieces = new List<BandPiece>(band.Count);
        foreach (var line in band)
        {
            var piece = BandPiece.Read(line);
            // A line with nothing in this half (only the other half prints there) is skipped.
            if (piece.Role == BandPieceRole.Reset && line.Tokens.Count == 0 && !line.IsBlank) continue;
            pieces.Add(piece);
        }
        int width = NameWidth(pieces);
        // A code row printed without a name shows that this table centres its wrapped names on their code lines.
        bool centred = pieces.Exists(p => p.Role == BandPieceRole.Code && p.Name is null && p.HasFigure);
        var rows = new List<AssembledRow>();
        var totals = new List<(string, LayoutToken)>();
        var block = new List<BandPiece>();
        foreach (var piece in pieces)
        {
            if (piece.Role is BandPieceRole.Code or BandPieceRole.Satellite)
            {
                block.Add(piece);
                continue;
            }
            if (piece.Role == BandPieceRole.Total)
            {
                // Some layouts print a total's figure on the line above its label.
                var figure = piece.HasFigure ? piece.Figures[0] : null;
                if (figure is null && block.Count > 0 && block[^1].Role == BandPieceRole.Satellite && !block[^1].HasName && block[^1].Part is null && block[^1].HasFigure)
                {
                    figure = block[^1].Figures[0];
                    block.RemoveAt(block.Count - 1);
                }
                if (figure is not null) totals.Add((piece.Name!.Text, figure));
            }
            Flush(block, width, centred, rows);
        }
        Flush(block, width, centred, rows);
        return new HalfReading(rows, totals);
    }

    /// <summary>The width a name cell wraps at: the longest name piece in this half.</summary>
    private static int NameWidth(List<BandPiece> pieces)
    {
        int width = 0;
        foreach (var p in pieces)
            if (p.Name is not null && p.Role is BandPieceRole.Code or BandPieceRole.Satellite && p.Name.Text.Length > width) width = p.Name.Text.Length;
        return width;
    }

    /// <summary>
    /// The most lines a cell spills over on one side of its code line. Satellites further from any
    /// code row belong to none (a run of text lines with no code is not a wrapped cell), which also
    /// keeps the cut search small whatever the input.
    /// </summary>
    private const int MaxSpill = 4;

    private static void Flush(List<BandPiece> block, int width, bool centred, List<AssembledRow> rows)
    {
        int start = 0;
        while (start < block.Count)
        {
            // Cut the block where two code rows (or a code row and the block's edge) lie so far
            // apart that no cell can span the gap; the lines in between belong to no row.
            int first = block.FindIndex(start, p => p.Role == BandPieceRole.Code);
            if (first < 0) break;
            int from = System.Math.Max(start, first - MaxSpill), end = first;
            while (true)
            {
                int next = end + 1;
                while (next < block.Count && block[next].Role != BandPieceRole.Code) next++;
                if (next == block.Count || next - end - 1 > 2 * MaxSpill) break;
                end = next;
            }
            int to = System.Math.Min(block.Count, end + 1 + MaxSpill);
            Read(block.GetRange(from, to - from), width, centred, rows);
            start = end + 1 + MaxSpill;
        }
        block.Clear();
    }

    private static void Read(List<BandPiece> block, int width, bool centred, List<AssembledRow> rows)
    {
        var codes = new List<int>();
        for (int i = 0; i < block.Count; i++) if (block[i].Role == BandPieceRole.Code) codes.Add(i);
        var owners = WrappedCells.Assign(block, codes, width, centred);
        foreach (int c in codes) rows.Add(Assemble(block, c, owners));
    }

    private static AssembledRow Assemble(List<BandPiece> block, int code, int[] owners)
    {
        var row = block[code];
        var name = new MappedText();
        LayoutToken? figure = row.HasFigure ? row.Figures[0] : null;
        LayoutToken? part = null;
        for (int i = 0; i < block.Count; i++)
        {
            if (i == code)
            {
                row.Name?.AppendTo(name);
                continue;
            }
            if (owners[i] != code) continue;
            var s = block[i];
            // A 款 printed under its 类 (<c>302</c> / <c>01   办公费</c>) completes the code.
            if (s.Part is not null && i == code + 1 && row.Code.Length < 7) part = s.Part;
            s.Name?.AppendTo(name);
            if (figure is null && s.HasFigure) figure = s.Figures[0];
        }
        var first = row.CodeTokens[0];
        var last = row.CodeTokens[^1];
        var codeText = MappedText.Of(first.Line, first.Start, last.End - first.Start);
        var evidence = codeText.EvidenceFor(0, codeText.Length);
        string value = row.Code;
        if (part is not null)
        {
            part.AppendTo(codeText);
            evidence = codeText.EvidenceFor(0, codeText.Length);
            value += part.Text;
        }
        return new AssembledRow(value, evidence, name, figure);
    }
}
