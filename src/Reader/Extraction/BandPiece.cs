using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ComplianceGen.Reader.Extraction;

public enum BandPieceRole
{
    /// <summary>Starts with a classification code (with its 款/项 parts when printed in columns of their own).</summary>
    Code,
    /// <summary>No code of its own: part of a neighbouring code row's cell (a wrapped name, a figure printed a line off, a 款 printed under its 类).</summary>
    Satellite,
    /// <summary>合计 / 人员经费合计 / 公用经费合计 with its figure.</summary>
    Total,
    /// <summary>A header line, a note or anything else: no row continues across it.</summary>
    Reset,
    /// <summary>An empty line of the page: rows never continue across one in layouts that use them.</summary>
    Blank,
}

/// <summary>One line of one half of a layout table, read for what it contributes to classification rows.</summary>
public sealed partial class BandPiece
{
    [GeneratedRegex(@"^(?:.{0,6}合计|总计)$")]
    private static partial Regex TotalLabel { get; }
    [GeneratedRegex(@"科目|编码|代码|分类|决算数|预算数|单位：|本年|^(?:项目|[类款项]+)$")]
    private static partial Regex HeaderWord { get; }

    private BandPiece(BandLine line, BandPieceRole role) { Line = line; Role = role; }

    public BandLine Line { get; }

    public BandPieceRole Role { get; }

    /// <summary>Code lines: the code and the parts printed after it on the line.</summary>
    public List<LayoutToken> CodeTokens { get; } = new();

    /// <summary>Satellites: a 款/项 part leading the line (<c>01   办公费</c> under <c>302</c>).</summary>
    public LayoutToken? Part { get; private set; }

    public LayoutToken? Name { get; private set; }

    public List<LayoutToken> Figures { get; } = new();

    public string Code
    {
        get
        {
            var s = new System.Text.StringBuilder();
            foreach (var t in CodeTokens) s.Append(t.Text);
            return s.ToString();
        }
    }

    public bool HasName => Name is not null;

    public bool HasFigure => Figures.Count > 0;

    public static BandPiece Read(BandLine line)
    {
        var tokens = line.Tokens;
        if (tokens.Count == 0) return new BandPiece(line, line.IsBlank ? BandPieceRole.Blank : BandPieceRole.Reset);
        if (tokens[0].IsCodeLike) return CodeLine(line);
        var piece = new BandPiece(line, BandPieceRole.Satellite);
        int i = 0;
        if (tokens[0].IsPart) piece.Part = tokens[i++];
        int names = 0;
        for (; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == LayoutTokenKind.Name && names++ == 0 && piece.Figures.Count == 0) piece.Name = t;
            else if (t.Kind == LayoutTokenKind.Figure) piece.Figures.Add(t);
            else return new BandPiece(line, BandPieceRole.Reset);
        }
        if (piece.Name is not null && TotalLabel.IsMatch(piece.Name.Text) && piece.Part is null)
        {
            var total = new BandPiece(line, BandPieceRole.Total) { Name = piece.Name };
            total.Figures.AddRange(piece.Figures);
            return total;
        }
        if (piece.Name is not null && (HeaderWord.IsMatch(piece.Name.Text) || piece.Name.Text.Contains("合计"))) return new BandPiece(line, BandPieceRole.Reset);
        return piece;
    }

    private static BandPiece CodeLine(BandLine line)
    {
        var tokens = line.Tokens;
        var piece = new BandPiece(line, BandPieceRole.Code);
        piece.CodeTokens.Add(tokens[0]);
        int length = tokens[0].Text.Length, i = 1;
        while (i < tokens.Count && length < 7 && tokens[i].IsPart && tokens[0].Kind != LayoutTokenKind.Code)
        {
            piece.CodeTokens.Add(tokens[i]);
            length += 2;
            i++;
        }
        for (; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == LayoutTokenKind.Name && piece.Name is null && piece.Figures.Count == 0) piece.Name = t;
            else if (t.Kind == LayoutTokenKind.Figure) piece.Figures.Add(t);
        }
        return piece;
    }

    public override string ToString() => $"{Role} {Line.Line.Number}: {Code}{Part?.Text} {Name?.Text} {string.Join(" ", Figures)}";
}
