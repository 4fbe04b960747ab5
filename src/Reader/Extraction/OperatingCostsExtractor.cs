using System.Text.RegularExpressions;
using ComplianceGen.Reader.Structure;

namespace ComplianceGen.Reader.Extraction;

/// <summary>机关运行经费: its amount ("机关运行经费财政拨款预算为5.5万元") or a declaration of none. Its change is linked after all sentences are read.</summary>
public sealed partial class OperatingCostsExtractor : ISentenceExtractor
{
    [GeneratedRegex(@"(?:无|没有|未安排|未发生)(?:使用)?(?:财政拨款)?(?:安排)?(?:的)?机关运行经费")]
    private static partial Regex None { get; }

    public void Extract(Sentence sentence, ExtractionContext context)
    {
        if (sentence.InGlossary) return;
        var costs = context.Report.OperatingCosts;
        var none = None.Match(sentence.Text);
        if (none.Success) costs.NoneStatement ??= sentence.EvidenceFor(none.Index, none.Length);
        foreach (var m in context.Amounts(sentence))
        {
            // 事业运行 is a classification item (the institutions' running), and 事业运行经费 the institutions', not the organ's.
            if (m.Label.Contains("运行经费") && !m.Label.Contains('比') && !m.Label.Contains("事业运行"))
            {
                costs.Amount ??= m.Amount;
                break;
            }
        }
    }
}
