using System;
using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;
using ComplianceGen.Reader.Normalization;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// Every sentence as a <see cref="Statement"/> of the model: its figures, percentages, years, the date it states
/// a position at, the year it compares with, its comparison words, and two slips a template leaves: an amount
/// left blank ("政府性基金预算支出 万元") and a rate without its % ("减少 9.52，").
/// </summary>
public sealed partial class StatementExtractor : ISentenceExtractor
{
    [GeneratedRegex(@"(?<![\d.])(?<y>(?:19|20)\d{2})\s*年")]
    private static partial Regex Year { get; }
    /// <summary>"截至2025年12月31日", "截止2025年底": a position stated at a date. A target ("2027年12月31日前完成…") is not one.</summary>
    [GeneratedRegex(@"截[至止](?:到)?\s*(?<y>(?:19|20)\d{2})\s*年")]
    private static partial Regex AsOf { get; }
    /// <summary>"与2025年相比…增加X万元", "比2025年年初预算数…": a budget comparison; "比2017年提高0.7个百分点" (a literacy rate) is not.</summary>
    [GeneratedRegex(@"(?:与|比|较|同)\s*(?<y>(?:19|20)\d{2})\s*年(?=[^。；]{0,30}?(?:预算|决算|执行数|[\d.,]+\s*(?:万元|亿元|元)))")]
    private static partial Regex ComparedWith { get; }
    [GeneratedRegex(@"(?:与|比|较|同)\s*上一?年")]
    private static partial Regex AgainstLastYear { get; }
    /// <summary>A subject name and the level the prose labels it with: "财政事务（款）". The name starts after anything not a letter.</summary>
    [GeneratedRegex(@"(?<![\u4e00-\u9fff“”])(?<n>[\u4e00-\u9fff“”]{2,30}?)\s*（(?<l>[类款项])）")]
    private static partial Regex LevelLabel { get; }
    /// <summary>A 款 and the 项 printed right after it: "法院（款）一般行政事务管理（项）".</summary>
    [GeneratedRegex(@"(?<![\u4e00-\u9fff“”])(?<k>[\u4e00-\u9fff“”]{2,30}?)\s*（款）\s*(?<x>[\u4e00-\u9fff“”]{2,30}?)\s*（项）")]
    private static partial Regex SectionAndItem { get; }
    /// <summary>A year with a digit lost ("202 年度", "202年"): three digits from 20, then 年, no digit around them.</summary>
    [GeneratedRegex(@"(?<![\d.,，])20\d\s*年(?!\d)")]
    private static partial Regex BrokenYear { get; }
    [GeneratedRegex(@"大于|小于|等于|持平|不变|无变化|增加|减少|增长|下降|上升|降低")]
    private static partial Regex Comparison { get; }

    /// <summary>
    /// A unit right after the word that should have carried the figure: "…支出万元", "预算数为万元". Not after a figure, spaced or
    /// not: "预算数3,623.98为万元" has its figure, misplaced.
    /// </summary>
    private static readonly GuardedRegex Blank = new(BlankPattern, "元");

    /// <summary>How many figures <paramref name="text"/> leaves blank (see <see cref="Blank"/>), and the first: a blank template leaves them all.</summary>
    internal static int BlankAmounts(string text, out string? first)
    {
        first = null;
        if (!Blank.MayMatch(text)) return 0;
        int count = 0;
        for (var m = Blank.Regex.Match(text); m.Success; m = m.NextMatch())
        {
            first ??= m.Value;
            count++;
        }
        return count;
    }
    [GeneratedRegex(@"(?<![\d.,]\s*)(?:支出|收入|经费|预算数?|决算数?|拨款|资金|为|共计|合计)\s*(?<u>万元|亿元)(?![\d])")]
    private static partial Regex BlankPattern { get; }

    /// <summary>
    /// A rate after its verb with no % and no unit: "减少 9.52，". Not the first of a list whose unit or sign follows the
    /// last (收、支总计各减少1267.86,2570.97万元; 各下降23.51、38.28%), nor an amount whose rate, with its %, follows (收支较上年减少
    /// 484.05，降低11.1%: the amount lacks its 万元, the rate has its sign), nor an amount whose unit the next item of its list
    /// prints for both (收入减少84.55、支出总计减少99.6万元，分别下降18%、21.6%).
    /// </summary>
    private static readonly GuardedRegex RateWithoutSign = new(RateWithoutSignPattern, ".");

