using System;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Structure;

namespace ComplianceGen.Reader.Extraction;

/// <summary>Helpers for reading what an amount's label says.</summary>
public static partial class Labels
{
    [GeneratedRegex(@"^(?:年初)?(?:预算|决算|支出决算|支出|执行)?数?(?:为)?$")]
    private static partial Regex Generic { get; }

    /// <summary>
    /// The label, or when it says nothing but "预算数"/"决算为", the clause before it as well
    /// ("（一）收入预算：2023年年初预算数154.79万元" → "收入预算预算数").
    /// </summary>
    // A params array written at the call would be allocated and filled on every call (this runs on every amount).
    private static readonly char[] LabelEnd = { '：', '，', ' ' };

    public static string Effective(Sentence sentence, AmountMatch match)
    {
        if (!Generic.IsMatch(match.Label)) return match.Label;
        string prefix = AmountScanner.CleanLabel(sentence.Text.Substring(0, match.LabelStart)).TrimEnd(LabelEnd);
        int cut = prefix.AsSpan().LastIndexOfAny("，；。");
        if (cut >= 0) prefix = prefix.Substring(cut + 1);
        return prefix + match.Label;
    }

    public static bool IsGeneric(string label) => Generic.IsMatch(label);

    /// <summary>
    /// The words before a completion rate, one pattern for every fact that has one: 完成预算的68%, 完成年初预算的100%,
    /// 完成全年预算数的98.69%, 完成全年预算84.82万元的73.2%. The rate follows as <c>(?&lt;p&gt;…)%</c>.
    /// </summary>
    internal const string CompletionOfBudget = @"完成(?:年初|全年|年度)?预算(?:数)?(?:\s*\d+(?:\.\d+)?\s*万?元)?的?";
}
