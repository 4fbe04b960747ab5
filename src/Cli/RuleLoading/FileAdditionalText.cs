using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ComplianceGen.Cli.RuleLoading;

/// <summary>A rule file handed to the generator as an AdditionalFile, read once.</summary>
internal sealed class FileAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public FileAdditionalText(string path)
    {
        Path = path;
        _text = SourceText.From(File.ReadAllText(path, Encoding.UTF8), Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
