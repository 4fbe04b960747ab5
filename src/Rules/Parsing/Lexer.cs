using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ComplianceGen.Rules.Syntax;
using Sprache;

namespace ComplianceGen.Rules.Parsing;

/// <summary>A token's value with the span it was read from.</summary>
internal readonly struct Spanned<T>
{
    public Spanned(T value, SourceSpan span)
    {
        Value = value;
        Span = span;
    }

    public T Value { get; }

    public SourceSpan Span { get; }
}

/// <summary>
/// Hand-written token parsers. Each skips white space and comments (<c>#</c> or <c>//</c> to the
/// end of the line) before it, records a span, and on failure tells the
/// <see cref="FailureTracker"/> what it expected, so errors land on the offending token.
/// </summary>
internal static class Lexer
{
    /// <summary>Words that can never be a field name: they continue or end an expression.</summary>
    private static readonly HashSet<string> Reserved = new(
        new[] { Keywords.And, Keywords.Or, Keywords.Not, Keywords.In, Keywords.Where, Keywords.Within, Keywords.Matches, Keywords.Contains, Keywords.StartsWith, Keywords.EndsWith, Keywords.SameUnit,
                Keywords.IsStated, Keywords.IsNotStated, Keywords.IsDeclared, Keywords.IsNotDeclared, Keywords.If, Keywords.Then,
                Keywords.Relative, Keywords.Points }
            .SelectMany(k => k.Spellings)
            .Concat(new[] { "is" }),
        StringComparer.OrdinalIgnoreCase);

    public static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    // 、 is not part of a name: it separates list items (适用于 部门预算、部门决算).
    public static bool IsIdentifierPart(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || c == '（' || c == '）';

    public static SourceSpan SpanOf(IInput start, IInput end) =>
        new(start.Position, end.Position, start.Line, start.Column, end.Line, end.Column);

    public static IInput SkipTrivia(IInput input)
    {
        while (!input.AtEnd)
        {
            char c = input.Current;
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                input = input.Advance();
            }
            else if (c == '#' || (c == '/' && Peek(input, 1) == '/'))
            {
                while (!input.AtEnd && input.Current != '\n') input = input.Advance();
            }
            else
            {
                break;
            }
        }
        return input;
    }

    public static char Peek(IInput input, int offset)
    {
        int index = input.Position + offset;
        return index < input.Source.Length ? input.Source[index] : '\0';
    }

    /// <summary>
    /// Fails without consuming: the remainder is the input as it was before the trivia, so that
    /// Sprache's XOr/XMany still try the next alternative. The tracker notes the real position.
    /// </summary>
    public static IResult<T> Fail<T>(IInput original, IInput at, string expected)
    {
        (at as SourceInput)?.Tracker.Note(at, expected);
        return Result.Failure<T>(original, "expected " + expected, new[] { expected });
    }

    /// <summary>Whether the parse has been abandoned because brackets nested too deeply.</summary>
    private static bool IsAbandoned(IInput input) => input is SourceInput { Tracker.TooDeep: not null };

    /// <summary>The failure every parser returns once the parse is abandoned: nothing noted, nothing consumed.</summary>
    public static IResult<T> Abandoned<T>(IInput input) => Result.Failure<T>(input, "expression nested too deeply", Array.Empty<string>());

    private static IResult<T> FailSpecific<T>(IInput at, string id, string argument)
    {
        (at as SourceInput)?.Tracker.NoteSpecific(at, id, argument);
        return Result.Failure<T>(at, id, new[] { argument });
    }

    /// <summary>A keyword in any of its spellings; English spellings ignore case and allow any white space between words.</summary>
    public static Parser<Spanned<string>> Keyword(Keywords.Keyword keyword)
    {
        // Longest spellings first, so "is not stated" is tried before "is stated" cannot match it.
        var spellings = keyword.Spellings.OrderByDescending(s => s.Length).ToArray();
        string expected = "“" + string.Join("”/“", keyword.English.Concat(keyword.Chinese)) + "”";
        return input =>
        {
            if (IsAbandoned(input)) return Abandoned<Spanned<string>>(input);
            var start = SkipTrivia(input);
            foreach (var spelling in spellings)
            {
                var end = MatchWords(start, spelling);
                if (end is not null) return Result.Success(new Spanned<string>(spelling, SpanOf(start, end)), end);
            }
            return Fail<Spanned<string>>(input, start, expected);
        };
    }

