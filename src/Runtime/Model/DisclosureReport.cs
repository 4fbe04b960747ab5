using System.Collections.Generic;

namespace ComplianceGen.Runtime;

/// <summary>
/// What the reader believed a disclosure document says. Every fact carries its evidence;
/// <c>null</c> means the document did not state it. Rule files bind to these members by
/// C# name or by the Chinese <see cref="TermAttribute"/>.
/// </summary>
[ReportModel]
[Term("报告")]
public sealed class DisclosureReport
{
    /// <summary>The file the report was read from.</summary>
    public string SourcePath { get; set; } = "";

    public DocumentKind Kind { get; set; }

    /// <summary>The unit most amounts in the prose are printed in.</summary>
    public AmountUnit MainUnit { get; set; } = AmountUnit.WanYuan;

    /// <summary>
    /// Where the document names itself (its title: unit, year, kind). A finding about something the
    /// document never states has no words of its own to point at; it points here.
    /// </summary>
    public Evidence? Evidence { get; set; }

    [Term("单位名称")]
    public TextFact? UnitName { get; set; }

    [Term("年度")]
    public CountFact? Year { get; set; }

    [Term("收入")]
    public IncomeSection Income { get; } = new();

    [Term("支出")]
    public ExpenditureSection Expenditure { get; } = new();

    [Term("财政拨款")]
    public AppropriationSection Appropriation { get; } = new();

    [Term("一般公共预算")]
    public GeneralBudgetSection GeneralBudget { get; } = new();

    [Term("功能分类")]
    public ClassificationSection FunctionalClassification { get; } = new();

    [Term("经济分类")]
    public ClassificationSection EconomicClassification { get; } = new();

    [Term("三公经费")]
    public ThreePublicExpenses ThreePublicExpenses { get; } = new();

    [Term("机关运行经费")]
    public OperatingCosts OperatingCosts { get; } = new();

    [Term("政府采购")]
    public Procurement Procurement { get; } = new();

    [Term("国有资产")]
    public StateAssets Assets { get; } = new();

    [Term("政府性基金")]
    public DeclaredAmount GovernmentFund { get; } = new();

    [Term("国有资本经营")]
    public DeclaredAmount StateCapital { get; } = new();

    [Term("绩效目标")]
    public PerformanceTargets Performance { get; } = new();

    [Term("变动说明")]
    public List<ChangeStatement> Changes { get; } = new();

    [Term("预算执行")]
    public List<ExecutionStatement> Executions { get; } = new();

    /// <summary>Statements that open with the year they are about, for checking it against the document's year.</summary>
    [Term("年度说明")]
    public List<YearStatement> YearStatements { get; } = new();

    /// <summary>Facts stated again with the same digits (in the same or another unit), for catching 万元/元 slips.</summary>
    [Term("前后说法")]
    public List<Restatement> Restatements { get; } = new();

    /// <summary>Subjects stated twice with different figures: both kept, each with its scope.</summary>
    [Term("不同说法")]
    public List<FigureConflict> Conflicts { get; } = new();

    /// <summary>Units named as the subject of a statement or in a table title, for checking them against <see cref="UnitName"/>.</summary>
    [Term("单位提及")]
    public List<UnitMention> UnitMentions { get; } = new();

    [Term("章节")]
    public List<SectionHeading> Sections { get; } = new();

    /// <summary>Every sentence of the prose with its figures, years, dates and comparison words, for rules the fact extractors were not written for.</summary>
    [Term("语句")]
    public List<Statement> Statements { get; } = new();

    /// <summary>The entries of the table of contents (目录), and whether the document has each.</summary>
    [Term("目录")]
    public List<ContentsEntry> Contents { get; } = new();

    [Term("名词解释")]
    public List<GlossaryEntry> Glossary { get; } = new();

    [Term("表格")]
    public List<TableInfo> Tables { get; } = new();

    /// <summary>The rows of all tables in one list, each with its table's kind (<c>对每个 r 属于 报表行 满足 r.表类型 = "收支总表"</c>).</summary>
    [Term("报表行")]
    public List<TableRow> TableRows { get; } = new();

    /// <summary>Which of the template's tables the file prints.</summary>
    [Term("报表")]
    public TemplateTableSet TemplateTables { get; } = new();

    /// <summary>Whether the file holds the explanation, the tables, or names tables published elsewhere.</summary>
    [Term("文件")]
    public DocumentParts Parts { get; } = new();

    /// <summary>
    /// Set when the file is not a budget disclosure at all (a notice, a bulletin, a form, a page that only links
    /// to the disclosure): why. No disclosure rule runs on such a file.
    /// </summary>
    public string? NotDisclosureReason { get; set; }

    /// <summary>What the reader could not make sense of (unreadable numbers, odd layout).</summary>
    public List<string> Warnings { get; } = new();
}
