using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Normalization;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// The table of contents: the lines after a 目录 line near the start, up to the first line the body repeats
/// (the contents end where the text begins), each without its dot leader and page number. An entry is found when
/// a heading, a table title or a line of the body after the contents has the same title, numbering and spaces aside.
/// </summary>
public static partial class ContentsExtractor
{
    private const int SearchLines = 120, MaxEntries = 60;
    [GeneratedRegex(@"[.．…·•\-—_\s]*\d{0,4}\s*$")]
    private static partial Regex Leader { get; }
    [GeneratedRegex(@"^(?:第[一二三四五六七八九十\d]+部分|[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]|附件\d*[:：]?)\s*")]
    private static partial Regex Numbering { get; }

    /// <summary>
    /// A Word contents field's code left in the text of a page saved from Word (<c>一、主要职责 PAGEREF _Toc32310 \h 3</c>):
    /// the entry is the title before it, and the page number after it.
    /// </summary>
    [GeneratedRegex(@"\s*(?:PAGEREF|HYPERLINK\s+\\l)\s+""?_Toc\d+""?(?:\s+\\?h)?", RegexOptions.IgnoreCase)]
    private static partial Regex FieldCode { get; }

    private static string WithoutFieldCode(string line) => line.Contains("_Toc", StringComparison.Ordinal) ? FieldCode.Replace(line, "") : line;

    [GeneratedRegex(@"(?:日期|时间)\s*[:：]")]
    private static partial Regex DateLine { get; }

    public static void Extract(ExtractionContext context)
    {
        var lines = context.Document.Lines;
        int start = -1;
        for (int i = 0; i < lines.Count && i < SearchLines; i++)
        {
            if (WhiteSpace.Removed(lines[i].Text) is "目录" or "目次")
            {
                start = i + 1;
                break;
            }
        }
        if (start < 0) return;
        var entries = new List<(SourceLine Line, string Key, string Title)>();
        int end = start;
        for (; end < lines.Count && entries.Count < MaxEntries; end++)
        {
            var line = lines[end];
            if (line.IsBlank) continue;
            string title = Leader.Replace(WithoutFieldCode(line.Trimmed), "");
            // A publishing date under 目录 (公开日期：2024年9月26日) is the page's, not an entry; its digits are no page number.
            if (DateLine.IsMatch(title)) continue;
            string key = Key(title);
            if (key.Length < 2 || title.Contains('。') || title.Length > 60) break;
            // The body starts where its first heading repeats an entry, or on a page after the contents' pages.
            if (entries.Exists(e => e.Key == key || Core(e.Key) == Core(key) || key.EndsWith("）" + Core(e.Key), System.StringComparison.Ordinal))) break;
            // "部门主要职能" is printed in the body as "上海市普陀区文化和旅游局主要职能": an unnumbered line that ends like an entry
            // whose 部门/单位 stands for the unit's name.
            bool numbered = Numbering.IsMatch(line.Trimmed);
            if (!numbered && entries.Exists(e => StandsForUnit(e.Key) && Core(e.Key).Length >= 4 && key.EndsWith(Core(e.Key), System.StringComparison.Ordinal))) break;
            if (line.Page > 0 && lines[start - 1].Page > 0 && line.Page > lines[start - 1].Page + 2) break;
            // A new page that opens with an unnumbered line is the body's first page, not more contents.
            if (line.Page > lines[start - 1].Page && FirstOnPage(lines, end) && !Numbering.IsMatch(line.Trimmed)) break;
            if (title.Contains("  ", System.StringComparison.Ordinal)) continue; // a table's header row (序号   报表名称), not an entry
            entries.Add((line, key, title));
        }
        if (entries.Count < 2) return;
        context.ContentsEnd = lines[end - 1].Number;
        // The body's keys, a line's after another's, in a pooled buffer: a long document's run to hundreds of thousands of
        // characters, and no string of them is made.
        var body = new KeyBuffer(8192);
        KeyBuffer? cores = null;
        try
        {
            // Where each line's key lies in the body's keys, and which lines are short: the headings an entry worded
            // differently may match.
            var lineKeys = new List<(int At, int Length)>(lines.Count - end);
            var headingLines = new List<int>();
            for (int i = end; i < lines.Count; i++)
            {
                int at = body.Length, length = AppendKey(body, lines[i].Text);
                if (length is >= 2 and <= 40) headingLines.Add(lineKeys.Count);
                lineKeys.Add((at, length));
                body.Append('|');
            }
            // The body without the unit's stand-in words, made only when an entry is not in the body as it is, a line at a
            // time: no word taken out holds the separator, so the whole's core is its lines' cores, separated as they were.
            // Where each line's core lies in it, for the headings.
            List<(int At, int Length)>? lineCores = null;
            ulong[]? headingMarks = null;
            void MakeCores()
            {
                cores = new KeyBuffer(body.Length);
                lineCores = new List<(int At, int Length)>(lineKeys.Count);
                foreach (var (at, length) in lineKeys)
                {
                    var lineKey = body.Chars.Slice(at, length);
                    int coreAt = cores.Length;
                    if (lineKey.IndexOfAny('单', '部') < 0) cores.Append(lineKey);
                    else cores.Append(Core(lineKey.ToString()));
                    lineCores.Add((coreAt, cores.Length - coreAt));
                    cores.Append('|');
                }
                headingMarks = new ulong[headingLines.Count];
                for (int h = 0; h < headingLines.Count; h++) headingMarks[h] = Marks(cores.Chars.Slice(lineCores[headingLines[h]].At, lineCores[headingLines[h]].Length));
            }
            // Two rows of the similarity table, reused for every heading (a long document has thousands of short lines).
            var rows = (new int[41], new int[41]);
            foreach (var (line, key, title) in entries)
            {
                int at = line.Text.IndexOf(title, System.StringComparison.Ordinal);
                string core = Core(key);
                bool found = body.Chars.IndexOf(key, System.StringComparison.Ordinal) >= 0;
                if (!found)
                {
                    if (cores is null) MakeCores();
                    found = cores!.Chars.IndexOf(core, System.StringComparison.Ordinal) >= 0;
                    for (int h = 0; h < headingLines.Count && !found; h++)
                    {
                        var (coreAt, coreLength) = lineCores![headingLines[h]];
                        found = Similar(core, cores.Chars.Slice(coreAt, coreLength), headingMarks![h], rows);
                    }
                }
                context.Report.Contents.Add(new ContentsEntry
                {
                    Title = new TextFact(title, MappedText.Of(line).EvidenceFor(System.Math.Max(0, at), title.Length)),
                    Found = found,
                    IsTable = key.EndsWith("表", System.StringComparison.Ordinal) || key.Contains("表（", System.StringComparison.Ordinal),
                });
            }
        }
        finally
        {
            body.Return();
            cores?.Return();
        }
    }

