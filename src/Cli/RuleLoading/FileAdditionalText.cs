using System.IO;
using System.Text;
using System.Threading;
using ComplianceGen.Reader.Documents;
using ComplianceGen.Rules.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ComplianceGen.Cli.RuleLoading;

/// <summary>
/// A rule file handed to the generator as an AdditionalFile, read once — and only if it is a
/// regular file of a rule file's size, so that a FIFO named x.rules cannot hang the tool nor a link
/// to /dev/zero exhaust its memory (<see cref="FileLimits"/> throws a one-line error naming it).
/// </summary>
internal sealed class FileAdditionalText : AdditionalText
{
    /// <summary>Room for <see cref="RuleFileParser.MaxCharacters"/> characters of any script in UTF-8; the parser refuses more with CG0005.</summary>
    private const long MaxBytes = 4L * RuleFileParser.MaxCharacters;

    private readonly SourceText _text;

    public FileAdditionalText(string path)
    {
        Path = path;
        byte[] bytes = FileLimits.ReadBounded(path, MaxBytes, allowEmpty: true);
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        _text = SourceText.From(reader.ReadToEnd(), Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