    private static IInput? MatchWords(IInput input, string spelling)
    {
        var words = spelling.Split(' ');
        for (int w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                if (input.AtEnd || !char.IsWhiteSpace(input.Current)) return null;
                while (!input.AtEnd && char.IsWhiteSpace(input.Current)) input = input.Advance();
            }
            foreach (char expected in words[w])
            {
                if (input.AtEnd) return null;
                char actual = input.Current;
                bool same = expected < 128 ? char.ToLowerInvariant(actual) == expected : actual == expected;
                if (!same) return null;
                input = input.Advance();
            }
        }
        // A keyword ends at a word boundary: "rules" is not "rule", "要求项" is not "要求".
        if (!input.AtEnd && (IsIdentifierPart(input.Current) || input.Current == '-')) return null;
        return input;
    }

    /// <summary>A field or variable name: letters (Chinese included), digits, _, and （） after the first letter.</summary>
    public static readonly Parser<Spanned<string>> Identifier = input =>
    {
        if (IsAbandoned(input)) return Abandoned<Spanned<string>>(input);
        var start = SkipTrivia(input);
        if (start.AtEnd || !IsIdentifierStart(start.Current)) return Fail<Spanned<string>>(input, start, "字段名（field name）");
        var end = start;
        var text = new StringBuilder();
        while (!end.AtEnd && IsIdentifierPart(end.Current))
        {
            text.Append(end.Current);
            end = end.Advance();
        }
        string name = text.ToString();
        if (Reserved.Contains(name)) return Fail<Spanned<string>>(input, start, "字段名（field name）");
        return Result.Success(new Spanned<string>(name, SpanOf(start, end)), end);
    };

    /// <summary>A rule id or ruleset name: letters, digits, '-', '_' and '.'.</summary>
    public static readonly Parser<Spanned<string>> Name = input =>
    {
        var start = SkipTrivia(input);
        var end = start;
        var text = new StringBuilder();
        while (!end.AtEnd && (IsIdentifierPart(end.Current) || end.Current == '-' || end.Current == '.'))
        {
            text.Append(end.Current);
            end = end.Advance();
        }
        if (text.Length == 0) return Fail<Spanned<string>>(input, start, "编号（id）");
        return Result.Success(new Spanned<string>(text.ToString(), SpanOf(start, end)), end);
    };

    /// <summary>A number: digits with an optional fraction, read as an invariant-culture decimal.</summary>
    public static readonly Parser<Spanned<(decimal Value, string Text)>> Number = input =>
    {
        if (IsAbandoned(input)) return Abandoned<Spanned<(decimal, string)>>(input);
        var start = SkipTrivia(input);
        if (start.AtEnd || !IsAsciiDigit(start.Current)) return Fail<Spanned<(decimal, string)>>(input, start, "数字（number）");
        var end = start;
        var text = new StringBuilder();
        while (!end.AtEnd && IsAsciiDigit(end.Current)) { text.Append(end.Current); end = end.Advance(); }
        if (!end.AtEnd && end.Current == '.' && IsAsciiDigit(Peek(end, 1)))
        {
            text.Append('.');
            end = end.Advance();
            while (!end.AtEnd && IsAsciiDigit(end.Current)) { text.Append(end.Current); end = end.Advance(); }
        }
        string printed = text.ToString();
        if (!decimal.TryParse(printed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value))
            return FailSpecific<Spanned<(decimal, string)>>(start, DiagnosticIds.InvalidNumber, printed);
        return Result.Success(new Spanned<(decimal, string)>((value, printed), SpanOf(start, end)), end);
    };

    /// <summary>
    /// A string: <c>"…"</c> on one line with \" \\ \n \t escapes, or <c>"""…"""</c> over several
    /// lines taken as written. A string with no closing quote is reported as such, at its start.
    /// </summary>
    public static readonly Parser<Spanned<string>> String = input =>
    {
        if (IsAbandoned(input)) return Abandoned<Spanned<string>>(input);
        var start = SkipTrivia(input);
        if (start.AtEnd || start.Current != '"') return Fail<Spanned<string>>(input, start, "字符串（\"…\"）");
        if (Peek(start, 1) == '"' && Peek(start, 2) == '"') return TripleQuoted(start);
        var end = start.Advance();
        var text = new StringBuilder();
        while (true)
        {
            if (end.AtEnd || end.Current == '\n' || end.Current == '\r')
                return FailSpecific<Spanned<string>>(start, DiagnosticIds.UnterminatedString, "\"");
            char c = end.Current;
            if (c == '"') { end = end.Advance(); break; }
            if (c == '\\' && !end.Advance().AtEnd)
            {
                end = end.Advance();
                char escaped = end.Current;
                text.Append(escaped switch { 'n' => '\n', 't' => '\t', _ => escaped });
                end = end.Advance();
                continue;
            }
            text.Append(c);
            end = end.Advance();
        }
        return Result.Success(new Spanned<string>(text.ToString(), SpanOf(start, end)), end);
    };

    /// <summary>
    /// A string in Chinese quotes, <c>“基本支出”</c>, on one line, taken as written. Accepted where an
    /// expression expects text, so a placeholder inside a message can name text without escaping
    /// the message's own <c>"</c>.
    /// </summary>
    public static readonly Parser<Spanned<string>> ChineseQuoted = input =>
    {
        if (IsAbandoned(input)) return Abandoned<Spanned<string>>(input);
        var start = SkipTrivia(input);
        if (start.AtEnd || start.Current != '“') return Fail<Spanned<string>>(input, start, "字符串（“…”）");
        var end = start.Advance();
        var text = new StringBuilder();
        while (true)
        {
            if (end.AtEnd || end.Current == '\n' || end.Current == '\r')
                return FailSpecific<Spanned<string>>(start, DiagnosticIds.UnterminatedString, "”");
            if (end.Current == '”') { end = end.Advance(); break; }
            text.Append(end.Current);
            end = end.Advance();
        }
        return Result.Success(new Spanned<string>(text.ToString(), SpanOf(start, end)), end);
    };

    private static IResult<Spanned<string>> TripleQuoted(IInput start)
    {
        var end = start.Advance().Advance().Advance();
        var text = new StringBuilder();
        while (true)
        {
            if (end.AtEnd) return FailSpecific<Spanned<string>>(start, DiagnosticIds.UnterminatedString, "\"\"\"");
            if (end.Current == '"' && Peek(end, 1) == '"' && Peek(end, 2) == '"')
            {
                end = end.Advance().Advance().Advance();
                break;
            }
            if (end.Current != '\r') text.Append(end.Current);
            end = end.Advance();
        }
        return Result.Success(new Spanned<string>(Dedent(text.ToString()), SpanOf(start, end)), end);
    }

    /// <summary>
    /// Removes the first and last blank lines and the run of spaces common to the rest, as C#
    /// raw strings do. Tabs are content: example documents use tab-led table cells.
    /// </summary>
    private static string Dedent(string text)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count > 0 && lines[0].Trim().Length == 0) lines.RemoveAt(0);
        if (lines.Count > 0 && lines[lines.Count - 1].Trim().Length == 0) lines.RemoveAt(lines.Count - 1);
        int indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart(' ').Length).DefaultIfEmpty(0).Min();
        return string.Join("\n", lines.Select(l => l.Length >= indent && l.Substring(0, indent).Trim(' ').Length == 0 ? l.Substring(indent) : l.TrimStart(' ')));
    }

    /// <summary>One of the given symbols (longest first), e.g. "&lt;=" before "&lt;".</summary>
    public static Parser<Spanned<string>> Symbol(params string[] symbols)
    {
        var ordered = symbols.OrderByDescending(s => s.Length).ToArray();
        string expected = "“" + string.Join("”/“", symbols) + "”";
        return input =>
        {
            if (IsAbandoned(input)) return Abandoned<Spanned<string>>(input);
            var start = SkipTrivia(input);
            foreach (var symbol in ordered)
            {
                var end = start;
                bool matched = true;
                foreach (char c in symbol)
                {
                    if (end.AtEnd || end.Current != c) { matched = false; break; }
                    end = end.Advance();
                }
                if (matched) return Result.Success(new Spanned<string>(symbol, SpanOf(start, end)), end);
            }
            return Fail<Spanned<string>>(input, start, expected);
        };
    }

    /// <summary>Succeeds at the end of the input (after trailing trivia).</summary>
    public static readonly Parser<IInput> End = input =>
    {
        if (IsAbandoned(input)) return Abandoned<IInput>(input);
        var start = SkipTrivia(input);
        return start.AtEnd ? Result.Success(start, start) : Fail<IInput>(input, start, "结尾（end of rule）");
    };

    /// <summary>The position after trivia, without consuming: where the next token starts.</summary>
    public static readonly Parser<IInput> Here = input =>
    {
        var start = SkipTrivia(input);
        return Result.Success(start, start);
    };

    private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';
}

/// <summary>Ids the lexer reports directly (the rest live in the diagnostic catalogue).</summary>
internal static class DiagnosticIds
{
    public const string UnterminatedString = "CG0002";
    public const string InvalidNumber = "CG0007";
}
