using System;
using System.Collections.Generic;
using Sprache;

namespace ComplianceGen.Rules.Parsing;

/// <summary>
/// Sprache input over a slice of a rule file. Positions, lines and columns are those of the
/// whole file, so a chunk (one rule) or a message placeholder parsed on its own still reports
/// spans in file coordinates. It also carries the <see cref="FailureTracker"/> shared by every
/// input advanced from it.
/// </summary>
internal sealed class SourceInput : IInput
{
    private readonly int _end;

    public SourceInput(string source, int position, int end, int line, int column, FailureTracker tracker)
    {
        Source = source;
        Position = position;
        _end = end;
        Line = line;
        Column = column;
        Tracker = tracker;
        Memos = new Dictionary<object, object>();
    }

    public string Source { get; }

    public int Position { get; }

    public int Line { get; }

    public int Column { get; }

    public FailureTracker Tracker { get; }

    public char Current => Source[Position];

    public bool AtEnd => Position >= _end;

    public IDictionary<object, object> Memos { get; }

    public IInput Advance()
    {
        if (AtEnd) throw new InvalidOperationException("Cannot advance beyond the end of the input.");
        bool newline = Source[Position] == '\n';
        return new SourceInput(Source, Position + 1, _end, newline ? Line + 1 : Line, newline ? 1 : Column + 1, Tracker);
    }

    public bool Equals(IInput? other) => other is not null && ReferenceEquals(Source, other.Source) && Position == other.Position;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => Position;
}

/// <summary>
/// Remembers the furthest position any token parser failed at and what it expected there.
/// Sprache's alternatives backtrack to where they started; the furthest failure is where the
/// author's text actually went wrong, so that is where the diagnostic goes.
/// </summary>
internal sealed class FailureTracker
{
    public int Position { get; private set; } = -1;

    public int Line { get; private set; }

    public int Column { get; private set; }

    public SortedSet<string> Expected { get; } = new(StringComparer.Ordinal);

    /// <summary>A specific problem (unterminated string, bad number) that wins over "expected …".</summary>
    public (string Id, string Argument, int Position, int Line, int Column)? Specific { get; private set; }

    public void Note(IInput input, string expected)
    {
        if (input.Position > Position)
        {
            Position = input.Position;
            Line = input.Line;
            Column = input.Column;
            Expected.Clear();
        }
        if (input.Position == Position) Expected.Add(expected);
    }

    public void NoteSpecific(IInput input, string id, string argument)
    {
        if (Specific is null || input.Position > Specific.Value.Position)
            Specific = (id, argument, input.Position, input.Line, input.Column);
    }

    /// <summary>Brackets and calls open at the point being parsed (see <see cref="IterativeParsers.Nested{T}"/>).</summary>
    public int Depth { get; set; }

    /// <summary>
    /// Where brackets first went past <see cref="NestingLimits.MaxBrackets"/>. Once set, the parse
    /// is abandoned: every token parser fails, and the diagnostic is CG0008 here.
    /// </summary>
    public (int Position, int Line, int Column)? TooDeep { get; private set; }

    public void NoteTooDeep(IInput input) => TooDeep ??= (input.Position, input.Line, input.Column);

    public void Reset()
    {
        Position = -1;
        Expected.Clear();
        Specific = null;
        TooDeep = null;
        Depth = 0;
    }
}
