using System.Text.RegularExpressions;
using ComplianceGen.Reader.Structure;

namespace ComplianceGen.Reader.Extraction;

/// <summary>机关运行经费: its amount ("机关运行经费财政拨款预算为5.5万元") or a declaration of none. Its change is linked after all sentences are read.</summary>
public sealed partial class OperatingCostsExtractor : ISentenceExtractor
{
    // An institution (事业单位) has no organ to run: 本单位为事业单位，不涉及机关运行经费 / 按规定未使用机关运行的相关科目.
    [GeneratedRegex(@"(?:无|没有|未安排|未发生|不涉及|未使用)(?:使用)?(?:财政拨款)?(?:安排)?(?:的)?机关运行(?:经费|的?相关科目)")]
    private static partial Regex None { get; }

    public void Extract(Sentence sentence, ExtractionContext context)
    {
        if (sentence.InGlossary) return;
        var costs = context.Report.OperatingCosts;
        var none = None.Match(sentence.Text);
        if (none.Success) costs.NoneStatement ??= sentence.EvidenceFor(none.Index, none.Length);
        // （一）机关运行经费情况 / 无。 (机关运行, not 公务用车运行经费 or 事业运行经费)
        else if (costs.NoneStatement is null && NoneUnderTitle.Declares(sentence, context, "机关运行") is { } underTitle) costs.NoneStatement = underTitle;
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
