using System;
using System.Buffers;
using System.Text.RegularExpressions;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// A compiled pattern that cannot match without one of the characters it requires (“元” for an amount, “%” for a
/// rate). <see cref="Match"/> looks for them first, with a vectorised search, and does not start the regex engine on
/// text that has none: most sentences. The characters are given with the pattern, so every use gets the guard and
/// none is guarded by hand; a test checks that each pattern's matches hold one of them.
/// </summary>
internal sealed class GuardedRegex
{
    private readonly SearchValues<char> _required;

    public GuardedRegex(Regex regex, string required)
    {
        Regex = regex;
        Required = required;
        _required = SearchValues.Create(required);
    }

    /// <summary>The pattern, unguarded.</summary>
    public Regex Regex { get; }

    /// <summary>The characters of which every match holds at least one.</summary>
    public string Required { get; }

    /// <summary>The first match, as <see cref="System.Text.RegularExpressions.Regex.Match(string)"/> finds it; <see cref="Match.Empty"/> at once when the text has none of the required characters.</summary>
    public Match Match(string text) =>
        text.AsSpan().IndexOfAny(_required) >= 0 ? Regex.Match(text) : System.Text.RegularExpressions.Match.Empty;
}
