using System.Collections.Generic;

namespace ComplianceGen.Cli.Documents;

/// <summary>Text of a document's source lines by 1-based number, for quoting evidence in reports.</summary>
public interface ISourceLines
{
    /// <summary>The requested lines that exist; missing numbers are left out.</summary>
    IReadOnlyDictionary<int, string> Get(IEnumerable<int> lineNumbers);
}
