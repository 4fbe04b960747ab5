using System.Globalization;

namespace ComplianceGen.Runtime;

/// <summary>A whole number read from the document (vehicles, projects, batches, a year).</summary>
public sealed class CountFact
{
    public CountFact(int value, Evidence? evidence = null)
    {
        Value = value;
        Evidence = evidence;
    }

    public int Value { get; }

    public Evidence? Evidence { get; }

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
