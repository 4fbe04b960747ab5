using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Normalization;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

public enum LayoutTokenKind
{
    /// <summary>A run of Chinese text: a subject name, a header label, 合计.</summary>
    Name,
    /// <summary>A number. Whether a bare integer is a figure or a code depends on where it stands (see <see cref="LayoutToken.IsCodeLike"/>).</summary>
    Figure,
    /// <summary>A classification code glued to its name (<c>30207邮电费</c>): always a code.</summary>
    Code,
    /// <summary>Anything else: …, notes, punctuation.</summary>
    Other,
}

/// <summary>
/// One word of a <c>pdftotext -layout</c> line, with the column it starts at. Words are split at
/// every space, not only at the runs of spaces between columns, because single spaces separate
/// columns in some layouts (<c>207 01 01 行政运行 4,654,597</c>); Chinese letters spaced out one
/// space apart (<c>因 公 出 国 （ 境 ） 费</c>) are joined back into one name.
/// </summary>
public sealed partial class LayoutToken
{
    /// <summary>A run of a name: Chinese characters, full-width brackets, quotes and the enumeration comma only (a run has no spaces, so no line end).</summary>
    private static bool IsNameText(ReadOnlySpan<char> run)
    {
        foreach (char c in run)
            if (c is not (>= '\u4e00' and <= '\u9fff' or '（' or '）' or '“' or '”' or '、')) return false;
        return run.Length > 0;
    }
    [GeneratedRegex(@"^(?<c>(?:2\d{2}|3[01]\d|399)(?:\d{2}){0,2})(?=[\u4e00-\u9fff])")]
    private static partial Regex GluedCode { get; }
    [GeneratedRegex(@"^(?:2\d{2}|3[01]\d|399)(?:\d{2}){0,2}$")]
    private static partial Regex CodeText { get; }
    [GeneratedRegex(@"^\d{2}$")]
    private static partial Regex PartText { get; }

    /// <summary>The runs of a name spaced out one letter apart; null for a token of one run (nearly all: no list, no builder for them).</summary>
    private readonly List<(int Start, int Length)>? _spans;

    private bool? _codeLike;

    private LayoutToken(LayoutTokenKind kind, SourceLine line, List<(int Start, int Length)> spans)
    {
        Kind = kind;
        Line = line;
        _spans = spans;
        Start = spans[0].Start;
        End = spans[^1].Start + spans[^1].Length;
        var text = new System.Text.StringBuilder();
        foreach (var (s, n) in spans) text.Append(line.Text, s, n);
        _text = text.ToString();
    }

    private LayoutToken(LayoutTokenKind kind, SourceLine line, int start, int end)
    {
        Kind = kind;
        Line = line;
        Start = start;
        End = end;
    }

    /// <summary>The token's runs: its spans, or its one run.</summary>
    private List<(int Start, int Length)> Spans() => _spans ?? new List<(int Start, int Length)> { (Start, End - Start) };

    public LayoutTokenKind Kind { get; }

    public SourceLine Line { get; }

    /// <summary>Column of the first character in the normalized line.</summary>
    public int Start { get; }

    /// <summary>Column just after the last character.</summary>
    public int End { get; }

    private string? _text;

    /// <summary>The token's text; a spaced-out name without its spaces. A run's text is cut on first use: the table passes look at most tokens' kind and place only.</summary>
    public string Text => _text ??= Line.Text.Substring(Start, End - Start);

    /// <summary>Appends the token's characters, with their source positions, to <paramref name="target"/>.</summary>
    public void AppendTo(MappedText target)
    {
        if (_spans is null) target.Append(Line, Start, End - Start);
        else foreach (var (s, n) in _spans) target.Append(Line, s, n);
    }

    public Evidence Evidence
    {
        get
        {
            var mapped = new MappedText();
            AppendTo(mapped);
            return mapped.EvidenceFor(0, mapped.Length);
        }
    }

    /// <summary>A 类, 类款 or 类款项 code written as one number: 3, 5 or 7 digits, 2xx functional or 3xx economic (the length is told first: most figures have another).</summary>
    public bool IsCodeLike => _codeLike ??= Kind == LayoutTokenKind.Code || (Kind == LayoutTokenKind.Figure && End - Start is 3 or 5 or 7 && CodeText.IsMatch(Text));

    /// <summary>A 款 or 项 printed in a column of its own: two digits.</summary>
    public bool IsPart => Kind == LayoutTokenKind.Figure && End - Start == 2 && PartText.IsMatch(Text);

    public override string ToString() => $"{Kind}@{Start}:{Text}";

    /// <summary>
    /// The line's words, split once and kept on the line: several table passes read the same lines. The list is
    /// shared; callers read it and never change it.
    /// </summary>
    public static List<LayoutToken> Split(SourceLine line) => line.Tokens as List<LayoutToken> ?? (List<LayoutToken>)(line.Tokens = SplitNew(line));

    /// <summary>Whether a Chinese character follows 3, 5 or 7 characters into the run: a glued code's name starts there, and a figure ("2,345.00") has none.</summary>
    private static bool ChineseAfterDigits(string text, int start, int end)
    {
        for (int at = start + 3; at <= start + 7 && at < end; at += 2)
            if (text[at] is >= '\u4e00' and <= '\u9fff') return true;
        return false;
    }

    private static List<LayoutToken> SplitNew(SourceLine line)
    {
        var tokens = new List<LayoutToken>();
        string text = line.Text;
        // Runs of characters other than white space (what \S+ matches), found without the regex engine, and the patterns
        // tried on the run in place (Match(text, start, length) reads the run as the whole input, anchors and lookarounds included).
        for (int at = 0; at < text.Length;)
        {
            if (WhiteSpace.Is(text[at]))
            {
                at++;
                continue;
            }
            int start = at, end = at + 1;
            while (end < text.Length && !WhiteSpace.Is(text[end])) end++;
            at = end;
            // A glued code starts with the 2 or 3 of a functional or economic code: other runs are not tried.
            var glued = text[start] is '2' or '3' && ChineseAfterDigits(text, start, end) ? GluedCode.Match(text, start, end - start) : Match.Empty;
            if (glued.Success)
            {
                int codeEnd = start + glued.Length;
                tokens.Add(new LayoutToken(LayoutTokenKind.Code, line, start, codeEnd));
                start = codeEnd;
            }
            var piece = text.AsSpan(start, end - start);
            if (IsNameText(piece))
            {
                // A name spaced out one letter apart continues the name before it.
                var previous = tokens.Count > 0 ? tokens[^1] : null;
                if (previous is not null && previous.Kind == LayoutTokenKind.Name && start - previous.End == 1 && !glued.Success)
                {
                    tokens[^1] = new LayoutToken(LayoutTokenKind.Name, line, new List<(int, int)>(previous.Spans()) { (start, end - start) });
                    continue;
                }
                tokens.Add(new LayoutToken(LayoutTokenKind.Name, line, start, end));
            }
            else if (Numbers.IsFullNumber(piece))
            {
                tokens.Add(new LayoutToken(LayoutTokenKind.Figure, line, start, end));
            }
            else
            {
                tokens.Add(new LayoutToken(LayoutTokenKind.Other, line, start, end));
            }
        }
        return tokens;
    }
}
