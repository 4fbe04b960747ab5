using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// Year-over-year changes: "比2023年预算数减少1.72万元", "比上年增加0.09万元，增长1.66%",
/// "与2023年度相比，收入支出总计减少56.95万元，下降1.87%", "同比下降0.68%". A decrease is stored
/// with a negative delta and percent. The current figure is the amount printed before the
/// comparison (in the same sentence, or the last one of the previous sentence when the
/// sentence starts with 比).
/// </summary>
public sealed partial class ChangeExtractor : ISentenceExtractor
{
    private static readonly GuardedRegex Change = new(ChangePattern, "元");
    [GeneratedRegex(@"(?<cmp>比|较|与)\s*(?<base>上年度?(?:年初)?(?:预算数?|决算数?|执行数)?|去年|上一年度?|\d{4}\s*年度?(?:年初)?(?:预算数?|决算数?|执行数)?|年初预算数?)?\s*(?:(?<baseamt>" + Numbers.NumberPattern + @")\s*(?<bu>万元|亿元|元))?(?:相比)?[，,]?(?<subj>[^，。；\d]{0,14}?)(?<dir>增加|减少|增长|下降|上升|降低)\s*(?<amt>" + Numbers.NumberPattern + @")\s*(?<u>万元|亿元|元)(?:[，,、]?\s*(?:增幅为?|降幅为?)?(?<dir2>增长|下降|增加|减少|上升|降低)?\s*(?<p>\d+(?:\.\d+)?)\s*%)?")]
    private static partial Regex ChangePattern { get; }

    private static readonly GuardedRegex PercentOnly = new(PercentOnlyPattern, "%");
    [GeneratedRegex(@"(?:同比|比上年)(?<dir>增长|下降|增加|减少)\s*(?<p>\d+(?:\.\d+)?)\s*%")]
    private static partial Regex PercentOnlyPattern { get; }

