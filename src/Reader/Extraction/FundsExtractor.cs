using System;
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

    /// <summary>
    /// The fund named alone by its budget, as a part of the appropriation ("财政拨款收入494.34万元（其中，一般公共预算494.34万元，
    /// 政府性基金预算0万元）"): the label is the name and nothing else, with no year, comparison or other fund before it, which
    /// the cleaned label would have dropped (2025年政府性基金预算…, 一般公共预算和政府性基金预算…).
    /// </summary>
    private static bool NamedAlone(string text, AmountMatch a, string keyword)
    {
        if (a.Label != keyword + "预算") return false;
        var raw = text.AsSpan(a.LabelStart, a.Start - a.LabelStart);
        return raw.IndexOfAny("年比较、和及") < 0 && !raw.Contains("上年", StringComparison.Ordinal) && !raw.Contains("去年", StringComparison.Ordinal);
    }

    private static void Apply(Sentence sentence, ExtractionContext context, Regex none, string keyword, DeclaredAmount target)
    {
        var m = none.Match(sentence.Text);
        if (m.Success) target.NoneStatement ??= sentence.EvidenceFor(m.Index, m.Length);
        // 八、政府性基金预算财政拨款收入支出决算情况说明 / 本单位无此项收支。
        // Not a title naming what the fund paid for (政府性基金预算财政拨款安排的“三公”经费：无。).
        else if (target.NoneStatement is null && NoneUnderTitle.TitleOf(sentence, context) is { } title &&
                 title.Contains(keyword, StringComparison.Ordinal) && !title.Contains("三公", StringComparison.Ordinal))
            target.NoneStatement = sentence.Evidence;
        foreach (var a in context.Amounts(sentence))
            // Income stated as 0 declares the fund as surely as spending does ("2.政府性基金预算拨款收入0万元").
            if (a.Label.Contains(keyword) && (a.Label.Contains("支出") || a.Label.Contains("收入") || a.Label.Contains("拨款") || NamedAlone(sentence.Text, a, keyword)) && !a.Label.Contains('比'))
                target.Amount ??= a.Amount;
    }
}
