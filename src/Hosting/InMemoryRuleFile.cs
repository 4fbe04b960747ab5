using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ComplianceGen.Hosting;

/// <summary>A rule file handed to the generator without touching the disk.</summary>
public sealed class InMemoryRuleFile : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryRuleFile(string path, string text)
    {
        Path = path;
        Text = text;
        _text = SourceText.From(text, Encoding.UTF8);
    }

    public override string Path { get; }

    public string Text { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
