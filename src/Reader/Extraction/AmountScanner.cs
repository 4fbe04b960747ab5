using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;
using ComplianceGen.Reader.Normalization;

namespace ComplianceGen.Reader.Extraction;

/// <summary>A regex group's value at an offset in the sentence.</summary>
public readonly partial record struct ShiftedGroup(string Value, int Index);

/// <summary>
/// Finds amounts (number + 元/万元/亿元), the label in front of each and the share after it.
/// Also notices figures that are there but cannot be read (“??万元”, “■■%”) so the report
/// can say what it skipped.
/// </summary>
public static partial class AmountScanner
{
    // 万 alone is 万元 where the clause ends after it ("比上年增加125.62万。"): before a word it counts people, mu or households.
    private static readonly GuardedRegex AmountRegex = new(AmountRegexPattern, "元万");
    [GeneratedRegex("(?<n>" + Numbers.NumberPattern + @")\s*(?<u>亿元|万元|元|万(?=\s*(?:[，,。；;、）)]|$)))")]
    private static partial Regex AmountRegexPattern { get; }

    /// <summary>
    /// A zero printed without a unit ("国有资本经营预算拨款支出预算为0", "因公出国（境）费为零"): zero is zero in
    /// any unit, so it is read as an amount; any other bare number is not.
    /// </summary>
    private static readonly char[] ThisYear = { '本', '当' };

    private static readonly GuardedRegex BareZero = new(BareZeroPattern, "为是");
    [GeneratedRegex(@"(?<=为|是)\s*(?<n>0(?:\.0+)?|零)(?=[，,。；;、）)\s]|$)")]
    private static partial Regex BareZeroPattern { get; }

    [GeneratedRegex(@"费|支出|收入|资金|拨款|经费|预算|决算|总额|合计|总计|结转|结余|补助|补贴|增加|减少|增长|下降|节约|超支")]
    private static partial Regex MoneyLabel { get; }

    [GeneratedRegex(@"^\s*[，,、]?\s*(?:占[^\d，。；%]{0,16}?|比重为?|比例为?)(?<p>\d+(?:\.\d+)?)\s*%")]
    private static partial Regex ShareAfter { get; }

    [GeneratedRegex(@"(?<![\d?？□■#*\uFFFD.])[?？□■#*\uFFFD]+(?:[.．][?？□■#*\uFFFD\d]+)?\s*(?:万元|亿元|元|%)")]
    private static partial Regex Unreadable { get; }

    [GeneratedRegex(@"^(?:其中[：:]?|\d{1,2}[.、．]|（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、|\s)+")]
    private static partial Regex LeadingNoise { get; }

    [GeneratedRegex(@"^.*?\d{4}年度?(?:年初)?")]
    private static partial Regex YearPrefix { get; }

    [GeneratedRegex(@"(?:为|是|达到|达|共计)$")]
    private static partial Regex TrailingVerb { get; }