    public void Extract(Sentence sentence, ExtractionContext context)
    {
        if (sentence.InGlossary) return;
        string text = sentence.Text;
        var amounts = context.Amounts(sentence);
        // Where the sentence's changes print their amounts: a change is never the figure a later change is of
        // ("“三公”经费41万元,较上年减少19万元,下降43.78%,较年初预算数减少4万元,下降2.2%": both are changes of 41).
        List<(int Start, int End)>? changeAmounts = null;
        // A change states an amount (…元); a change in percent alone has its %.
        for (var m = Change.Match(text); m.Success; m = m.NextMatch())
        {
            var statement = new ChangeStatement { Evidence = sentence.EvidenceFor(m.Index, m.Length) };
            AmountMatch? current = null;
            foreach (var a in amounts) if (a.End <= m.Index && !IsChangeAmount(a, changeAmounts)) current = a;
            if (current is not null && text.AsSpan(current.After, m.Index - current.After).IndexOfAny("；。") >= 0) current = null;
            // A part's change after 其中 is the part's, whose figure the sentence does not print ("“三公”经费41万元,较上年减少19万元,
            // 下降31.67%,其中公务接待费较上年减少4万元,下降20%"): not a change of the figure before it.
            if (current is not null && text.AsSpan(current.After, m.Index - current.After).IndexOf("其中", System.StringComparison.Ordinal) >= 0) current = null;
            if (current is null && m.Index <= 1 && context.PreviousSentenceLastAmount is not null) current = context.PreviousSentenceLastAmount;
            if (current is null && context.PreviousSentenceLastAmount is { } previous && SameSubject(text.Substring(0, m.Index), previous.Label))
            {
                // "公务接待费支出0.56万元。公务接待费支出决算比2018年增加0.03万元": the sentence names
                // the figure the previous sentence ended with.
                current = previous;
            }
            string subject = m.Groups["subj"].Value.Trim();
            if (subject.Length == 0 && current is not null) subject = current.Label;
            if (subject.Length == 0)
            {
                int clauseStart = text.AsSpan(0, System.Math.Max(0, m.Index - 1) + 1).LastIndexOfAny("，；") + 1;
                subject = AmountScanner.CleanLabel(text.Substring(clauseStart, m.Index - clauseStart));
            }
            statement.Subject = new TextFact(subject, statement.Evidence);
            statement.Current = current?.Amount;
            bool down = IsDown(m.Groups["dir"].Value);
            var amt = m.Groups["amt"];
            if (Numbers.TryParse(amt.Value, out decimal delta, out int decimals))
            {
                AmountUnits.TryParse(m.Groups["u"].Value, out var unit);
                int end = m.Groups["u"].Index + m.Groups["u"].Length;
                statement.Delta = new Amount(down ? -delta : delta, unit, decimals, sentence.EvidenceFor(amt.Index, end - amt.Index));
                (changeAmounts ??= new()).Add((amt.Index, end));
            }
            var baseAmount = m.Groups["baseamt"];
            if (baseAmount.Success && Numbers.TryParse(baseAmount.Value, out decimal baseValue, out int baseDecimals))
            {
                AmountUnits.TryParse(m.Groups["bu"].Value, out var baseUnit);
                int end = m.Groups["bu"].Index + m.Groups["bu"].Length;
                statement.Base = new Amount(baseValue, baseUnit, baseDecimals, sentence.EvidenceFor(baseAmount.Index, end - baseAmount.Index));
                // Nor is last year's figure, printed in the comparison (比2025年年初预算数28479.84万元增加…).
                (changeAmounts ??= new()).Add((baseAmount.Index, end));
            }
            if (m.Groups["p"].Success && Numbers.TryParse(m.Groups["p"].Value, out decimal percent, out int pd))
            {
                bool pDown = m.Groups["dir2"].Success ? IsDown(m.Groups["dir2"].Value) : down;
                var p = m.Groups["p"];
                statement.Percent = new Share(pDown ? -percent : percent, pd, sentence.EvidenceFor(p.Index, m.Index + m.Length - p.Index));
            }
            if (statement.Current is not null && statement.Delta is not null && statement.Percent is not null &&
                OtherReading(statement, amounts, context.PreviousSentenceAmounts))
                statement.Current = null;
            context.Report.Changes.Add(statement);
        }
        for (var m = PercentOnly.Match(text); m.Success; m = m.NextMatch())
        {
            if (context.Report.Changes.Exists(c => c.Percent?.Evidence is { } e && e.Line == sentence.Line && Overlaps(sentence, m, c))) continue;
            var p = m.Groups["p"];
            Numbers.TryParse(p.Value, out decimal percent, out int pd);
            AmountMatch? current = null;
            foreach (var a in amounts) if (a.End <= m.Index && !IsChangeAmount(a, changeAmounts)) current = a;
            current ??= context.PreviousSentenceLastAmount;
            context.Report.Changes.Add(new ChangeStatement
            {
                Subject = current is null ? null : new TextFact(current.Label, current.Amount.Evidence),
                Current = current?.Amount,
                Percent = new Share(IsDown(m.Groups["dir"].Value) ? -percent : percent, pd, sentence.EvidenceFor(p.Index, m.Index + m.Length - p.Index)),
                Evidence = sentence.EvidenceFor(m.Index, m.Length),
            });
        }
    }

