using System.Collections.Generic;

namespace ComplianceGen.Cli.Documents;

/// <summary>
/// Quotes lines from the text the reader decoded (for .docx and .pdf, the lines it rendered),
/// so evidence line numbers and quoted text always come from the same decoding. The checker
/// asks once, right after validation, and keeps only the quoted lines: a batch never holds a
/// document's text after the document is checked.
/// </summary>
internal sealed class ReadSourceLines : ISourceLines
{
    private readonly IReadOnlyList<string> _lines;

    public ReadSourceLines(IReadOnlyList<string> lines) => _lines = lines;

    public IReadOnlyDictionary<int, string> Get(IEnumerable<int> lineNumbers)
    {
        var quoted = new Dictionary<int, string>();
        foreach (var number in lineNumbers)
        {
            if (number >= 1 && number <= _lines.Count) quoted[number] = _lines[number - 1];
        }
        return quoted;
    }
}
