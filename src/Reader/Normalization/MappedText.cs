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
    private readonly StringBuilder _text = new();
    private readonly List<SourceLine> _lineOf = new();
    private readonly List<int> _indexInLine = new();
    private string? _cached;

    public string Text => _cached ??= _text.ToString();

    public int Length => _text.Length;

    /// <summary>The first source line.</summary>
    public int FirstLine => _lineOf.Count > 0 ? _lineOf[0].Number : 0;

    public void Append(SourceLine line, int start = 0, int length = -1)
    {
        if (length < 0) length = line.Text.Length - start;
        _text.Append(line.Text, start, length);
        for (int i = start; i < start + length; i++)
        {
            _lineOf.Add(line);
            _indexInLine.Add(i);
        }
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
        if (_lineOf.Count == 0) return new Evidence(0, 0, "");
        if (start >= _lineOf.Count) start = _lineOf.Count - 1;
        if (length < 1) length = 1;
        int end = System.Math.Min(start + length, _lineOf.Count) - 1;
        var first = _lineOf[start];
        int column = first.Map[_indexInLine[start]];
        var original = new StringBuilder();
        int i = start;
        while (i <= end)
        {
            var line = _lineOf[i];
            int from = line.Map[_indexInLine[i]];
            int j = i;
            while (j + 1 <= end && ReferenceEquals(_lineOf[j + 1], line)) j++;
            int to = line.Map[_indexInLine[j]];
            original.Append(line.Original, from, to - from + 1);
            i = j + 1;
        }
        return new Evidence(first.Number, column + 1, original.ToString()) { Page = first.Page };
    }

    public int LineAt(int index) => index < _lineOf.Count ? _lineOf[index].Number : 0;
}
