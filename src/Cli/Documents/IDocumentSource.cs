using ComplianceGen.Runtime;

namespace ComplianceGen.Cli.Documents;

/// <summary>
/// The one seam between the CLI and the reader: a path in, a report (plus what is needed to
/// quote its lines) out, or a <see cref="DocumentUnreadable"/> with a one-line reason.
/// </summary>
public interface IDocumentSource
{
    LoadedDocument Load(string path);
}

/// <summary>A report read from a file, and a way to fetch the text of its source lines for quoting.</summary>
public sealed record LoadedDocument(DisclosureReport Report, string Format, string Encoding, int WarningCount, ISourceLines Lines);

/// <summary>The document could not be read at all; <see cref="Reason"/> is a short machine-readable cause.</summary>
public sealed class DocumentUnreadable : System.Exception
{
    public DocumentUnreadable(string reason, string message, System.Exception? inner = null) : base(message, inner) => Reason = reason;

    public string Reason { get; }
}