    /// <summary>
    /// 增加 / 减少 name an amount as often as a rate: a bare number after them is a rate left without its % only right after
    /// the amount it is the rate of (与上年相比减少100万元，减少9.52). Standing alone, it is as likely an amount left without its
    /// 万元 (教育支出增加3.84万元，主要用于…；卫生健康支出、住房保障支出共减少4.79，主要原因是…: 27.41 + 3.84 − 4.79 = 26.46), and
    /// which it is cannot be told.
    /// </summary>
    private static bool AmountVerbAlone(string text, int verb)
    {
        if (!text.AsSpan(verb).StartsWith("增加") && !text.AsSpan(verb).StartsWith("减少")) return false;
        int own = text.AsSpan(0, verb).LastIndexOfAny(ClauseEnds);
        var ownStart = text.AsSpan(own + 1, verb - own - 1);
        // Right after its amount, no comma between (…比上年执行数1688.78万元减少173.75万元减少10.28主要原因是…).
        if (ChangeInMoneyAtEnd.IsMatch(ownStart)) return false;
        if (own <= 0) return true;
        // The clause names nothing of its own before the verb (比上年 at most), and the clause before states a change in money.
        if (!OwnSubjectless.IsMatch(ownStart)) return true;
        int before = text.AsSpan(0, own).LastIndexOfAny(ClauseEnds);
        return !ChangeInMoney.IsMatch(text.AsSpan(before + 1, own - before - 1));
    }

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create("，,；;。：:");
    private const string ChangeInMoneyPattern = @"(?:增加|减少|增长|下降|上升|降低)了?\s*\d[\d,.]*\s*(?:万|亿)?元";
    [GeneratedRegex(ChangeInMoneyPattern)]
    private static partial Regex ChangeInMoney { get; }
    [GeneratedRegex(ChangeInMoneyPattern + @"\s*$")]
    private static partial Regex ChangeInMoneyAtEnd { get; }
    [GeneratedRegex(@"^\s*(?:(?:比|较|与)(?:上年|去年|上一年|\d{4}\s*年度?)(?:相比|同期)?|同比)?\s*$")]
    private static partial Regex OwnSubjectless { get; }
    [GeneratedRegex(@"(?:增长|下降|降低|上升|增加|减少|增幅|降幅)(?:了|为)?\s*(?<n>\d+\.\d+)(?!\s*[%％\d.]|\s*(?:万|亿|元|萬|億|個|个|人|倍|项|項|辆|輛|台|套)|\s*[,，、]\s*\d[\d.,]*\s*(?:[%％]|万|亿|元|萬|億)|\s*[,，]\s*(?:增长|下降|降低|上升|增幅|降幅)(?:了|为)?\s*\d+(?:\.\d+)?\s*[%％]|\s*[、，,]\s*[\u4e00-\u9fff]{1,12}?(?:增加|减少)\s*\d[\d.,]*\s*(?:万|亿|元))")]
    private static partial Regex RateWithoutSignPattern { get; }

