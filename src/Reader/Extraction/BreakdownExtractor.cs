using System.Collections.Generic;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

using System.Text.RegularExpressions;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// "总额X万元，其中：A a万元，占p%；B b万元，占q%" — the parts of the income and
/// expenditure totals with their shares. The head is the amount printed right before 其中;
/// the parts run to the next head or the end of the sentence.
/// </summary>
public sealed partial class BreakdownExtractor : ISentenceExtractor
{
    [GeneratedRegex(@"比|较|上年(?!结转|结余)|执行数|同比")]
    private static partial Regex ComparisonBase { get; }

    [GeneratedRegex(@"此外|另外|另有")]
    private static partial Regex Besides { get; }

    /// <summary>The money carried over from earlier years: 上年结转结余资金, 年初结转和结余.</summary>
    [GeneratedRegex(@"结转|结余")]
    private static partial Regex CarriedOver { get; }

    /// <summary>A clause that gives a part's reason or use ("主要原因是2016年财政拨付1000万元政府债券"): its figures are no parts.</summary>
    [GeneratedRegex(@"原因|主要是|用于|由于|因为")]
    private static partial Regex Reason { get; }

    public void Extract(Sentence sentence, ExtractionContext context)
    {
        if (sentence.InGlossary || sentence.Text.Contains("三公")) return;
        var amounts = context.Amounts(sentence);
        string text = sentence.Text;
        int search = 0;
        while (true)
        {
            int marker = text.IndexOf("其中", search, System.StringComparison.Ordinal);
            if (marker < 0) return;
            search = marker + 2;
            AmountMatch? head = null;
            foreach (var m in amounts) if (m.End <= marker) head = m;
            if (head is null) continue;
            // "本年收入合计521.49万元，占总收入99.90%，包括财政拨款收入494.34万元（其中，一般公共预算494.34万元，…），占94.70%；…":
            // a breakdown in brackets of a figure that has its own share and follows the total is of that part, not of the total:
            // its figures are no sources of the income. A total's own bracketed breakdown, the total first in its sentence, still is.
            if (head.Share is not null && amounts.IndexOf(head) > 0 && marker <= head.End + 1 && head.End < text.Length && text[head.End] is '（' or '(') continue;
            var parts = new List<AmountMatch>();
            // "其中：财政拨款收入…；其他收入105.51万元；此外，年初结转和结余143.22万元": what comes after 此外 (另外, 另有) is beside
            // the total, not a part of it.
            int besides = Besides.Match(text, marker) is { Success: true } b ? b.Index : int.MaxValue;
            foreach (var m in amounts)
            {
                if (m.Start < marker) continue;
                if (m.Start > besides) break;
                int nextMarker = text.IndexOf("其中", m.After, System.StringComparison.Ordinal);
                if (nextMarker >= 0 && nextMarker - m.After <= 2) break; // this amount heads the next breakdown
                if (m.Label.Contains('比') || m.Label.Contains('较') || m.Label.EndsWith("增加", System.StringComparison.Ordinal) || m.Label.EndsWith("减少", System.StringComparison.Ordinal)) continue;
                // "…收入19,828.57万元比2025年初预算数20,292.85万元减少…": last year's figure, whatever the cleaned label kept.
                var rawLabel = text.Substring(m.LabelStart, m.Start - m.LabelStart);
                if (ComparisonBase.IsMatch(rawLabel) || Reason.IsMatch(rawLabel)) continue;
                // "一般公共预算拨款3300.69万元(经费拨款3266.69万元,纳入预算管理的非税收入拨款34万元)": a bracket opened right after a
                // part breaks that part down; its figures are no parts of the total (pages of Hunan).
                if (parts.Count > 0 && InBracketAfter(text, parts[^1], m)) continue;
                parts.Add(m);
            }
            if (parts.Count == 0) continue;
            WithoutCarryOverBeside(parts, head);
            string headLabel = Labels.Effective(sentence, head);
            if (headLabel.Contains("收入") && !headLabel.Contains("支出"))
            {
                // Income comes from sources; parts named as spending are a class breakdown, not sources. Nor is a list with a
                // total among its parts: "收入总计434.72万元,其中:本年收入合计434.16万元,使用非财政拨款结余0.00万元,年初结转和结余
                // 0.55万元" (the final account's template) breaks the grand total down into the year's income and what was carried
                // over; the year's income, the total the sources make, is one of its parts (AR-001 had summed it with the
                // carry-over against itself; a Urumqi centre's page, nineteenth session).
                if (context.Report.Income.Sources.Count == 0 && !parts.Exists(p => p.Label.Contains("支出") || p.Label.EndsWith("合计", System.StringComparison.Ordinal)))
                    foreach (var part in parts) context.Report.Income.Sources.Add(Line(sentence, part));
            }
            else if (headLabel.Contains("支出") && !IsPart(headLabel) && parts.Exists(p => IsPart(p.Label)))
            {
                if (context.Report.Expenditure.Parts.Count == 0)
                    foreach (var part in parts)
                        if (!part.Label.Contains('比')) context.Report.Expenditure.Parts.Add(Line(sentence, part));
            }
        }
    }

