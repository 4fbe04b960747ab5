using System;
using System.Collections.Generic;
using System.Text;

namespace ComplianceGen.Reader.Normalization;

/// <summary>
/// Normalizes one line for matching while remembering where every kept character came from:
/// full-width digits, letters, %, and the decimal point become ASCII; ASCII brackets, colons
/// and semicolons become their full-width forms (the prose patterns are written against
/// those); ideographic and no-break spaces and form feeds become spaces; Word-export
/// <c>[bookmark: …]</c> markers are dropped.
/// </summary>
public static class LineNormalizer
{
    private const string BookmarkStart = "[bookmark:";

    /// <param name="traditional">The document is written in traditional characters (<see cref="TraditionalChinese"/>): they are
    /// read in simplified ones, and a reading in pinyin a mirror put after a character is left out.</param>
    public static SourceLine Normalize(int number, string original, int page = 0, System.Collections.Generic.IReadOnlyList<Layout.LineCell>? cells = null,
        bool traditional = false)
    {
        var output = new Output(original);
        bool? justified = null;
        int i = 0;
        while (i < original.Length)
        {
            if (traditional && TraditionalChinese.PinyinAfterCharacter(original, i) is > 0 and int reading)
            {
                for (int k = 0; k < reading; k++) output.Drop();
                i += reading;
                continue;
            }
            // The characters Map leaves as they are, Chinese text among them, are kept without a look at their neighbours.
            if (!IsSpecial(original[i]))
            {
                if (traditional) output.Write(TraditionalChinese.Simplified(original[i]), i);
                else output.Keep(i);
                i++;
                continue;
            }
            char c = original[i];
            if (c == ' ')
            {
                // A space beside another is kept: neither test below takes a space with a space beside it. A layout's
                // runs of spaces, most of its characters, are measured and kept at once.
                int run = original.AsSpan(i).IndexOfAnyExcept(' ');
                if (run < 0) run = original.Length - i;
                if (run == 1 && (InLetterSpacedRun(original, i) || SpacedBetween(original, i) && (justified ??= IsLetterSpaced(original))))
                {
                    output.Drop();
                    i++;
                    continue;
                }
                output.KeepRun(i, run);
                i += run;
                continue;
            }
            if (c == '[' && string.CompareOrdinal(original, i, BookmarkStart, 0, BookmarkStart.Length) == 0)
            {
                int close = original.IndexOf(']', i);
                if (close > 0)
                {
                    for (; i <= close; i++) output.Drop();
                    continue;
                }
            }
            char n = Map(c, i > 0 ? original[i - 1] : '\0', i + 1 < original.Length ? original[i + 1] : '\0');
            if (n == '\0') output.Drop();
            else output.Write(n, i);
            i++;
        }
        var (normalized, kept) = output.Finish();
        return new SourceLine(number, original, normalized, kept)
        {
            Page = page,
            Cells = cells ?? System.Array.Empty<Layout.LineCell>(),
        };
    }

    /// <summary>
    /// The normalized line as it is written, with where each of its characters came from. Most lines come out as they
    /// went in, so nothing is copied until a character changes or is dropped: then the line so far is copied into a pooled
    /// buffer. The map of origins is kept only once a character has been dropped; before that the i-th character is the i-th.
    /// </summary>
    private ref struct Output
    {
        private readonly string _original;
        private char[]? _text;
        private int[]? _map;
        private int _count;

        public Output(string original) => _original = original;

        /// <summary>The original's character at <paramref name="from"/>, unchanged.</summary>
        public void Keep(int from)
        {
            if (_text is null) _count++;
            else Write(_original[from], from);
        }

        /// <summary>The original's <paramref name="count"/> characters from <paramref name="from"/>, unchanged.</summary>
        public void KeepRun(int from, int count)
        {
            if (_text is not null)
            {
                _original.AsSpan(from, count).CopyTo(_text.AsSpan(_count));
                if (_map is not null)
                    for (int k = 0; k < count; k++) _map[_count + k] = from + k;
            }
            _count += count;
        }

        /// <summary><paramref name="c"/> in place of the original's character at <paramref name="from"/>.</summary>
        public void Write(char c, int from)
        {
            if (_text is null)
            {
                if (c == _original[from])
                {
                    _count++;
                    return;
                }
                StartCopy();
            }
            _text![_count] = c;
            if (_map is not null) _map[_count] = from;
            _count++;
        }

        /// <summary>The original's next character is left out.</summary>
        public void Drop()
        {
            if (_text is null) StartCopy();
            if (_map is null)
            {
                // Every character written so far came from the same place in the original.
                _map = System.Buffers.ArrayPool<int>.Shared.Rent(System.Math.Max(1, _original.Length));
                for (int k = 0; k < _count; k++) _map[k] = k;
            }
        }

        private void StartCopy()
        {
            // One character out per character in at most.
            _text = System.Buffers.ArrayPool<char>.Shared.Rent(System.Math.Max(1, _original.Length));
            _original.AsSpan(0, _count).CopyTo(_text);
        }

        public (string Text, int[]? Map) Finish()
        {
            if (_text is null) return (_original, null);
            string text = new string(_text, 0, _count);
            System.Buffers.ArrayPool<char>.Shared.Return(_text);
            if (_map is null) return (text, null);
            int[] map = _map.AsSpan(0, _count).ToArray();
            System.Buffers.ArrayPool<int>.Shared.Return(_map);
            return (text, map);
        }
    }

