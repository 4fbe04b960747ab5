using System.Text.RegularExpressions;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>政府性基金 and 国有资本经营 money: an amount of income or spending (often 0) or a declaration of none.</summary>
public sealed partial class FundsExtractor : ISentenceExtractor
{
    // "无政府性基金预算支出、国有资本经营预算支出和…": one 无 may govern a list.
    private const string None = @"(?:没有|无|未|不)(?:使用|安排|编制|发生)?(?:[^。；，\d有]{0,30}?[、和及与])?";
    [GeneratedRegex(None + "政府性基金")]
    private static partial Regex FundNone { get; }
    [GeneratedRegex(None + "国有资本经营")]
    private static partial Regex CapitalNone { get; }

    public void Extract(Sentence sentence, ExtractionContext context)
    {
        if (sentence.InGlossary) return;
        Apply(sentence, context, FundNone, "政府性基金", context.Report.GovernmentFund);
        Apply(sentence, context, CapitalNone, "国有资本经营", context.Report.StateCapital);
    }

    private static void Apply(Sentence sentence, ExtractionContext context, Regex none, string keyword, DeclaredAmount target)
    {
        var m = none.Match(sentence.Text);
        if (m.Success) target.NoneStatement ??= sentence.EvidenceFor(m.Index, m.Length);
        foreach (var a in context.Amounts(sentence))
            // Income stated as 0 declares the fund as surely as spending does ("2.政府性基金预算拨款收入0万元").
            // So does the fund named alone by its budget, as a part of the appropriation ("财政拨款收入494.34万元（其中，一般公共预算
            // 494.34万元，政府性基金预算0万元）").
            if (a.Label.Contains(keyword) && (a.Label.Contains("支出") || a.Label.Contains("收入") || a.Label.Contains("拨款") || a.Label.EndsWith(keyword + "预算", System.StringComparison.Ordinal)) && !a.Label.Contains('比'))
                target.Amount ??= a.Amount;
    }
}
