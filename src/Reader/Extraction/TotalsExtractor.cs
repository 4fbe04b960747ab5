using System;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// Single labelled totals: 收支总计, 财政拨款收支总计, income and expenditure totals,
/// 基本支出 / 项目支出, 人员经费 / 公用经费 and the 一般公共预算 figures. The first statement wins;
/// later repetitions of the same figure do not overwrite it.
/// </summary>
public sealed partial class TotalsExtractor : ISentenceExtractor
{
    [GeneratedRegex(@"财政拨款收、?支总(?:计|预算)|财政拨款收入支出总计|财政拨款收支总计")]
    private static partial Regex AppropriationGrand { get; }
    /// <summary>
    /// The appropriations' income or spending on its own (2020年财政拨款收入总计1614.63万元…；财政拨款支出总计1870.91万元): the whole
    /// appropriation's, not a fund's part of it (一般公共预算财政拨款收入), which the label would name first.
    /// </summary>
    [GeneratedRegex(@"^(?:本年|当年)?财政拨款(?<what>收入|支出)(?:总计|合计|总额)?(?:预算|决算)?数?$")]
    private static partial Regex AppropriationTotal { get; }
    [GeneratedRegex(@"收、?支总(?:计|预算)|收入支出总计|收支总计")]
    private static partial Regex Grand { get; }

    /// <summary>"收入、支出预算总计18330.37万元": the 、 cuts the label to 支出预算总计, preceded by 收入.</summary>
    [GeneratedRegex(@"收入[、和及与]$")]
    private static partial Regex IncomeAndExpenditureTotal { get; }
    [GeneratedRegex(@"^支出(?:预算|决算)?总计$")]
    private static partial Regex TotalAfterIncome { get; }
    /// <summary>
    /// "收入总计2828.33万元，支出总计2828.33万元": the unit's 收入总计 is the 收支总计, this year's income and what was carried over
    /// from last year, as the 收支总表 prints it. Not a fund's (财政拨款收入总计) nor this year's alone (本年收入总计).
    /// </summary>
    [GeneratedRegex(@"收入(?:预算|决算)?总计(?:数)?$")]
    private static partial Regex IncomeGrand { get; }
    [GeneratedRegex(@"本年|当年|财政拨款|一般公共|政府性|国有|基金|事业|经营|其他|上级|附属|非税|专户")]
    private static partial Regex NotTheUnitsGrand { get; }
    /// <summary>A heading that gives the sentence a fund's or a part's scope (二、财政拨款收支预算总体情况, （一）局机关).</summary>
    [GeneratedRegex(@"财政拨款|一般公共预算|政府性基金|国有资本|所属|下属|二级单位|机关")]
    private static partial Regex NarrowGrandHeading { get; }
    // "我单位收入为…", "本部门支出为…": the unit speaking of itself names its own total.
    [GeneratedRegex(@"(?:收入预算总额|收入预算|收入合计|收入总额|收入决算|^(?:[我本]?(?:单位|部门|局|院|委|办|中心|学校|所))?收入)(?:预算数|决算数)?$")]
    private static partial Regex IncomeTotal { get; }
    [GeneratedRegex(@"拨款|事业|经营|其他|结转|上级|附属|基金|国有资本|利息")]
    private static partial Regex IncomeSourceWords { get; }
    [GeneratedRegex(@"(?:支出预算|支出合计|支出总额|安排支出|支出决算合计|^(?:[我本]?(?:单位|部门|局|院|委|办|中心|学校|所))?支出)(?:预算数|决算数)?$")]
    private static partial Regex ExpenditureTotal { get; }
    [GeneratedRegex(@"基本|项目|一般公共|财政拨款|三公|经费|功能|类|款|项|采购|政府性|国有")]
    private static partial Regex NotPlainExpenditure { get; }

    /// <summary>
    /// An economic or functional class's spending (工资福利支出预算 2016908.34 元, 教育支出预算…) is a part, not the total: the
    /// class is named right before 支出, unlike a unit's name at the head of its total (上海市某区教育局本年支出合计).
    /// </summary>
    [GeneratedRegex(@"(?:工资福利|商品和服务|对个人和家庭(?:的)?补助|资本性|对企业补助|对社会保障基金补助|债务利息及费用|转移性|一般公共服务|外交|国防|公共安全|教育|科学技术|文化旅游体育[与和]传媒|文化体育[与和]传媒|社会保障[和与]就业|卫生健康|医疗卫生[与和]计划生育|节能环保|城乡社区|农林水|交通运输|资源勘探工业信息等|商业服务业等|金融|援助其他地区|自然资源海洋气象等|住房保障|粮油物资储备|灾害防治及应急管理|其他)支出(?:预算|决算)?数?$")]
    private static partial Regex ClassSpending { get; }

