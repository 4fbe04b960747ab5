using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// A printed amount in a sentence with the words that label it ("一般公共预算拨款收入" in
/// "…；一般公共预算拨款收入62.7万元，占100%；…") and the share printed right after it.
/// Offsets are relative to the sentence.
/// </summary>
public sealed class AmountMatch
{
    public AmountMatch(int start, int length, Amount amount, string label, int labelStart)
    {
        Start = start;
        Length = length;
        Amount = amount;
        Label = label;
        LabelStart = labelStart;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public Amount Amount { get; }

    /// <summary>The label with years, 本年/当年 and linking verbs (为, 是) removed.</summary>
    public string Label { get; }

    public int LabelStart { get; }

    public Share? Share { get; set; }

    /// <summary>Where the text after the amount (and its share) continues.</summary>
    public int After { get; set; }

    public override string ToString() => $"{Label}={Amount}{(Share is null ? "" : " " + Share)}";
}
