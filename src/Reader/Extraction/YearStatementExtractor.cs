using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// Sentences that open with a fiscal year and state a budget fact: a figure, or a declaration of
/// none ("2018年“三公”经费财政拨款支出决算中，…14.42万元", "2022年县科技局无政府性基金预算收入"),
/// also after the unit that reports it ("区科协2024年收入预算62.7万元").
/// Dates and points in time ("2019年12月31日", "2023年底", "2018年以来") and narrative without
/// figures are left out; so are glossary entries and headings.
/// </summary>
public sealed partial class YearStatementExtractor : ISentenceExtractor
{
    [GeneratedRegex(@"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*)?(?:" + UnitMentionExtractor.UnitName + @"\s*)?(?<y>(?:19|20)\d{2})\s*年(?!\s*(?:底|末|中|初|以来|起|至|\d|[-—～~]))(?:度)?")]
    private static partial Regex Opening { get; }

    [GeneratedRegex(@"预算|决算|支出|收入|经费|采购|拨款")]
    private static partial Regex Fiscal { get; }

    [GeneratedRegex(@"(?:无|没有|未)[^。；]{0,24}(?:预算|决算|收入|支出|经费|采购)")]
    private static partial Regex None { get; }

    public void Extract(Sentence sentence, ExtractionContext context)
    {
        if (sentence.IsHeading || sentence.InGlossary) return;
        string text = sentence.Text;
        if (!text.Contains('年')) return;
        var m = Opening.Match(text);
        if (!m.Success || !Fiscal.IsMatch(text)) return;
        if (context.Amounts(sentence).Count == 0 && !None.IsMatch(text)) return;
        var year = m.Groups["y"];
        int stated = int.Parse(year.Value, CultureInfo.InvariantCulture);
        string subject = Fiscal.Match(text, m.Index + m.Length).Value;
        // "2022年“三公”经费决算数合计为1000.86万元…。2021年的三公经费决算数合计为807.95万元…": the year before's figures,
        // stated right after the document's year's as the base of the change that follows, are no year left from an old text.
        bool baseOfChange = context.Report.Year?.Value is int documentYear && stated == documentYear - 1 &&
                            context.PreviousSentence is { } previous && context.PreviousSentenceAmounts is { Count: > 0 } &&
                            StatesYearOf(previous.Text, documentYear, subject);
        if (baseOfChange) return;
        var evidence = sentence.EvidenceFor(year.Index, m.Index + m.Length - year.Index);
        context.Report.YearStatements.Add(new YearStatement
        {
            Year = new CountFact(stated, evidence),
            Text = new TextFact(text, sentence.Evidence),
        });
    }

    /// <summary>Whether <paramref name="text"/> names <paramref name="year"/> and, after it, first the same fiscal word (经费, 收入, 支出 …).</summary>
    private static bool StatesYearOf(string text, int year, string subject)
    {
        int at = text.IndexOf(year.ToString(CultureInfo.InvariantCulture) + "年", System.StringComparison.Ordinal);
        return at >= 0 && subject.Length > 0 && Fiscal.Match(text, at).Value == subject;
    }
}
