using System.Collections.Generic;

namespace ComplianceGen.Runtime;

/// <summary>
/// One sentence of the document's prose, as rule authors see it: its text, the section and page it is in, the
/// figures, years and dates it states, and the comparison words it uses. The document layer's own account of
/// the prose, for rules the fact extractors were not written for ("决算数大于预算数" against the two figures,
/// template text left in, a date of the wrong year).
/// </summary>
public sealed class Statement
{
    [Term("文本")]
    public TextFact? Text { get; set; }

    /// <summary>The headings above the sentence, outermost first, joined with '/'.</summary>
    [Term("章节")]
    public TextFact? Section { get; set; }

    /// <summary>The outermost heading above the sentence (部门概况, 2026年度部门预算情况说明, 名词解释 …): the part of the document it is in.</summary>
    [Term("部分")]
    public TextFact? Part { get; set; }

    /// <summary>Where the sentence comes in the document: 1 for the first, so a rule can tell which of two came first.</summary>
    [Term("序号")]
    public CountFact? Ordinal { get; set; }

    /// <summary>How many Chinese characters the sentence has (figures, punctuation and spaces not counted): how much prose it is; a table row that leaked into the text has few.</summary>
    [Term("字数")]
    public CountFact? Length { get; set; }

    /// <summary>The page the sentence starts on, for a paged document.</summary>
    [Term("页码")]
    public CountFact? Page { get; set; }

    /// <summary>Whether the sentence is a heading (a numbered title) rather than a statement.</summary>
    [Term("是标题")]
    public bool IsHeading { get; set; }

    /// <summary>Amounts with their unit, in order.</summary>
    [Term("金额")]
    public List<Amount> Amounts { get; } = new();

    /// <summary>The first amount the sentence prints (rules cannot index <see cref="Amounts"/>).</summary>
    [Term("首个金额")]
    public Amount? FirstAmount => Amounts.Count > 0 ? Amounts[0] : null;

    /// <summary>The last amount the sentence prints.</summary>
    [Term("末个金额")]
    public Amount? LastAmount => Amounts.Count > 0 ? Amounts[^1] : null;

    /// <summary>How many amounts the sentence prints.</summary>
    [Term("金额个数")]
    public CountFact AmountCount => new(Amounts.Count, Text?.Evidence);

    /// <summary>Percentages, in order.</summary>
    [Term("百分比")]
    public List<Share> Percents { get; } = new();

    /// <summary>The years it names (2026年, 2025年度), in order.</summary>
    [Term("年份")]
    public List<CountFact> Years { get; } = new();

    /// <summary>The year of a date it states a position at ("截至2025年12月31日", "截止2025年底").</summary>
    [Term("截至年份")]
    public CountFact? AsOfYear { get; set; }

    /// <summary>The year it compares with ("与2025年相比", "比2025年", "较2025年年初预算").</summary>
    [Term("对比年份")]
    public CountFact? ComparedYear { get; set; }

    /// <summary>Comparison words in order: 大于, 小于, 等于, 持平, 增加, 减少, 增长, 下降, 上升, 降低.</summary>
    [Term("比较词")]
    public List<TextFact> ComparisonWords { get; } = new();

    /// <summary>Whether a comparison word says the figure went up (增加, 增长, 上升, 大于).</summary>
    [Term("说增加")]
    public bool SaysUp { get; set; }

    /// <summary>Whether a comparison word says the figure went down (减少, 下降, 降低, 小于).</summary>
    [Term("说减少")]
    public bool SaysDown { get; set; }

    /// <summary>Whether it says the figure stayed the same (持平, 不变, 无变化).</summary>
    [Term("说持平")]
    public bool SaysLevel { get; set; }

    /// <summary>
    /// For a statement comparing outturn with budget ("决算数小于预算数的主要原因…"): the budget figure it is about,
    /// from this sentence or the one before ("年初预算为161.62万元，支出决算为160.75万元").
    /// </summary>
    [Term("预算数")]
    public Amount? BudgetFigure { get; set; }

    /// <summary>The outturn figure such a statement is about.</summary>
    [Term("决算数")]
    public Amount? ActualFigure { get; set; }

    /// <summary>It says the outturn is above the budget (决算数大于预算数, 超过预算).</summary>
    [Term("说决算大于预算")]
    public bool SaysActualAbove { get; set; }

    /// <summary>It says the outturn is below the budget (决算数小于预算数, 低于预算).</summary>
    [Term("说决算小于预算")]
    public bool SaysActualBelow { get; set; }

    /// <summary>It says the outturn equals the budget (决算数与预算数持平, 决算数等于预算数).</summary>
    [Term("说决算等于预算")]
    public bool SaysActualEqual { get; set; }

    /// <summary>The full stop (or other end mark) printed twice at the end of the sentence ("…减少了该项支出。 。").</summary>
    [Term("句末标点重复")]
    public TextFact? DoubledStop { get; set; }

    /// <summary>
    /// A subject labelled with a level its own table does not give it ("财政事务（类）" where the table prints 20106 财政事务,
    /// a 款): the label, the name and the table's level. Only a name the tables print at one level is judged.
    /// </summary>
    [Term("级次标注不符")]
    public TextFact? LevelLabelMismatch { get; set; }

    /// <summary>
    /// A 项 the prose names under its 款 ("法院（款）一般行政事务管理（项）") that the tables print under the same 款 with its
    /// characters in another order or one character changed (2040502 一般行政管理事务): the printed name and the table's.
    /// </summary>
    [Term("项名称与报表不符")]
    public TextFact? ItemNameMismatch { get; set; }

    /// <summary>A year printed with a digit missing ("202 年度"): three digits from 20 before 年.</summary>
    [Term("残缺年份")]
    public TextFact? BrokenYear { get; set; }

    /// <summary>A unit printed with no figure before it ("政府性基金预算支出 万元"): an amount left blank.</summary>
    [Term("空缺金额")]
    public TextFact? BlankAmount { get; set; }

    /// <summary>A rate printed without its % ("下降 9.52，"): a number after 增长 / 下降 / 占 with no % and no unit.</summary>
    [Term("缺百分号")]
    public TextFact? PercentWithoutSign { get; set; }

    public Evidence? Evidence => Text?.Evidence;
}