    /// <summary>
    /// The fund whose total heads the 其中 list <paramref name="part"/> is in ("2023年一般公共预算财政拨款支出1,779.74万元，其中基本支出
    /// …"; 一般财政拨款, as pages of two provinces print it, is the general budget's appropriation): <see cref="FundScopes.GeneralBudget"/>,
    /// another fund's or the appropriations' scope, or null when the list's head is no fund's (支出预算1,895.74万元，其中…) or
    /// there is no list.
    /// </summary>
    private static string? FundOfHead(Sentence sentence, AmountMatch part, ExtractionContext context)
    {
        string text = sentence.Text;
        int marker = text.AsSpan(0, part.Start).LastIndexOf("其中", StringComparison.Ordinal);
        if (marker < 0) return null;
        // The last level before 其中, not a change stated after it ("支出756.20万元，比上年增加55.87万元，其中：…").
        AmountMatch? head = null;
        foreach (var a in context.Amounts(sentence)) if (a.End <= marker && IsLevel(a)) head = a;
        var headSentence = sentence;
        // "…一般财政拨款收入支出预算1,779.74万元，比2022年增加198.76万元。其中基本支出…": the list opens the sentence, and its head is
        // the figure the sentence before is about, its first level (not a part it lists, nor its change).
        if (head is null && marker <= 2 && context.PreviousSentence is { } previous)
        {
            head = (context.PreviousSentenceAmounts ?? []).Find(IsLevel);
            headSentence = previous;
        }
        if (head is null) return null;
        string label = Labels.Effective(headSentence, head);
        if (label.Contains("一般公共预算") || label.Contains("一般财政拨款")) return FundScopes.GeneralBudget;
        return FundHead.Match(label) is { Success: true } m ? m.Value : null;
    }

    [GeneratedRegex(@"政府性基金|国有资本经营|财政拨款")]
    private static partial Regex FundHead { get; }

    private static bool IsLevel(AmountMatch a) => !IsComparison(a.Label) && !Change.IsMatch(a.Label);

    /// <summary>A change, not a level: "项目支出预算增加8313.91万元".</summary>
    [GeneratedRegex(@"增加|减少|增长|下降|增减|变动|调增|调减|上年|去年|同比|节约|超支")]
    private static partial Regex Change { get; }

    /// <summary>A label that compares or states a change: its figure is another year's or a difference, not a level.</summary>
    private static bool IsComparison(ReadOnlySpan<char> label) =>
        label.IndexOfAny('比', '较') >= 0 || Change.IsMatch(label);

    /// <summary>A bare label ("支出8072.29万元") whose subject is the heading above it.</summary>
    [GeneratedRegex(@"^(?:支出|收入)(?:预算数|决算数|预算|决算)?$")]
    private static partial Regex Bare { get; }

    /// <summary>A heading that names a classification line or an item, so a bare 支出 under it is that line's, not the total.</summary>
    [GeneratedRegex(@"（[类款项]）|\d{3,}|行政运行|事务|离退休|医疗|住房|公积金|补贴|三公|运行经费|采购|资产|绩效")]
    private static partial Regex NarrowHeading { get; }

    [GeneratedRegex(@"年终结转结余|结转下年|结转结余资金")]
    private static partial Regex CarriedForward { get; }

    /// <summary>
    /// Whether a 收入总计 is the unit's 收支总计: not a fund's, this year's alone or another year's by its own words, not under a
    /// heading that gives it a fund's or a part's scope, and not after a part named before a colon (（一）局机关：收入总计…).
    /// </summary>
    private static bool IsTheUnitsGrand(Sentence sentence, AmountMatch m)
    {
        string text = sentence.Text;
        // The printed label: the cleaned one has lost a year's comparison ("与2023年收入总计…相比").
        var printed = System.MemoryExtensions.AsSpan(text, m.LabelStart, m.Start - m.LabelStart);
        if (NotTheUnitsGrand.IsMatch(printed) || IsComparison(printed)) return false;
        if (NarrowGrandHeading.IsMatch(InnermostHeading(sentence))) return false;
        return System.MemoryExtensions.IndexOfAny(System.MemoryExtensions.AsSpan(text, 0, m.LabelStart), '：', ':') < 0;
    }

    private static string InnermostHeading(Sentence sentence)
    {
        string context = sentence.HeadingContext;
        int slash = context.LastIndexOf('/');
        return slash >= 0 ? context.Substring(slash + 1) : context;
    }