    /// <summary>Characters appended in a buffer rented from the pool and grown there; returned to the pool when done.</summary>
    private sealed class KeyBuffer(int capacity)
    {
        private char[] _chars = System.Buffers.ArrayPool<char>.Shared.Rent(capacity);

        public int Length { get; private set; }

        public ReadOnlySpan<char> Chars => _chars.AsSpan(0, Length);

        public void Append(ReadOnlySpan<char> text)
        {
            Reserve(text.Length);
            text.CopyTo(_chars.AsSpan(Length));
            Length += text.Length;
        }

        public void Append(char c)
        {
            Reserve(1);
            _chars[Length++] = c;
        }

        private void Reserve(int more)
        {
            if (Length + more <= _chars.Length) return;
            var larger = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, Length + more));
            _chars.AsSpan(0, Length).CopyTo(larger);
            System.Buffers.ArrayPool<char>.Shared.Return(_chars);
            _chars = larger;
        }

        public override string ToString() => new(_chars, 0, Length);

        public void Return()
        {
            System.Buffers.ArrayPool<char>.Shared.Return(_chars);
            _chars = Array.Empty<char>();
            Length = 0;
        }
    }

    /// <summary>
    /// A key without the words a contents page puts where the body prints the unit's name ("单位主要职能" for
    /// "上海交通职业技术学院（单位）主要职能").
    /// </summary>
    private static string Core(string key) =>
        // Every word taken out holds 单 or 部: a key with neither (most of a body's lines) is its own core.
        key.AsSpan().IndexOfAny('单', '部') < 0 ? key
            : key.Replace("（单位）", "").Replace("（部门）", "").Replace("本部门", "").Replace("本单位", "").Replace("部门", "").Replace("单位", "");

    /// <summary>The title without numbering, spaces, quotes or brackets' width: what must match.</summary>
    private static string Key(string text)
    {
        var b = new KeyBuffer(Math.Max(1, text.Length));
        AppendKey(b, text);
        string key = b.ToString();
        b.Return();
        return key;
    }

    /// <summary>Appends the key of <paramref name="text"/> (see <see cref="Key"/>) and returns its length: the body's thousands of lines are keyed without a string each.</summary>
    private static int AppendKey(KeyBuffer b, string text)
    {
        var t = WhiteSpace.Trimmed(text.AsSpan());
        // The numbering is anchored at the start (at most one match, which the key leaves out) and starts with 第, a
        // bracket, a digit, a Chinese numeral or 附: most of a body's lines start otherwise and are not matched at all.
        if (t.Length > 0 && (t[0] is '第' or '（' or '(' or '附' || char.IsDigit(t[0]) || "一二三四五六七八九十".Contains(t[0])))
        {
            foreach (var numbering in Numbering.EnumerateMatches(t))
            {
                t = t[numbering.Length..];
                break;
            }
        }
        // Runs of kept characters go in at once: a body is thousands of lines, most of their characters kept.
        int length = 0, run = 0;
        for (int i = 0; i < t.Length; i++)
        {
            int next = t[i..].IndexOfAny(KeyMarks);
            if (next < 0) break;
            i += next;
            char c = t[i];
            b.Append(t[run..i]);
            length += i - run;
            run = i + 1;
            if (c is '(' or ')')
            {
                b.Append(c == '(' ? '（' : '）');
                length++;
                continue;
            }
            // A dropped character is mostly a space of a run (a table row's gaps): the run goes at once.
            int kept = t[run..].IndexOfAnyExcept(DroppedMarks);
            run = kept < 0 ? t.Length : run + kept;
            i = run - 1;
        }
        b.Append(t[run..]);
        return length + t.Length - run;
    }

    /// <summary>What a key leaves out or changes: white space (every character <see cref="WhiteSpace.Is"/> says is), quotes and half-width brackets.</summary>
    private static readonly System.Buffers.SearchValues<char> KeyMarks = System.Buffers.SearchValues.Create(WhiteSpace.All + "“”\"'‘’()");

    /// <summary>The marks a key leaves out: <see cref="KeyMarks"/> but the brackets, which it changes.</summary>
    private static readonly System.Buffers.SearchValues<char> DroppedMarks = System.Buffers.SearchValues.Create(WhiteSpace.All + "“”\"'‘’");

    private static bool StandsForUnit(string key) => key.StartsWith("部门", System.StringComparison.Ordinal) || key.StartsWith("单位", System.StringComparison.Ordinal);

    private static bool FirstOnPage(IReadOnlyList<SourceLine> lines, int index)
    {
        for (int k = index - 1; k >= 0 && lines[k].Page == lines[index].Page; k--)
            if (!lines[k].IsBlank) return false;
        return true;
    }

    /// <summary>A character's bit among 64: characters one code point apart (most of a heading's) fall on different bits.</summary>
    private static ulong Mark(char c) => 1UL << (c & 63);

    /// <summary>The bits of every character of <paramref name="text"/>: a character whose bit is not set is not in the text.</summary>
    private static ulong Marks(ReadOnlySpan<char> text)
    {
        ulong marks = 0;
        foreach (char c in text) marks |= Mark(c);
        return marks;
    }

    /// <summary>
    /// A heading worded a little differently from its entry ("部门机构设置和预算单位构成情况" for "…及…",
    /// "2019年部门主要工作任务" for "2019年度…") is the same part: nine tenths of the entry's characters, in order.
    /// </summary>
    private static bool Similar(string entry, ReadOnlySpan<char> heading, ulong headingMarks, (int[] Previous, int[] Current) rows)
    {
        if (entry.Length == 0 || heading.Length < entry.Length * 7 / 10) return false;
        // The common subsequence cannot be longer than the entry's characters the heading has at all: most of a long
        // document's lines share too few with an entry to pass, and are turned away without filling the table. The
        // heading's marks (one bit a character) count too many, never too few, and cost a bit test a character.
        int needed = entry.Length <= 6 ? entry.Length - 1 : (entry.Length * 9 + 9) / 10;
        int possible = 0;
        foreach (char c in entry) if ((headingMarks & Mark(c)) != 0) possible++;
        if (possible < needed) return false;
        int present = 0;
        foreach (char c in entry) if (heading.Contains(c)) present++;
        if (present < needed) return false;
        var (previous, current) = heading.Length < rows.Previous.Length ? rows : (new int[heading.Length + 1], new int[heading.Length + 1]);
        System.Array.Clear(previous, 0, heading.Length + 1);
        current[0] = 0;
        for (int i = 1; i <= entry.Length; i++)
        {
            for (int j = 1; j <= heading.Length; j++)
                current[j] = entry[i - 1] == heading[j - 1] ? previous[j - 1] + 1 : System.Math.Max(previous[j], current[j - 1]);
            (previous, current) = (current, previous);
        }
        int common = previous[heading.Length];
        // A short entry may differ by one character ("名称解释" for the heading "名词解释"): a slip of the contents, not a missing part.
        return common * 10 >= entry.Length * 9 || entry.Length <= 6 && common >= entry.Length - 1;
    }
}
