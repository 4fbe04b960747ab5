using System.Collections.Generic;
using System.Text;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Normalization;

/// <summary>
/// Normalized text built from pieces of one or more source lines (a paragraph a PDF wrapped
/// over several lines is joined back into one), with each character's source line and
/// column kept so that a match anywhere in it can be turned into evidence that points at
/// the original document.
/// </summary>
public sealed class MappedText
{
    // Made at the second append: most texts (a cell, a heading, a one-line sentence) are one run of one line, whose
    // text is a substring of it, with no builder.
    private StringBuilder? _text;
    private int _length;

    // Where the characters came from, as runs of one line (a character-by-character map cost two list entries per
    // character of every sentence and cell the reader builds).
    private Pieces _pieces;
    private string? _cached;

    private readonly record struct Piece(SourceLine Line, int Start, int Offset, int Length);

    /// <summary>The pieces, the first held inline: a cell or a one-line sentence, most texts, has no list of its own.</summary>
    private struct Pieces
    {
        private Piece _first;
        private List<Piece>? _rest;

        public int Count { get; private set; }

        public Piece this[int index]
        {
            readonly get => index == 0 ? _first : _rest![index - 1];
            set
            {
                if (index == 0) _first = value;
                else _rest![index - 1] = value;
            }
        }

        public void Add(Piece piece)
        {
            if (Count == 0) _first = piece;
            else (_rest ??= new List<Piece>()).Add(piece);
            Count++;
        }
    }

    public string Text => _cached ??= _text is not null ? _text.ToString()
        : _pieces.Count == 0 ? "" : _pieces[0].Line.Text.Substring(_pieces[0].Start, _pieces[0].Length);

    public int Length => _length;

    /// <summary>The first source line.</summary>
    public int FirstLine => _pieces.Count > 0 ? _pieces[0].Line.Number : 0;

    public void Append(SourceLine line, int start = 0, int length = -1)
    {
        if (length < 0) length = line.Text.Length - start;
        if (length == 0) return;
        int offset = _length;
        if (_pieces.Count > 0 && _text is null)
            _text = new StringBuilder(_length + length).Append(_pieces[0].Line.Text, _pieces[0].Start, _pieces[0].Length);
        _text?.Append(line.Text, start, length);
        _length += length;
        if (_pieces.Count > 0 && _pieces[_pieces.Count - 1] is var last && ReferenceEquals(last.Line, line) && last.Start + last.Length == start)
            _pieces[_pieces.Count - 1] = last with { Length = last.Length + length };
        else
            _pieces.Add(new Piece(line, start, offset, length));
        _cached = null;
    }

    public static MappedText Of(SourceLine line, int start = 0, int length = -1)
    {
        var text = new MappedText();
        text.Append(line, start, length);
        return text;
    }

    /// <summary>Evidence for the normalized span [start, start+length): 1-based line and column, original text.</summary>
    public Evidence EvidenceFor(int start, int length)
    {
        if (_pieces.Count == 0) return new Evidence(0, 0, "");
        if (_pieces.Count == 1) return EvidenceInRun(_pieces[0].Line, _pieces[0].Start, _pieces[0].Length, start, length);
        if (start >= Length) start = Length - 1;
        if (length < 1) length = 1;
        int end = System.Math.Min(start + length, Length) - 1;
        int p = PieceAt(start);
        var first = _pieces[p].Line;
        int column = first.OriginalColumn(_pieces[p].Start + start - _pieces[p].Offset);
        // Most evidence is a run of one line: its original text is one substring, with no builder.
        if (OneRun(p, start, end) is { } run)
            return new Evidence(first.Number, column + 1, first.Original.Substring(run.From, run.To - run.From + 1)) { Page = first.Page };
        var original = new StringBuilder();
        int i = start;
        while (i <= end)
        {
            // The run of characters from one line: this piece and the pieces after it from the same line.
            var line = _pieces[p].Line;
            int from = line.OriginalColumn(_pieces[p].Start + i - _pieces[p].Offset);
            while (p + 1 < _pieces.Count && _pieces[p + 1].Offset <= end && ReferenceEquals(_pieces[p + 1].Line, line)) p++;
            int j = System.Math.Min(end, _pieces[p].Offset + _pieces[p].Length - 1);
            int to = line.OriginalColumn(_pieces[p].Start + j - _pieces[p].Offset);
            original.Append(line.Original, from, to - from + 1);
            i = j + 1;
            p++;
        }
        return new Evidence(first.Number, column + 1, original.ToString()) { Page = first.Page };
    }

    /// <summary>
    /// <see cref="EvidenceFor"/> of the text that is the one run [<paramref name="runStart"/>, +<paramref name="runLength"/>) of
    /// <paramref name="line"/>, without making that text (a table's figure cells, thousands a document, each give evidence).
    /// </summary>
    public static Evidence EvidenceInRun(SourceLine line, int runStart, int runLength, int start, int length)
    {
        if (runLength <= 0) return new Evidence(0, 0, "");
        if (start >= runLength) start = runLength - 1;
        if (length < 1) length = 1;
        int end = System.Math.Min(start + length, runLength) - 1;
        int from = line.OriginalColumn(runStart + start), to = line.OriginalColumn(runStart + end);
        return new Evidence(line.Number, from + 1, line.Original.Substring(from, to - from + 1)) { Page = line.Page };
    }

    /// <summary>The original span of [start, end] when it comes from one line's run of pieces, as in the loop of <see cref="EvidenceFor"/>; null otherwise.</summary>
    private (int From, int To)? OneRun(int p, int start, int end)
    {
        var line = _pieces[p].Line;
        int from = line.OriginalColumn(_pieces[p].Start + start - _pieces[p].Offset);
        while (p + 1 < _pieces.Count && _pieces[p + 1].Offset <= end && ReferenceEquals(_pieces[p + 1].Line, line)) p++;
        int j = System.Math.Min(end, _pieces[p].Offset + _pieces[p].Length - 1);
        if (j < end) return null;
        return (from, line.OriginalColumn(_pieces[p].Start + j - _pieces[p].Offset));
    }

    /// <summary>
    /// The last character that is not white space, or NUL when there is none: read from the source lines, without making
    /// the text (a paragraph is asked how it ends after each line added to it, and its text would be made again each time).
    /// </summary>
    public char LastPrinted()
    {
        for (int p = _pieces.Count - 1; p >= 0; p--)
        {
            var piece = _pieces[p];
            for (int i = piece.Start + piece.Length - 1; i >= piece.Start; i--)
                if (!WhiteSpace.Is(piece.Line.Text[i])) return piece.Line.Text[i];
        }
        return '\0';
    }

    public int LineAt(int index) => index < Length && index >= 0 ? _pieces[PieceAt(index)].Line.Number : 0;

    /// <summary>The piece that holds character <paramref name="index"/> (0 ≤ index &lt; Length).</summary>
    private int PieceAt(int index)
    {
        int lo = 0, hi = _pieces.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (_pieces[mid].Offset <= index) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }
}