    public static List<AmountMatch> Scan(Sentence sentence)
    {
        string text = sentence.Text;
        var result = new List<AmountMatch>();
        int previousEnd = 0;
        // Each pattern needs a character most sentences lack: every amount ends in 元, a bare zero follows 为 or 是.
        for (var m = AmountRegex.Match(text); m.Success; m = m.NextMatch())
        {
            if (!Numbers.TryParse(m.Groups["n"].Value, out decimal value, out int decimals)) continue;
            if (!AmountUnits.TryParse(m.Groups["u"].Value, out var unit))
            {
                // 万 alone: money only where its label names money ("公务接待费2.5万", "比上年减少2万"), not a count ("总人口3.6万").
                int from = LabelStart(text, m.Index, previousEnd);
                if (!MoneyLabel.IsMatch(text.AsSpan(from, m.Index - from))) continue;
                unit = AmountUnit.WanYuan;
            }
            var amount = new Amount(value, unit, decimals, sentence.EvidenceFor(m.Index, m.Length));
            int labelStart = LabelStart(text, m.Index, previousEnd);
            string label = CleanLabel(text.Substring(labelStart, m.Index - labelStart));
            var match = new AmountMatch(m.Index, m.Length, amount, label, labelStart) { After = m.Index + m.Length };
            // The rest of the sentence as the input (its ^ is the amount's end), without copying it; indexes stay the sentence's.
            var share = ShareAfter.Match(text, match.End, text.Length - match.End);
            if (share.Success && Numbers.TryParse(share.Groups["p"].Value, out decimal percent, out int pd))
            {
                var group = share.Groups["p"];
                int shareEnd = share.Index + share.Length;
                match.Share = new Share(percent, pd, sentence.EvidenceFor(group.Index, shareEnd - group.Index));
                match.After = shareEnd;
            }
            else if (BreakdownNoteEnd(text, match.End) is int noteEnd
                     && ShareAfter.Match(text, noteEnd, text.Length - noteEnd) is { Success: true } later
                     && Numbers.TryParse(later.Groups["p"].Value, out decimal laterPercent, out int laterDecimals))
            {
                // "财政拨款收入494.34万元（其中，一般公共预算494.34万元，政府性基金预算0万元），占94.70%": the share after the figure's
                // own breakdown in brackets is the figure's. Its end stays the figure's, so the breakdown's figures read as before.
                var group = later.Groups["p"];
                match.Share = new Share(laterPercent, laterDecimals, sentence.EvidenceFor(group.Index, later.Index + later.Length - group.Index));
            }
            result.Add(match);
            previousEnd = match.After;
        }
        for (var m = BareZero.Match(text); m.Success; m = m.NextMatch())
        {
            if (result.Exists(r => m.Index >= r.Start && m.Index < r.After)) continue;
            int labelStart = LabelStart(text, m.Index, 0);
            foreach (var r in result) if (r.After <= m.Index && r.After > labelStart) labelStart = r.After;
            var zero = new Amount(0m, AmountUnit.WanYuan, 0, sentence.EvidenceFor(m.Index, m.Length));
            string label = CleanLabel(text.Substring(labelStart, m.Index - labelStart));
            result.Add(new AmountMatch(m.Index, m.Length, zero, label, labelStart) { After = m.Index + m.Length });
        }
        if (result.Count > 1) result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>
    /// Where a bracketed breakdown of the figure that ends at <paramref name="from"/> closes (（其中，…）, (含…)), when one follows it
    /// right away and closes within 80 characters; otherwise null.
    /// </summary>
    private static int? BreakdownNoteEnd(string text, int from)
    {
        if (from >= text.Length || text[from] is not ('（' or '(')) return null;
        var rest = text.AsSpan(from + 1);
        if (!(rest.StartsWith("其中") || rest.StartsWith("含") || rest.StartsWith("包括"))) return null;
        int close = rest.IndexOfAny('）', ')');
        if (close < 0 || close > 80 || rest[..close].IndexOfAny('（', '(') >= 0) return null;
        return from + 1 + close + 1;
    }

    /// <summary>Unreadable figures in the sentence, as (offset, text); a sentence with none of the marks they are made of is not searched.</summary>
    public static IEnumerable<Match> FindUnreadable(string text) =>
        text.AsSpan().IndexOfAny(UnreadableMarks) < 0 ? System.Array.Empty<Match>() : Unreadable.Matches(text);

    private static readonly System.Buffers.SearchValues<char> UnreadableMarks = System.Buffers.SearchValues.Create("?？□■#*\uFFFD");

    /// <summary>A label starts after the previous amount or the nearest clause boundary.</summary>
    private static int LabelStart(string text, int amountStart, int previousEnd)
    {
        int i = amountStart - 1;
        while (i >= previousEnd && "，；：、。,;".IndexOf(text[i]) < 0) i--;
        return i + 1;
    }

    public static string CleanLabel(string raw)
    {
        string label = raw.Replace(" ", "");
        // Each pattern is tried only where it can match: noise opens with 其, a digit, a parenthesis, a numeral or a space; a year prefix has 年.
        if (label.Length > 0 && MayOpenWithNoise(label[0])) label = LeadingNoise.Replace(label, "");
        if (label.Contains('年')) label = YearPrefix.Replace(label, "");
        string trimmed = label.TrimStart(ThisYear);
        // "本年支出合计" → "支出合计", but "年初预算" keeps its 年.
        if (trimmed.Length < label.Length && trimmed.StartsWith("年", System.StringComparison.Ordinal)) trimmed = trimmed.Substring(1);
        label = trimmed;
        // A trailing verb ends on one of these (before a final line feed, where $ also matches).
        char last = label.Length == 0 ? '\0' : label[^1] == '\n' && label.Length > 1 ? label[^2] : label[^1];
        if ("为是到达计".IndexOf(last) >= 0) label = TrailingVerb.Replace(label, "");
        return label;
    }

    private static bool MayOpenWithNoise(char first) =>
        "其（一二三四五六七八九十".IndexOf(first) >= 0 || char.IsDigit(first) || WhiteSpace.Is(first);

    /// <summary>A percentage anywhere: "完成预算99.89 %".</summary>
    internal static readonly GuardedRegex Percent = new(PercentPattern, "%");
    [GeneratedRegex(@"(?<p>\d+(?:\.\d+)?)\s*%")]
    private static partial Regex PercentPattern { get; }

    public static Share? ShareAt(Sentence sentence, ShiftedGroup number, int end)
    {
        if (!Numbers.TryParse(number.Value, out decimal percent, out int decimals)) return null;
        return new Share(percent, decimals, sentence.EvidenceFor(number.Index, end - number.Index));
    }

    public static Share? ShareAt(Sentence sentence, Group number, int end) => ShareAt(sentence, new ShiftedGroup(number.Value, number.Index), end);
}