    /// <summary>
    /// Whether the figure taken as this year's may be the wrong one: the base it implies (this year less the change)
    /// is not positive, or the printed rate is the change over some other figure of this or the previous sentence
    /// (a paragraph about an item and its sub-items, "比2025年执行数13699.22万元增加2775.6万元"). Either way the reader
    /// cannot tell which figure the rate is about, and the statement keeps no current figure. A rate that is the change
    /// over this year's own figure is not another reading: it is the wrong-base mistake the rule is there to find.
    /// </summary>
    private static bool OtherReading(ChangeStatement s, List<AmountMatch> amounts, List<AmountMatch>? previous)
    {
        decimal current = s.Current!.InYuan, delta = s.Delta!.InYuan, percent = s.Percent!.Percent;
        // A base below zero cannot be; a base of zero is the rule's own case (a rate printed on nothing).
        if (current - delta < 0) return true;
        if (current - delta == 0) return false;
        // This year's reading as printed (to the rate's last digit) is the reading. Near it only, another figure may fit
        // closer: "2016年收入总计2785.71万元,2015年收入总计2704.00万元,同比增加81.71万元,增长3.02%" (pages of Guangxi) prints
        // the year before last, and 81.71 over 2704 is the 3.02% printed, where 81.71 over 2704 − 81.71 is 3.116%.
        decimal own = System.Math.Abs(delta / (current - delta) * 100m - percent), exact = System.Math.Max(s.Percent.HalfUnit, 0.005m);
        if (own <= exact) return false;
        // The change over this year's own figure to the rate's last digit is the wrong-base mistake itself: another figure
        // merely near the rate does not hide it ("支出共计9.07万元,…较上年支出数减少0.71万元,下降7.83%": 0.71 over 9.07 is 7.83%;
        // a Chongqing township's “三公” page, where the 9 of one item's budget, 7.89%, had hidden it). Another figure that gives
        // the rate to its last digit still does: "收入240万元,2024年收入预算总计363.13万元,同比降低123.13万元,下降33.91%" is
        // 240 against 363.13, the figure before the change being last year's (a Guangxi centre's budget).
        bool wrongBase = current != 0 && System.Math.Abs(delta / current * 100m - percent) <= exact;
        bool ownNear = wrongBase || Near(delta / (current - delta) * 100m, percent);
        foreach (var list in new[] { amounts, previous })
        {
            if (list is null) continue;
            foreach (var a in list)
            {
                decimal b = a.Amount.InYuan;
                if (b <= 0 || b == current || b == System.Math.Abs(delta) || s.Base is not null && b == s.Base.InYuan) continue;
                if (Fits(delta / b * 100m) || b - delta > 0 && Fits(delta / (b - delta) * 100m)) return true;
            }
        }
        return false;

        // Another figure's reading: near the printed rate; when this year's is near too, the rate to its last digit (a figure
        // merely nearer, such as the appropriation a little below the total, does not hide a rate taken on the wrong base).
        bool Fits(decimal computed) => Near(computed, percent) && (!ownNear || System.Math.Abs(computed - percent) <= exact);
    }

    private static bool IsChangeAmount(AmountMatch a, List<(int Start, int End)>? changeAmounts)
    {
        if (changeAmounts is null) return false;
        foreach (var (start, end) in changeAmounts)
            if (a.Start >= start && a.Start < end) return true;
        return false;
    }

    private static bool Near(decimal computed, decimal printed) => System.Math.Abs(computed - printed) <= System.Math.Max(0.1m, System.Math.Abs(printed) * 0.01m);

    private static bool Overlaps(Sentence sentence, Match m, ChangeStatement c) =>
        c.Evidence is not null && c.Evidence.Column <= sentence.EvidenceFor(m.Index, 1).Column + m.Length && c.Evidence.Line == sentence.EvidenceFor(m.Index, 1).Line;

    /// <summary>Whether the words before 比 name the same thing as <paramref name="label"/>, give or take 支出/决算/预算.</summary>
    private static bool SameSubject(string before, string label)
    {
        if (before.AsSpan().IndexOfAny("，；,。") >= 0) return false;
        string a = Core(AmountScanner.CleanLabel(before)), b = Core(label);
        return a.Length >= 2 && b.Length >= 2 && (a.StartsWith(b, System.StringComparison.Ordinal) || b.StartsWith(a, System.StringComparison.Ordinal));
    }

    private static readonly string[] SubjectSuffixes = { "决算数", "预算数", "决算", "预算", "支出", "为" };

    private static string Core(string label)
    {
        string s = label.Replace(" ", "");
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var suffix in SubjectSuffixes)
                if (s.EndsWith(suffix, System.StringComparison.Ordinal) && s.Length > suffix.Length) { s = s.Substring(0, s.Length - suffix.Length); changed = true; }
        }
        return s;
    }

    private static bool IsDown(string direction) => direction is "减少" or "下降" or "降低";
}
