namespace ComplianceGen.Runtime;

/// <summary>A piece of text read from the document (a name, a title) with its evidence.</summary>
public sealed class TextFact
{
    public TextFact(string value, Evidence? evidence = null)
    {
        Value = value;
        Evidence = evidence;
    }

    public string Value { get; }

    public Evidence? Evidence { get; }

    public override string ToString() => Value;
}
