using System.Collections.Generic;

namespace ComplianceGen.Rules.Parsing;

/// <summary>Line starts of a text, for turning offsets into 1-based line/column and back.</summary>
public sealed class LineMap
{
    private readonly List<int> _starts = new() { 0 };

    public LineMap(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') _starts.Add(i + 1);
        }
        Length = text.Length;
    }

    public int Count => _starts.Count;

    public int Length { get; }

    public int Start(int line) => _starts[line - 1];

    public string Text(string text, int line)
    {
        int start = Start(line);
        int end = line < _starts.Count ? _starts[line] - 1 : text.Length;
        if (end > start && text[end - 1] == '\r') end--;
        return end > start ? text.Substring(start, end - start) : "";
    }

    public (int Line, int Column) Position(int offset)
    {
        int low = 0, high = _starts.Count - 1;
        while (low < high)
        {
            int mid = (low + high + 1) / 2;
            if (_starts[mid] <= offset) low = mid;
            else high = mid - 1;
        }
        return (low + 1, offset - _starts[low] + 1);
    }
}