    /// <summary>
    /// The characters the loop must look at: a space, a bookmark's start, and every character <see cref="Map"/> changes
    /// or drops (NUL among them, which Map passes through as the mark of a dropped character). One bit per character.
    /// </summary>
    private static readonly uint[] SpecialBits = SpecialCharacters();

    internal static bool IsSpecial(char c) => (SpecialBits[c >> 5] & (1u << c)) != 0;

    private static uint[] SpecialCharacters()
    {
        var bits = new uint[65536 / 32];
        void Add(char c) => bits[c >> 5] |= 1u << c;
        foreach (char c in " [\0％．，():;\u3000\u00A0\f\v\r\uFEFF\u200B") Add(c);
        for (char c = '０'; c <= '９'; c++) Add(c);
        for (char c = 'Ａ'; c <= 'Ｚ'; c++) Add(c);
        for (char c = 'ａ'; c <= 'ｚ'; c++) Add(c);
        return bits;
    }

    internal static char Map(char c, char previous, char next)
    {
        if (c >= '０' && c <= '９') return (char)('0' + (c - '０'));
        if ((c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) return (char)(c - 0xFEE0);
        switch (c)
        {
            case '％': return '%';
            case '．': return IsDigit(previous) && IsDigit(next) ? '.' : c;
            case '，': return IsDigit(previous) && IsDigit(next) ? ',' : c; // 1，951 as a thousands separator
            case '(': return '（';
            case ')': return '）';
            case ':': return IsDigit(previous) && IsDigit(next) ? ':' : '：'; // keep 24:00
            case ';': return '；';
            case '\u3000':
            case '\u00A0':
            case '\f':
            case '\v':
                return ' ';
            case '\r':
            case '\uFEFF':
            case '\u200B':
                return '\0';
            default: return c;
        }
    }

    /// <summary>
    /// A line set letter by letter, as pdftotext -layout writes a justified line ("2026 年 支 出 预 算 33112.47 万 元 ，
    /// 比 2025 年 年 初 预 算 数"): most of its words, six or more, are one Chinese character or mark. In such a line every
    /// single space beside a Chinese character is typesetting, including those beside figures ("33112.47 万 元").
    /// </summary>
    private static bool IsLetterSpaced(string s)
    {
        if (s.Length < 11 || s.IndexOf(' ') < 0) return false;
        // The indentation, and the form feed that opens a page before it, are not part of the line's words.
        int from = 0;
        while (from < s.Length && WhiteSpace.Is(s[from])) from++;
        int words = 0, single = 0, start = -1;
        for (int i = from; i <= s.Length; i++)
        {
            bool space = i == s.Length || s[i] == ' ';
            if (!space && start < 0) start = i;
            if (space && start >= 0)
            {
                // Two spaces or more part cells of a table or columns of a layout: such a line is not one justified line.
                if (i + 1 < s.Length && s[i + 1] == ' ' && i + 1 < s.Length - 1 && s.AsSpan(i).TrimStart(' ').Length > 0) return false;
                words++;
                if (i - start == 1 && IsChinese(s[start])) single++;
                start = -1;
            }
        }
        return words >= 6 && single * 10 >= words * 6;
    }

    /// <summary>A single space with a Chinese character or mark on one side and a word on the other.</summary>
    private static bool SpacedBetween(string s, int i) =>
        i > 0 && i + 1 < s.Length && s[i - 1] != ' ' && s[i + 1] != ' ' && (IsChinese(s[i - 1]) || IsChinese(s[i + 1]));

    /// <summary>A Chinese character or a full-width mark (，。；：、（）“”).</summary>
    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF' or '“' or '”';

    /// <summary>
    /// A single space inside a run of three or more Chinese characters each set one space apart
    /// (<c>一 般 公 共 预 算 收 入</c>, as letter-spaced text comes out of PDF text layers) is typesetting, not a word break.
    /// </summary>
    private static bool InLetterSpacedRun(string s, int i)
    {
        static bool Cjk(string t, int k) => k >= 0 && k < t.Length && t[k] >= '\u4E00' && t[k] <= '\u9FFF';
        if (!Cjk(s, i - 1) || !Cjk(s, i + 1)) return false;
        bool before = i - 2 >= 0 && s[i - 2] == ' ' && Cjk(s, i - 3) && (i - 4 < 0 || !Cjk(s, i - 4) || s[i - 4] == ' ');
        bool after = i + 2 < s.Length && s[i + 2] == ' ' && Cjk(s, i + 3) && (i + 4 >= s.Length || !Cjk(s, i + 4) || s[i + 4] == ' ');
        return (before || after) && (i - 2 < 0 || !Cjk(s, i - 2)) && (i + 2 >= s.Length || !Cjk(s, i + 2));
    }

    private static bool IsDigit(char c) => (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
}
