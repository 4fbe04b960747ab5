using System;
using System.Text.RegularExpressions;

namespace ComplianceGen.Reader.Tables;

/// <summary>
/// Recognises the template's tables by their title, in the many ways units word them: with or without the
/// year, the unit, 部门/单位, 预算/决算, 财政拨款, 情况, 总体 (<c>2026年部门支出预算总表</c>, <c>部门收支总体情况表</c>,
/// <c>一般公共预算支出表（按功能分类）</c>, <c>2026年单位“三公”经费和机关运行经费预算表</c>).
/// </summary>
internal static partial class TemplateTables
{
    [GeneratedRegex(@"\d{4}年(?:度)?|[（(]续[)）]|[（(](?:按)?(?:功能|经济)分类[)）]|[“”""'‘’\s]|部门|单位|本级|汇总|情况|总体|预算|决算|财务|公开|市级|省级|县级|区级|本部门|附表\d*|表\d+[：:]?")]
    private static partial Regex Noise { get; }

    // The numbering printed before a title: 一、 十二、 第二部分.
    [GeneratedRegex(@"^(?:第[一二三四五六七八九十]+部分|[（(]?[一二三四五六七八九十]{1,3}[）)、.．])")]
    private static partial Regex Ordinal { get; }

    [GeneratedRegex(@"(?:\s*[（(][^（）()]*[)）])+\s*$")]
    private static partial Regex TrailingBrackets { get; }

    /// <summary>Whether the file prints a template table other than the “三公” one: a department's whole disclosure, not its “三公” section or a place's summary.</summary>
    public static bool AnyButThreePublic(Runtime.TemplateTableSet tables) =>
        tables.IncomeExpenditure || tables.Income || tables.Expenditure || tables.Appropriation || tables.GeneralBudgetExpenditure ||
        tables.BasicExpenditure || tables.GovernmentFund || tables.StateCapital || tables.Procurement;

    public static TemplateTableKind Recognise(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return TemplateTableKind.Other;
        // A title names a table: it ends in 表 before its brackets ((续), （按功能分类）). A sentence that points at one
        // ("预算收支具体情况见下表：") is not a title.
        if (!TrailingBrackets.Replace(title.Trim(), "").EndsWith('表')) return TemplateTableKind.Other;
        string t = Ordinal.Replace(Noise.Replace(title, ""), "").Replace("收入支出", "收支");
        bool economic = title.Contains("经济分类", StringComparison.Ordinal);
        if (t.Contains("三公", StringComparison.Ordinal)) return TemplateTableKind.ThreePublic;
        // 机关运行经费支出表 is a table of its own (Jiangsu prints it), not the 一般公共预算支出表 it names.
        if (t.Contains("机关运行经费", StringComparison.Ordinal)) return TemplateTableKind.Other;
        if (t.Contains("政府性基金", StringComparison.Ordinal)) return TemplateTableKind.GovernmentFund;
        if (t.Contains("国有资本经营", StringComparison.Ordinal)) return TemplateTableKind.StateCapital;
        if (t.Contains("政府采购", StringComparison.Ordinal)) return TemplateTableKind.Procurement;
        if (t.Contains("财政拨款收支", StringComparison.Ordinal)) return TemplateTableKind.Appropriation;
        if (t.Contains("基本支出", StringComparison.Ordinal) && t.Contains("一般公共", StringComparison.Ordinal)) return TemplateTableKind.BasicExpenditure;
        if (t.Contains("一般公共", StringComparison.Ordinal) && t.Contains("支出", StringComparison.Ordinal))
            return economic ? TemplateTableKind.BasicExpenditure : TemplateTableKind.GeneralBudgetExpenditure;
        if (t.Contains("收支", StringComparison.Ordinal) && !t.Contains("财政拨款", StringComparison.Ordinal)) return TemplateTableKind.IncomeExpenditure;
        // The unit's name may stand before the rest ("江苏省高级人民法院收入总表"), so the end decides; a qualifier that
        // makes it another table (财政拨款支出表, 基本支出表, 项目支出表) does not.
        if (t is "收入表" || t.EndsWith("收入总表", StringComparison.Ordinal) && !Qualified(t)) return TemplateTableKind.Income;
        if (t is "支出表" || t.EndsWith("支出总表", StringComparison.Ordinal) && !Qualified(t)) return TemplateTableKind.Expenditure;
        return TemplateTableKind.Other;
    }

    private static bool Qualified(string t) =>
        t.Contains("财政拨款", StringComparison.Ordinal) || t.Contains("一般公共", StringComparison.Ordinal) || t.Contains("基金", StringComparison.Ordinal)
        || t.Contains("基本", StringComparison.Ordinal) || t.Contains("项目", StringComparison.Ordinal) || t.Contains("非税", StringComparison.Ordinal);

    /// <summary>The template's name for a kind, as rules and messages print it.</summary>
    public static string Name(TemplateTableKind kind) => kind switch
    {
        TemplateTableKind.IncomeExpenditure => "收支总表",
        TemplateTableKind.Income => "收入总表",
        TemplateTableKind.Expenditure => "支出总表",
        TemplateTableKind.Appropriation => "财政拨款收支总表",
        TemplateTableKind.GeneralBudgetExpenditure => "一般公共预算支出表",
        TemplateTableKind.BasicExpenditure => "一般公共预算基本支出表",
        TemplateTableKind.ThreePublic => "“三公”经费支出表",
        TemplateTableKind.GovernmentFund => "政府性基金预算支出表",
        TemplateTableKind.StateCapital => "国有资本经营预算支出表",
        TemplateTableKind.Procurement => "政府采购预算表",
        _ => "",
    };
}