    public void Extract(Sentence sentence, ExtractionContext context)
    {
        string text = sentence.Text;
        var statement = new Statement
        {
            Text = new TextFact(text, sentence.Evidence),
            Section = sentence.HeadingContext.Length > 0 ? new TextFact(sentence.HeadingContext, sentence.Evidence) : null,
            IsHeading = sentence.IsHeading,
            Ordinal = new CountFact(context.Report.Statements.Count + 1, sentence.Evidence),
            Length = new CountFact(ChineseCharacters(text), sentence.Evidence),
        };
        if (sentence.HeadingContext.Length > 0) statement.Part = new TextFact(sentence.OutermostHeading, sentence.Evidence);
        int page = sentence.Evidence.Page;
        if (page > 0) statement.Page = new CountFact(page, sentence.Evidence);
        foreach (var a in context.Amounts(sentence)) statement.Amounts.Add(a.Amount);
        for (var m = AmountScanner.Percent.Match(text); m.Success; m = m.NextMatch())
            if (AmountScanner.ShareAt(sentence, m.Groups["p"], m.Index + m.Length) is { } share) statement.Percents.Add(share);
        // Every year pattern ends on 年; most sentences have none, and are not searched for one.
        bool years = text.Contains('年');
        if (years)
        {
            for (var m = Year.Match(text); m.Success; m = m.NextMatch()) statement.Years.Add(YearAt(sentence, m));
            var asOf = AsOf.Match(text);
            if (asOf.Success) statement.AsOfYear = YearAt(sentence, asOf);
            var compared = ComparedWith.Match(text);
            // A sentence that also compares with the year before sets another year beside it on purpose (比上年决算数增加…；
            // 比2019年（疫情前）决算数减少…): that year is a reference, not the comparison the template asks for.
            if (compared.Success && !AgainstLastYear.IsMatch(text)) statement.ComparedYear = YearAt(sentence, compared);
        }
        for (var m = Comparison.Match(text); m.Success; m = m.NextMatch())
        {
            statement.ComparisonWords.Add(new TextFact(m.Value, sentence.EvidenceFor(m.Index, m.Length)));
            switch (m.Value)
            {
                case "增加" or "增长" or "上升" or "大于": statement.SaysUp = true; break;
                case "减少" or "下降" or "降低" or "小于": statement.SaysDown = true; break;
                default: if (m.Value is "持平" or "不变" or "无变化") statement.SaysLevel = true; break;
            }
        }
        var blank = Blank.Match(text);
        if (blank.Success && !text.Contains("单位：", System.StringComparison.Ordinal) && !text.Contains("单位:", System.StringComparison.Ordinal))
            statement.BlankAmount = new TextFact(blank.Value, sentence.EvidenceFor(blank.Index, blank.Length));
        // Sentences are cut at their end mark, so a doubled one shows only in the paragraph: "…该项支出。 。".
        string paragraph = sentence.Paragraph.Text;
        int after = sentence.Start + sentence.Length;
        // Only after words: a row number followed by "。 。。" is a template's filler row ("etc."), and three marks are
        // an ellipsis, not a slip.
        if (after < paragraph.Length && "。！？".IndexOf(paragraph[after]) >= 0 && HasWords.IsMatch(text))
        {
            int next = after + 1;
            while (next < paragraph.Length && WhiteSpace.Is(paragraph[next])) next++;
            int last = after - 1;
            while (last > sentence.Start && WhiteSpace.Is(paragraph[last])) last--;
            if (next < paragraph.Length && "。！？".IndexOf(paragraph[next]) >= 0
                && (next + 1 >= paragraph.Length || "。！？".IndexOf(paragraph[next + 1]) < 0))
                statement.DoubledStop = new TextFact(paragraph.Substring(after, next - after + 1), sentence.Paragraph.EvidenceFor(after, next - after + 1));
            // A comma, 、, ; or : left before the full stop ("…等支出，。") is the same slip.
            else if (paragraph[after] == '。' && last >= sentence.Start && "，、；：".IndexOf(paragraph[last]) >= 0)
                statement.DoubledStop = new TextFact(paragraph.Substring(last, after - last + 1), sentence.Paragraph.EvidenceFor(last, after - last + 1));
        }
        // A sentence about a change of classification ("原…（款）信访事务（项）支出调整为信访事务（款）…") prints the old labels on purpose.
        // The label regexes stretch a name up to a parenthesis from every Chinese character, so they run only where a label is.
        bool labelled = text.Contains("（类）", System.StringComparison.Ordinal) || text.Contains("（款）", System.StringComparison.Ordinal)
            || text.Contains("（项）", System.StringComparison.Ordinal);
        if (labelled && !text.Contains("调整", System.StringComparison.Ordinal) && !sentence.InGlossary)
        {
            for (var m = LevelLabel.Match(text); m.Success; m = m.NextMatch())
            {
                var level = m.Groups["l"].Value switch { "类" => ClassificationLevel.Class, "款" => ClassificationLevel.Section, _ => ClassificationLevel.Item };
                context.LevelLabels.Add((statement, m.Groups["n"].Value, level, sentence.EvidenceFor(m.Index, m.Length)));
            }
            for (var m = SectionAndItem.Match(text); m.Success; m = m.NextMatch())
            {
                var item = m.Groups["x"];
                context.ItemLabels.Add((statement, context.Report.Statements.Count, m.Groups["k"].Value, item.Value, sentence.EvidenceFor(item.Index, item.Length)));
            }
        }
        var broken = years ? BrokenYear.Match(text) : Match.Empty;
        if (broken.Success) statement.BrokenYear = new TextFact(broken.Value, sentence.EvidenceFor(broken.Index, broken.Length));
        OutturnAgainstBudget(statement, sentence, context);
        for (var rate = RateWithoutSign.Match(text); rate.Success; rate = rate.NextMatch())
        {
            if (AmountVerbAlone(text, rate.Index)) continue;
            statement.PercentWithoutSign = new TextFact(rate.Value, sentence.EvidenceFor(rate.Index, rate.Length));
            break;
        }
        context.Report.Statements.Add(statement);
    }