    public void Extract(Sentence sentence, ExtractionContext context)
    {
        if (sentence.InGlossary || sentence.Text.Contains("三公")) return;
        var report = context.Report;
        bool generalContext = sentence.Text.Contains("一般公共预算") || sentence.HeadingContext.Contains("一般公共预算");
        foreach (var m in context.Amounts(sentence))
        {
            string label = Labels.Effective(sentence, m);
            if (IsComparison(label)) continue;
            // "1．…行政运行（项）" printed as a line of its own, then "支出8072.29万元": the figure is the line's.
            if (Bare.IsMatch(m.Label) && NarrowHeading.IsMatch(InnermostHeading(sentence))) continue;
            var amount = m.Amount;
            if (CarriedForward.IsMatch(label) && (sentence.HeadingContext.Contains("支出") || label.Contains("支出")))
            {
                report.Expenditure.CarriedForward = context.KeepFirst(report.Expenditure.CarriedForward, amount, "结转下年");
                continue;
            }
            if (TotalAfterIncome.IsMatch(label) && IncomeAndExpenditureTotal.IsMatch(sentence.Text.Substring(0, m.LabelStart)) && !label.Contains("财政拨款"))
                report.Income.GrandTotal = context.KeepFirst(report.Income.GrandTotal, amount, "收支总计");
            else if (AppropriationGrand.IsMatch(label))
                report.Appropriation.GrandTotal = context.KeepFirst(report.Appropriation.GrandTotal, amount, "财政拨款收支总计");
            else if (Grand.IsMatch(label) || IncomeGrand.IsMatch(label) && IsTheUnitsGrand(sentence, m))
                report.Income.GrandTotal = context.KeepFirst(report.Income.GrandTotal, amount, "收支总计");
            else if (AppropriationTotal.Match(label) is { Success: true } appropriation)
            {
                // The first statement stands: the income may be stated with and without the year before's carry-over, and
                // only its being stated is asked of it (CP-002).
                if (appropriation.Groups["what"].Value == "收入") report.Appropriation.IncomeTotal ??= amount;
                else report.Appropriation.ExpenditureTotal ??= amount;
            }
            else if (label.Contains("一般公共预算") && label.Contains("基本支出"))
                report.GeneralBudget.Basic = context.KeepFirst(report.GeneralBudget.Basic, amount, "一般公共预算基本支出");
            else if (label.Contains("一般公共预算") && (label.Contains("支出") || label.Contains("当年拨款")) && !label.Contains("收入"))
                report.GeneralBudget.Total = context.KeepFirst(report.GeneralBudget.Total, amount, "一般公共预算支出");
            else if (IncomeTotal.IsMatch(label) && !IncomeSourceWords.IsMatch(label) && !label.Contains("支出"))
                report.Income.Total = context.KeepFirst(report.Income.Total, amount, "收入总额");
            else if (ExpenditureTotal.IsMatch(label) && !NotPlainExpenditure.IsMatch(label) && !ClassSpending.IsMatch(label))
                report.Expenditure.Total = context.KeepFirst(report.Expenditure.Total, amount, "支出总额");
            else if (label.EndsWith("基本支出", System.StringComparison.Ordinal) || label.StartsWith("基本支出", System.StringComparison.Ordinal))
            {
                // Listed under a fund's total, the part is the fund's: the general budget's basic spending, or (another fund's,
                // or the appropriations' together) no figure of the whole budget.
                var fund = FundOfHead(sentence, m, context);
                if (fund is null) report.Expenditure.Basic = context.KeepFirst(report.Expenditure.Basic, amount, "基本支出");
                else if (fund == FundScopes.GeneralBudget) report.GeneralBudget.Basic = context.KeepFirst(report.GeneralBudget.Basic, amount, "一般公共预算基本支出");
            }
            else if (label.EndsWith("项目支出", System.StringComparison.Ordinal) || label.StartsWith("项目支出", System.StringComparison.Ordinal))
            {
                if (FundOfHead(sentence, m, context) is null) report.Expenditure.Project = context.KeepFirst(report.Expenditure.Project, amount, "项目支出");
            }
            else if (label.EndsWith("人员经费", System.StringComparison.Ordinal))
            {
                if (generalContext) report.GeneralBudget.Personnel = context.KeepFirst(report.GeneralBudget.Personnel, amount, "人员经费");
                else report.Expenditure.Personnel = context.KeepFirst(report.Expenditure.Personnel, amount, "人员经费");
            }
            else if (label.EndsWith("公用经费", System.StringComparison.Ordinal) && !label.Contains("日常"))
            {
                if (generalContext) report.GeneralBudget.Public = context.KeepFirst(report.GeneralBudget.Public, amount, "公用经费");
                else report.Expenditure.Public = context.KeepFirst(report.Expenditure.Public, amount, "公用经费");
            }
        }
    }
}