    /// <summary>
    /// Leaves out the money carried over when the other parts make the total without it: "年初预算数504.51万元，其中：一般公共预算
    /// 拨款204.51万元，…事业收入300万元，其他收入0万元；上年结转结余资金29.81万元" (a page of Chongqing) states the year's own income,
    /// and the carry-over beside it. When the total holds it, the parts make the total only with it, and it stays.
    /// </summary>
    private static void WithoutCarryOverBeside(List<AmountMatch> parts, AmountMatch head)
    {
        // A carry-over given its share of the total (上年结转0万元，占0%) is stated as a part of it, and a zero one makes no sum wrong.
        // 收入总计 holds the carry-over by the template's definition: a total that the other parts make alone is then the defect.
        if (parts.Count < 3 || head.Label.Contains("总计") || !parts.Exists(p => CarriedOver.IsMatch(p.Label) && p.Amount.InYuan != 0 && p.Share is null)) return;
        decimal others = 0, all = 0, slack = head.Amount.HalfUnitInYuan;
        foreach (var p in parts)
        {
            all += p.Amount.InYuan;
            slack += p.Amount.HalfUnitInYuan;
            if (!CarriedOver.IsMatch(p.Label)) others += p.Amount.InYuan;
        }
        // Only when the total fits without it and not with it: a small carry-over inside the rounding is no sign either way.
        if (System.Math.Abs(others - head.Amount.InYuan) <= slack && System.Math.Abs(all - head.Amount.InYuan) > slack)
            parts.RemoveAll(p => CarriedOver.IsMatch(p.Label) && p.Share is null);
    }

    /// <summary>Whether <paramref name="m"/> lies in a bracket still open that opened right after <paramref name="part"/>.</summary>
    private static bool InBracketAfter(string text, AmountMatch part, AmountMatch m)
    {
        int open = text.LastIndexOfAny(OpenBrackets, m.Start - 1), close = text.LastIndexOfAny(CloseBrackets, m.Start - 1);
        if (open < 0 || open < close || open < part.End) return false;
        // Right after the part's figure and unit (万元), its share aside: only white space between.
        return string.IsNullOrWhiteSpace(text.Substring(part.End, open - part.End)) || open <= part.After;
    }

    private static readonly char[] OpenBrackets = ['（', '('];
    private static readonly char[] CloseBrackets = ['）', ')'];

    private static bool IsPart(string label) => label.StartsWith("基本支出", System.StringComparison.Ordinal) || label.StartsWith("项目支出", System.StringComparison.Ordinal);

    private static BreakdownLine Line(Sentence sentence, AmountMatch part) => new()
    {
        Name = new TextFact(part.Label, part.Label.Length > 0 ? sentence.EvidenceFor(part.LabelStart, part.Start - part.LabelStart) : part.Amount.Evidence),
        Amount = part.Amount,
        Share = part.Share,
    };
}
