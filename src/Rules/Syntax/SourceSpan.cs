using System;

namespace ComplianceGen.Rules.Syntax;

/// <summary>
/// A range in a rule file: character offsets and 1-based line/column of both ends, the way
/// <c>file(line,col)</c> diagnostics print them.
/// </summary>
public readonly struct SourceSpan : IEquatable<SourceSpan>
{
    public SourceSpan(int start, int end, int line, int column, int endLine, int endColumn)
    {
        Start = start;
        End = end < start ? start : end;
        Line = line;
        Column = column;
        EndLine = endLine;
        EndColumn = endColumn;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public int Line { get; }

    public int Column { get; }

    public int EndLine { get; }

    public int EndColumn { get; }

    public static SourceSpan Covering(SourceSpan first, SourceSpan last) =>
        new(first.Start, last.End, first.Line, first.Column, last.EndLine, last.EndColumn);

    public bool Equals(SourceSpan other) =>
        Start == other.Start && End == other.End && Line == other.Line && Column == other.Column &&
        EndLine == other.EndLine && EndColumn == other.EndColumn;

    public override bool Equals(object? obj) => obj is SourceSpan other && Equals(other);

    public override int GetHashCode() => unchecked((Start * 397) ^ End ^ (Line << 16) ^ Column);

    public override string ToString() => $"({Line},{Column})";
}
