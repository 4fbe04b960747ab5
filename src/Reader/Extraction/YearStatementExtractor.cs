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

    /// <summary>
    /// The scope of the accounts, by their year: 纳入2024年部门预算编制范围的单位, 纳入2021年度部门决算编报范围的行政单位,
    /// 纳入2026年部门预算的政府采购项目. A unit's template states it every year, and a year not changed with the rest is left
    /// from the year before (纳入2019年部门预算编报的单位共1个, in a 2020 budget). Only that form: money taken into a later
    /// budget (结转资金已纳入2024年部门预算统筹安排, 在纳入2025年部门预算时予以调减) and a comparison with another year's scope
    /// (与纳入2022年度部门决算编报范围的单位相比) name another year on purpose.
    /// </summary>
    [GeneratedRegex(@"(?<![与比较原同])纳入\s*(?<y>(?:19|20)\d{2})\s*年\s*度?\s*(?:本单位|本部门|部门|单位)\s*(?:预算|决算)\s*(?:(?:编制|编报|汇编|管理)\s*(?:范围)?\s*[的内]|的政府采购项目)")]
    private static partial Regex CoveredBy { get; }

    public void Extract(Sentence sentence, ExtractionContext context)
    {
        if (sentence.IsHeading || sentence.InGlossary) return;
        string text = sentence.Text;
        if (!text.Contains('年')) return;
        if (text.Contains("纳入", System.StringComparison.Ordinal) && CoveredBy.Match(text) is { Success: true } covered)
        {
            var coveredYear = covered.Groups["y"];
            // A year left from an old text is an earlier one: a later year is a budget the document looks ahead to.
            if (context.Report.Year?.Value is not int reportYear || int.Parse(coveredYear.Value, CultureInfo.InvariantCulture) >= reportYear) return;
            context.Report.YearStatements.Add(new YearStatement
            {
                Year = new CountFact(int.Parse(coveredYear.Value, CultureInfo.InvariantCulture), sentence.EvidenceFor(coveredYear.Index, covered.Index + covered.Length - coveredYear.Index)),
                Text = new TextFact(text, sentence.Evidence),
            });
            return;
        }
        var m = Opening.Match(text);
        if (!m.Success || !Fiscal.IsMatch(text)) return;
        if (context.Amounts(sentence).Count == 0 && !None.IsMatch(text)) return;
        var year = m.Groups["y"];
        int stated = int.Parse(year.Value, CultureInfo.InvariantCulture);
        string subject = Subject(text, m.Index + m.Length);
        // "2022年“三公”经费决算数合计为1000.86万元…。2021年的三公经费决算数合计为807.95万元…": the year before's figures,
        // stated right after the document's year's as the base of the change that follows, are no year left from an old text.
        // Not when the year's own sentence already stated its change (…比上年增加50万元。2023年收入预算中…): then the year
        // before has nothing left to say, and a sentence of it is more likely last year's text.
        bool baseOfChange = context.Report.Year?.Value is int documentYear && stated == documentYear - 1 &&
                            context.PreviousSentence is { } previous && context.PreviousSentenceAmounts is { Count: > 0 } &&
                            StatesYearOf(previous.Text, documentYear, subject) && !StatedChange.IsMatch(previous.Text);
        if (baseOfChange) return;
        // A budget sets the year before's outturn beside its own (二、2021年“三公”经费决算情况 / 2021年度“三公”经费合计支出20.12万元,
        // in a 2022 budget): the year before's final account, stated on purpose. What the statement's figure is comes before
        // the figure (2021年“三公”经费决算支出…); a budget figure of that year (2021年…支出预算100万元，比2020年执行数增加…) is still
        // reported.
        if (context.Report.Kind == DocumentKind.Budget && context.Report.Year?.Value is int budgetYear && stated == budgetYear - 1 &&
            (Outturn.IsMatch(BeforeFirstFigure(context, sentence, m.Index + m.Length)) || Outturn.IsMatch(sentence.InnermostHeading)))
            return;
        var evidence = sentence.EvidenceFor(year.Index, m.Index + m.Length - year.Index);
        context.Report.YearStatements.Add(new YearStatement
        {
            Year = new CountFact(stated, evidence),
            Text = new TextFact(text, sentence.Evidence),
        });
    }

    /// <summary>The sentence's words from <paramref name="from"/> to its first figure (to its end when it has none).</summary>
    private static System.ReadOnlySpan<char> BeforeFirstFigure(ExtractionContext context, Sentence sentence, int from)
    {
        int to = context.Amounts(sentence) is { Count: > 0 } amounts ? amounts[0].Start : sentence.Text.Length;
        return System.MemoryExtensions.AsSpan(sentence.Text, from, System.Math.Max(0, to - from));
    }

    /// <summary>The year's outturn: its final account (决算), what was spent (实际支出, 执行数).</summary>
    [GeneratedRegex(@"决算|实际支出|执行数|执行情况")]
    private static partial Regex Outturn { get; }

    /// <summary>A change stated with its figure (比上年增加50万元, 下降2.5%): not a heading's 增减情况.</summary>
    [GeneratedRegex(@"(?:增加|减少|增长|下降)[^，。；\d]{0,6}\d[\d.,]*\s*(?:万元|亿元|元|万|%|个百分点)")]
    private static partial Regex StatedChange { get; }

    /// <summary>Whether <paramref name="text"/> names <paramref name="year"/> and, after it, the same subject (<see cref="Subject"/>).</summary>
    private static bool StatesYearOf(string text, int year, string subject)
    {
        int at = text.IndexOf(year.ToString(CultureInfo.InvariantCulture) + "年", System.StringComparison.Ordinal);
        return at >= 0 && subject.Length > 0 && Subject(text, at) == subject;
    }

    /// <summary>
    /// The first fiscal word after <paramref name="from"/> with the two characters before it that name what it is about, quotes
    /// and 的 left out: “三公”经费 is 三公经费, not 运行经费 (机关运行经费); 收入 straight after the year is 收入.
    /// </summary>
    private static string Subject(string text, int from)
    {
        var fiscal = Fiscal.Match(text, from);
        if (!fiscal.Success) return "";
        var before = new System.Text.StringBuilder();
        for (int i = fiscal.Index - 1; i >= from && before.Length < 2; i--)
        {
            char c = text[i];
            if (c is '“' or '”' or '"' or '的' or '年' or '度' || char.IsWhiteSpace(c)) continue;
            if (c is < '\u4e00' or > '\u9fff') break;
            before.Insert(0, c);
        }
        return before + fiscal.Value;
    }
}
