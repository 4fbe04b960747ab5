using System.Text.RegularExpressions;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>政府性基金 and 国有资本经营 spending: an amount (often 0) or a declaration of none.</summary>
public sealed class FundsExtractor : ISentenceExtractor
{
    private static readonly Regex FundNone = new(@"(?:没有|无|未)(?:使用)?(?:安排)?政府性基金", RegexOptions.Compiled);
    private static readonly Regex CapitalNone = new(@"(?:没有|无|未)(?:使用)?(?:安排)?国有资本经营", RegexOptions.Compiled);

    public void Extract(Sentence sentence, ExtractionContext context)
    {
        if (ExtractionContext.InGlossary(sentence)) return;
        Apply(sentence, context, FundNone, "政府性基金", context.Report.GovernmentFund);
        Apply(sentence, context, CapitalNone, "国有资本经营", context.Report.StateCapital);
    }

    private static void Apply(Sentence sentence, ExtractionContext context, Regex none, string keyword, DeclaredAmount target)
    {
        var m = none.Match(sentence.Text);
        if (m.Success) target.NoneStatement ??= sentence.EvidenceFor(m.Index, m.Length);
        foreach (var a in context.Amounts(sentence))
            if (a.Label.Contains(keyword) && a.Label.Contains("支出") && !a.Label.Contains('比'))
                target.Amount ??= a.Amount;
    }
}
