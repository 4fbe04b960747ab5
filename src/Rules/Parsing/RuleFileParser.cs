using System;
using System.Collections.Generic;
using System.Linq;
using ComplianceGen.Rules.Diagnostics;
using ComplianceGen.Rules.Syntax;
using Sprache;

namespace ComplianceGen.Rules.Parsing;

/// <summary>
/// Parses a rule file. The file is cut into chunks at each line that starts with
/// <c>rule</c>/<c>规则</c> or <c>ruleset</c>/<c>规则集</c>, and each chunk is parsed on its own:
/// a mistake in one rule gives a located diagnostic and the other rules still compile.
/// Never throws, except <see cref="OperationCanceledException"/> when the build is cancelled.
/// </summary>
public static class RuleFileParser
{
    /// <summary>Rule files are small; anything larger is not a rule file (and would slow every build).</summary>
    public const int MaxCharacters = 1_000_000;

    public static ParsedRuleFile Parse(string path, string text, System.Threading.CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<RuleDiagnostic>();
        var rules = new List<RuleSyntax>();
        RuleSetHeader? header = null;
        try
        {
            if (text.Length > MaxCharacters)
            {
                diagnostics.Add(RuleDiagnostic.Create(DiagnosticCatalog.FileTooLarge, path, new SourceSpan(0, 0, 1, 1, 1, 1), text.Length, MaxCharacters));
                return Result(path, header, rules, diagnostics);
            }

            var lines = new LineMap(text);
            int binary = FirstBinaryCharacter(text);
            if (binary >= 0)
            {
                var (line, column) = lines.Position(binary);
                diagnostics.Add(RuleDiagnostic.Create(DiagnosticCatalog.NotText, path,
                    new SourceSpan(binary, binary + 1, line, column, line, column + 1), binary + 1, ((int)text[binary]).ToString("X4")));
                return Result(path, header, rules, diagnostics);
            }

            foreach (var chunk in Chunks(text, lines))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var tracker = new FailureTracker();
                var input = new SourceInput(text, chunk.Start, chunk.End, chunk.Line, 1, tracker);
                var start = Lexer.SkipTrivia(input);
                if (start.AtEnd) continue;

                if (chunk.Kind == ChunkKind.Header)
                {
                    var result = RuleGrammar.Header(input);
                    if (!result.WasSuccessful) diagnostics.Add(ErrorFrom(tracker, path, text, start));
                    else if (header is not null || rules.Count > 0)
                        diagnostics.Add(RuleDiagnostic.Create(DiagnosticCatalog.SyntaxError, path, result.Value.NameSpan,
                            "“rule”/“规则”", "“ruleset”/“规则集”（the ruleset header must come first, once）"));
                    else header = result.Value;
                }
                else if (chunk.Kind == ChunkKind.Rule)
                {
                    var result = RuleGrammar.Rule(input);
                    if (!result.WasSuccessful) diagnostics.Add(ErrorFrom(tracker, path, text, start));
                    else if (ExpressionDepth.FirstTooDeep(result.Value, NestingLimits.MaxDepth) is { } tooDeep) diagnostics.Add(NestedTooDeeply(path, tooDeep.Span));
                    else rules.Add(result.Value with { Text = text.Substring(result.Value.Span.Start, result.Value.Span.Length) });
                }
                else
                {
                    Lexer.Fail<object>(start, start, "“ruleset”/“规则集”或“rule”/“规则”");
                    diagnostics.Add(ErrorFrom(tracker, path, text, start));
                }
            }

            if (rules.Count == 0 && diagnostics.Count == 0)
                diagnostics.Add(RuleDiagnostic.Create(DiagnosticCatalog.EmptyFile, path, new SourceSpan(0, 0, 1, 1, 1, 1)));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The parser is written not to throw; if it does, the author still gets a located message
            // and the build goes on with the other files.
            diagnostics.Add(RuleDiagnostic.Create(DiagnosticCatalog.InternalError, path, new SourceSpan(0, 0, 1, 1, 1, 1), exception.GetType().Name + ": " + exception.Message));
        }
        return Result(path, header, rules, diagnostics);
    }

    private static ParsedRuleFile Result(string path, RuleSetHeader? header, List<RuleSyntax> rules, List<RuleDiagnostic> diagnostics) =>
        new(path, new RuleFileSyntax(header, rules.ToEquatableArray()), diagnostics.ToEquatableArray());

    /// <summary>Control characters other than tab, CR, LF and form feed mean the file is not text.</summary>
    private static int FirstBinaryCharacter(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if ((c < ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f') || c == '\uFFFD' || c == '\u007F') return i;
        }
        return -1;
    }

    private static RuleDiagnostic NestedTooDeeply(string path, SourceSpan at) =>
        RuleDiagnostic.Create(DiagnosticCatalog.NestedTooDeeply, path,
            new SourceSpan(at.Start, at.Start + 1, at.Line, at.Column, at.Line, at.Column + 1), NestingLimits.MaxBrackets, NestingLimits.MaxDepth);

    private static RuleDiagnostic ErrorFrom(FailureTracker tracker, string path, string text, IInput chunkStart)
    {
        if (tracker.TooDeep is { } deep)
            return NestedTooDeeply(path, new SourceSpan(deep.Position, deep.Position, deep.Line, deep.Column, deep.Line, deep.Column));

        if (tracker.Specific is { } specific)
        {
            var descriptor = specific.Id == DiagnosticIds.UnterminatedString ? DiagnosticCatalog.UnterminatedString : DiagnosticCatalog.InvalidNumber;
            int length = specific.Id == DiagnosticIds.UnterminatedString ? 1 : specific.Argument.Length;
            return RuleDiagnostic.Create(descriptor, path,
                new SourceSpan(specific.Position, specific.Position + length, specific.Line, specific.Column, specific.Line, specific.Column + length),
                specific.Argument);
        }

        int position = tracker.Position >= 0 ? tracker.Position : chunkStart.Position;
        int lineNumber = tracker.Position >= 0 ? tracker.Line : chunkStart.Line;
        int column = tracker.Position >= 0 ? tracker.Column : chunkStart.Column;
        string found = TokenAt(text, position);
        var span = new SourceSpan(position, position + Math.Max(found.Length, 1), lineNumber, column, lineNumber, column + Math.Max(found.Length, 1));

        bool atClause = tracker.Expected.Any(e => e.Contains("“require”"));
        if (atClause && found.Length > 0 && Lexer.IsIdentifierStart(found[0]))
        {
            string? suggestion = Suggestions.Nearest(found, Keywords.ClauseStarters.SelectMany(k => k.Spellings));
            return RuleDiagnostic.Create(DiagnosticCatalog.UnknownKeyword, path, span, found,
                suggestion is null ? "" : $"，是否指“{suggestion}”？");
        }

        var expected = tracker.Expected.Take(8).ToList();
        string expectedText = expected.Count == 0 ? "更多内容" : string.Join(" 或 ", expected);
        string foundText = found.Length == 0 ? "文件结尾（end of file）" : "“" + found + "”";
        return RuleDiagnostic.Create(DiagnosticCatalog.SyntaxError, path, span, expectedText, foundText);
    }

    private static string TokenAt(string text, int position)
    {
        if (position >= text.Length) return "";
        int end = position;
        if (Lexer.IsIdentifierStart(text[position]))
        {
            while (end < text.Length && (Lexer.IsIdentifierPart(text[end]) || text[end] == '-')) end++;
        }
        else
        {
            while (end < text.Length && end - position < 12 && !char.IsWhiteSpace(text[end])) end++;
        }
        return text.Substring(position, Math.Max(end - position, 1));
    }

    private enum ChunkKind
    {
        Preamble,
        Header,
        Rule,
    }

    private readonly struct Chunk
    {
        public Chunk(ChunkKind kind, int start, int end, int line)
        {
            Kind = kind;
            Start = start;
            End = end;
            Line = line;
        }

        public ChunkKind Kind { get; }

        public int Start { get; }

        public int End { get; }

        public int Line { get; }
    }

    private static IEnumerable<Chunk> Chunks(string text, LineMap lines)
    {
        var starts = new List<(ChunkKind Kind, int Offset, int Line)> { (ChunkKind.Preamble, 0, 1) };
        bool inTripleQuote = false;
        for (int line = 1; line <= lines.Count; line++)
        {
            int offset = lines.Start(line);
            string content = lines.Text(text, line);
            if (!inTripleQuote)
            {
                string trimmed = content.TrimStart(' ', '\t', '\uFEFF', '\u3000');
                var kind = StartsWithWord(trimmed, Keywords.RuleSet) ? ChunkKind.Header
                    : StartsWithWord(trimmed, Keywords.Rule) ? ChunkKind.Rule
                    : ChunkKind.Preamble;
                if (kind != ChunkKind.Preamble) starts.Add((kind, offset, line));
            }
            int quotes = CountTripleQuotes(content, inTripleQuote);
            if (quotes % 2 == 1) inTripleQuote = !inTripleQuote;
        }

        for (int i = 0; i < starts.Count; i++)
        {
            int end = i + 1 < starts.Count ? starts[i + 1].Offset : text.Length;
            if (end > starts[i].Offset || i == 0) yield return new Chunk(starts[i].Kind, starts[i].Offset, end, starts[i].Line);
        }
    }

    private static bool StartsWithWord(string line, Keywords.Keyword keyword)
    {
        foreach (var spelling in keyword.Spellings)
        {
            if (line.StartsWith(spelling, spelling[0] < 128 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) &&
                (line.Length == spelling.Length || !(Lexer.IsIdentifierPart(line[spelling.Length]) || line[spelling.Length] == '-')))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Counts the """ that open or close a multi-line string on this line, skipping ordinary
    /// strings and comments: a """ inside "…" or after # does not start a string.
    /// </summary>
    private static int CountTripleQuotes(string line, bool startsInTripleQuote)
    {
        int count = 0;
        bool inTriple = startsInTripleQuote, inString = false;
        for (int i = 0; i < line.Length; i++)
        {
            bool triple = i + 2 < line.Length && line[i] == '"' && line[i + 1] == '"' && line[i + 2] == '"';
            if (inTriple)
            {
                if (triple) { count++; inTriple = false; i += 2; }
            }
            else if (inString)
            {
                if (line[i] == '\\') i++;
                else if (line[i] == '"') inString = false;
            }
            else if (triple) { count++; inTriple = true; i += 2; }
            else if (line[i] == '"') inString = true;
            else if (line[i] == '#' || (line[i] == '/' && i + 1 < line.Length && line[i + 1] == '/')) break;
        }
        return count;
    }
}
