using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace ComplianceGen.Runtime.CompilerServices;

/// <summary>
/// The positions a generated existence test, count or evidence collection visits in a list. A test over one list made
/// for every item of another (<c>任一(t 属于 语句 满足 t.序号 &lt; s.序号 且 t.字数 = s.字数 且 …)</c>, asked of every long
/// sentence) reads the whole list each time: quadratic in the document's length, and a 30 MB text took over a minute.
/// When the test requires an element's whole number to equal one of the item's, only the elements stating that number,
/// and those stating none (whose part of the test is unknown, not false), can make it true or unknown; the others make
/// it false, and are passed over. So long lists are indexed once by that number and only those positions are visited,
/// in the list's order.
/// </summary>
/// <remarks>
/// An index is kept for the thread until the rule that uses it starts its next check (<see cref="Forget"/> is the
/// first thing such a rule's check does), so a report changed between two validations is indexed afresh; a report
/// changed after its check and before its findings' evidence is collected is not. A thread keeps at most four indexes.
/// Lists shorter than <see cref="MinimumLength"/> are read whole, as before: indexing them would save little and allocate.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class WholeNumberIndex
{
    /// <summary>The shortest list that is indexed.</summary>
    public const int MinimumLength = 256;

    /// <summary>The most indexes a thread keeps.</summary>
    private const int MaximumKept = 4;

    [ThreadStatic] private static List<Index>? t_indexes;

    private sealed class Index(object list, object number, Dictionary<int, int[]> stating, int[] stateNone)
    {
        public object List { get; } = list;
        public object Number { get; } = number;
        public Dictionary<int, int[]> Stating { get; } = stating;
        public int[] StateNone { get; } = stateNone;
    }

    /// <summary>Drops the thread's indexes: called when a rule that uses them starts checking a report.</summary>
    public static void Forget() => t_indexes?.Clear();

    /// <summary>
    /// The positions in <paramref name="list"/> whose element's <paramref name="number"/> is <paramref name="value"/>
    /// or not stated, ascending; every position when <paramref name="value"/> is not stated or the list is short.
    /// <paramref name="number"/> is a generated test's own static lambda, the same object at every call, so it tells
    /// the indexes of one list apart.
    /// </summary>
    public static Positions Of<T>(IReadOnlyList<T> list, Func<T, CountFact?> number, CountFact? value)
    {
        if (value is null || list.Count < MinimumLength) return new Positions(list.Count, null, null);
        var index = Find(list, number) ?? Build(list, number);
        return new Positions(0, index.Stating.TryGetValue(value.Value, out var stating) ? stating : Array.Empty<int>(), index.StateNone);
    }

    private static Index? Find(object list, object number)
    {
        if (t_indexes is null) return null;
        foreach (var index in t_indexes)
            if (ReferenceEquals(index.List, list) && ReferenceEquals(index.Number, number)) return index;
        return null;
    }

    private static Index Build<T>(IReadOnlyList<T> list, Func<T, CountFact?> number)
    {
        var stating = new Dictionary<int, List<int>>();
        var stateNone = new List<int>();
        for (int i = 0; i < list.Count; i++)
        {
            if (number(list[i]) is not { } fact) stateNone.Add(i);
            else if (stating.TryGetValue(fact.Value, out var positions)) positions.Add(i);
            else stating.Add(fact.Value, new List<int> { i });
        }
        var byValue = new Dictionary<int, int[]>(stating.Count);
        foreach (var (value, positions) in stating) byValue.Add(value, positions.ToArray());
        var index = new Index(list, number, byValue, stateNone.ToArray());
        var indexes = t_indexes ??= new List<Index>();
        // A finding's evidence is collected when it is written, on whichever thread writes it, after its rule's check
        // and long after on a batch's writing thread, which never starts a check: the oldest index is dropped, so a
        // thread holds a few lists at most.
        if (indexes.Count >= MaximumKept) indexes.RemoveAt(0);
        indexes.Add(index);
        return index;
    }

    /// <summary>Positions to visit: 0 … count−1, or two ascending arrays merged in order. Enumerated without allocating.</summary>
    public readonly struct Positions
    {
        private readonly int _count;
        private readonly int[]? _first, _second;

        internal Positions(int count, int[]? first, int[]? second)
        {
            _count = count;
            _first = first;
            _second = second;
        }

        public Enumerator GetEnumerator() => new(_count, _first, _second);

        public struct Enumerator
        {
            private readonly int _count;
            private readonly int[]? _first, _second;
            private int _next, _a, _b;

            internal Enumerator(int count, int[]? first, int[]? second)
            {
                _count = count;
                _first = first;
                _second = second;
                _next = _a = _b = 0;
                Current = -1;
            }

            public int Current { get; private set; }

            public bool MoveNext()
            {
                if (_first is null)
                {
                    if (_next >= _count) return false;
                    Current = _next++;
                    return true;
                }
                var second = _second!;
                if (_a < _first.Length && (_b >= second.Length || _first[_a] < second[_b])) Current = _first[_a++];
                else if (_b < second.Length) Current = second[_b++];
                else return false;
                return true;
            }
        }
    }
}
