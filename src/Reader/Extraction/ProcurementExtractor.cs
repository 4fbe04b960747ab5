using System;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// 政府采购: total, 货物/工程/服务, the amount awarded to SMEs and its share, declarations of
/// none ("无政府采购项目，未安排政府采购预算"), and the first sentence about procurement as a
/// statement even when it has no figures ("拟采购三台电脑").
/// </summary>
public sealed partial class ProcurementExtractor : ISentenceExtractor
{
    [GeneratedRegex(@"(?:无|没有|未安排|未发生)(?:使用)?(?:财政拨款)?(?:的)?政府采购")]
    private static partial Regex None { get; }
    [GeneratedRegex(@"中小企业[^。；]{0,20}?(?:中标|成交|合同|授予)")]
    private static partial Regex SmeAward { get; }

    private const int SplitWithinLines = 12;

    public void Extract(Sentence sentence, ExtractionContext context)
    {
        string text = sentence.Text;
        // （三）政府采购情况 / 本单位无此项支出。: the none names no procurement itself.
        if (context.Report.Procurement.NoneStatement is null && NoneUnderTitle.Declares(sentence, context, "政府采购") is { } underTitle)
            context.Report.Procurement.NoneStatement = underTitle;
        // "拟购买货物525.4万元、工程500万元、服务2717万元" under a 政府采购 heading splits the procurement too.
        bool aboutProcurement = (text.Contains("采购") || text.Contains("购买")) && (text.Contains("政府采购") || sentence.HeadingContext.Contains("政府采购"));
        if (sentence.InGlossary || !aboutProcurement) return;
        var p = context.Report.Procurement;
        var none = None.Match(text);
        if (none.Success) p.NoneStatement ??= sentence.EvidenceFor(none.Index, none.Length);
        if (!sentence.IsHeading && p.Statement is null && !Regex.IsMatch(text, @"^[\d（）一二三四五六七八九十、.\s]*政府采购(?:支出)?情况$"))
            p.Statement = new TextFact(text, sentence.Evidence);
        // Goods, works and services split the total they are stated with: under the same heading and within a few
        // lines of it. Figures from elsewhere (a project's price, a figure on another page) are not the split.
        bool sameParagraph = context.ProcurementStatement is not { } first ||
                             first.HeadingContext == sentence.HeadingContext && PrintedLinesAfter(context, first.Line, sentence.Line) is >= 0 and <= SplitWithinLines;
        foreach (var m in context.Amounts(sentence))
        {
            string label = m.Label;
            if (label.Contains('比') || label.Contains("预留")) continue;
            string clause = text.Substring(0, m.Start);
            int cut = clause.AsSpan().LastIndexOfAny("；。");
            if (cut >= 0) clause = clause.Substring(cut + 1);
            if (label.Contains("中小企业") || (SmeAward.IsMatch(clause) && label.Contains("金额") && !clause.Contains("小微企业") && !clause.Contains("其他政府采购")))
            {
                p.SmallAndMediumEnterprises ??= m.Amount;
                p.SmallAndMediumEnterprisesShare ??= m.Share;
            }
            else if (label.Contains("货物") || label.Contains("工程") || label.Contains("服务"))
            {
                if (!sameParagraph) continue;
                context.ProcurementStatement ??= sentence;
                if (label.Contains("货物")) p.Goods ??= m.Amount;
                else if (label.Contains("工程")) p.Works ??= m.Amount;
                else p.Services ??= m.Amount;
            }
            else if (label.Contains("政府采购") || (label.Contains("采购") && label.Contains("总额")))
            {
                if (p.Amount is null) context.ProcurementStatement ??= sentence;
                p.Amount ??= m.Amount;
            }
        }
    }

    /// <summary>
    /// How many lines that print something come after line <paramref name="from"/> up to line <paramref name="to"/>, or -1
    /// when <paramref name="to"/> comes first. Blank lines are not counted: a text printed with a blank line between its
    /// lines (double spacing) or across a page break says the same, and its split is as near its total.
    /// </summary>
    private static int PrintedLinesAfter(ExtractionContext context, int from, int to)
    {
        if (to < from) return -1;
        var lines = context.Document.Lines;
        int printed = 0;
        // Counted only as far as the limit: a later procurement sentence pages away is simply out of reach.
        for (int number = from + 1; number <= to && number <= lines.Count && printed <= SplitWithinLines; number++)
            if (!lines[number - 1].IsBlank) printed++;
        return printed;
    }
}
