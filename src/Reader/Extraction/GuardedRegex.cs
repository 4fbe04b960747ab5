using System;
using System.Buffers;
using System.Linq;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Normalization;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// A compiled pattern that cannot match without one of the characters it requires (“元” for an amount, “%” for a
/// rate). <see cref="Match"/> looks for them first, with a vectorised search, and does not start the regex engine on
/// text that has none: most sentences. A pattern anchored at the start of the text (<c>^\s*…</c>) can require more:
/// that its first printed character is one of them (<see cref="Leading"/>; a page number starts with a digit, a dash
/// or 第). The characters are given with the pattern, so every use gets the guard and none is guarded by hand; a test
/// checks that each pattern's matches hold one of them.
/// </summary>
internal sealed class GuardedRegex
{
    private readonly SearchValues<char> _required;

    public GuardedRegex(Regex regex, string required, bool leading = false)
    {
        Regex = regex;
        Required = required;
        Leading = leading;
        _required = SearchValues.Create(required);
    }

    /// <summary>Every character <see cref="char.IsDigit(char)"/> takes for a digit, as the pattern's <c>\d</c> does: for a guard of a pattern that may start with one.</summary>
    public static readonly string Digits = string.Concat(System.Linq.Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(char.IsDigit));

    /// <summary>Whether the required character must be the text's first that is not white space (the pattern is anchored there).</summary>
    public bool Leading { get; }

    /// <summary>The pattern, unguarded.</summary>
    public Regex Regex { get; }

    /// <summary>The characters of which every match holds at least one.</summary>
    public string Required { get; }

    /// <summary>The first match, as <see cref="System.Text.RegularExpressions.Regex.Match(string)"/> finds it; <see cref="Match.Empty"/> at once when the text has none of the required characters.</summary>
    public Match Match(string text) =>
        MayMatch(text) ? Regex.Match(text) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>Whether the pattern matches, as <see cref="System.Text.RegularExpressions.Regex.IsMatch(string)"/> says; false at once when the guard rules it out.</summary>
    public bool IsMatch(string text) => MayMatch(text) && Regex.IsMatch(text);

    /// <summary>Whether the guard lets the text through to the pattern: false when the pattern cannot match it.</summary>
    public bool MayMatch(string text)
    {
        if (!Leading) return text.AsSpan().IndexOfAny(_required) >= 0;
        // \s is what char.IsWhiteSpace says; the first other character must be a required one.
        foreach (char c in text)
            if (!WhiteSpace.Is(c)) return _required.Contains(c);
        return false;
    }
}