    private static int ChineseCharacters(string text)
    {
        int count = 0;
        foreach (char c in text)
            if (c is >= '\u4e00' and <= '\u9fff') count++;
        return count;
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}{2}")]
    private static partial Regex HasWords { get; }
    [GeneratedRegex(@"决算数?(?:大于|高于|超过|多于)(?:年初)?预算数?")]
    private static partial Regex ActualAbove { get; }
    [GeneratedRegex(@"大于|小于|高于|低于|超过|多于|少于")]
    private static partial Regex ByHowMuch { get; }

    [GeneratedRegex(@"决算数?(?:小于|低于|少于)(?:年初)?预算数?")]
    private static partial Regex ActualBelow { get; }
    [GeneratedRegex(@"决算数?(?:与(?:年初)?预算数?持平|等于(?:年初)?预算数?)")]
    private static partial Regex ActualEqual { get; }

    /// <summary>
    /// "决算数小于预算数的主要原因：…" after "年初预算为161.62万元，支出决算为160.75万元": the two figures the words are
    /// about, taken from this sentence, else the one before; none when either is missing.
    /// </summary>
    private static void OutturnAgainstBudget(Statement statement, Sentence sentence, ExtractionContext context)
    {
        string text = sentence.Text;
        // All three phrasings start with 决算.
        if (!text.Contains("决算", System.StringComparison.Ordinal)) return;
        statement.SaysActualAbove = ActualAbove.IsMatch(text);
        statement.SaysActualBelow = ActualBelow.IsMatch(text);
        statement.SaysActualEqual = ActualEqual.IsMatch(text);
        if (!statement.SaysActualAbove && !statement.SaysActualBelow && !statement.SaysActualEqual) return;
        // The figures are this sentence's when it prints them, else the previous sentence's.
        var amounts = context.Amounts(sentence);
        if (amounts.Count == 0)
        {
            // Not a breakdown's (其中：…公务接待费支出决算为6.15万元，完成预算6.16万元的99.8%。): the words after it are about the
            // total the breakdown is of (2017年度“三公”经费支出决算大于预算数…), whose pair its items' are not.
            if (context.PreviousSentence?.Text.TrimStart().StartsWith("其中", System.StringComparison.Ordinal) == true) return;
            if (context.PreviousSentenceAmounts is { } previous) amounts = previous;
        }
        // One budget and one outturn only: a sentence that states two (the year's budget and its adjusted budget, or two
        // items' pairs) does not say which the words are about.
        Amount? budget = null, actual = null;
        foreach (var a in amounts)
        {
            // The figure after the words is by how much (决算数大于预算数55.93万元), and a fund's name is no budget figure
            // (一般公共预算财政拨款支出总计1741.75万元 is spent): a Gansu kindergarten's page had taken 55.93 for the outturn and
            // 1741.75 for the budget.
            if (ByHowMuch.IsMatch(a.Label)) continue;
            string label = FundNames.Any.Replace(a.Label, "");
            if (label.Contains("决算"))
            {
                if (actual is not null) return;
                actual = a.Amount;
            }
            else if (label.Contains("预算"))
            {
                if (budget is not null) return;
                budget = a.Amount;
            }
        }
        if (budget is null || actual is null) return;
        statement.BudgetFigure = budget;
        statement.ActualFigure = actual;
    }

    private static CountFact YearAt(Sentence sentence, Match m)
    {
        var y = m.Groups["y"];
        return new CountFact(int.Parse(y.Value, CultureInfo.InvariantCulture), sentence.EvidenceFor(y.Index, y.Length));
    }
}
