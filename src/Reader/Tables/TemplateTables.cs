using System;
using System.Text.RegularExpressions;

namespace ComplianceGen.Reader.Tables;

/// <summary>
/// Recognises the template's tables by their title, in the many ways units word them: with or without the
/// year, the unit, 部门/单位, 预算/决算, 财政拨款, 情况, 总体 (<c>2026年部门支出预算总表</c>, <c>部门收支总体情况表</c>,
/// <c>一般公共预算支出表（按功能分类）</c>, <c>2026年单位“三公”经费和机关运行经费预算表</c>).
/// </summary>
internal static class TemplateTables
{
    private static readonly Regex Noise = new(@"\d{4}年(?:度)?|[（(]续[)）]|[（(](?:按)?(?:功能|经济)分类[)）]|[“”""'‘’\s]|部门|单位|本级|汇总|情况|总体|预算|决算|财务|公开|市级|省级|县级|区级|本部门|附表\d*|表\d+[：:]?", RegexOptions.Compiled);

    public static TemplateTableKind Recognise(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return TemplateTableKind.Other;
        string t = Noise.Replace(title, "");
        bool economic = title.Contains("经济分类", StringComparison.Ordinal);
        if (t.Contains("三公", StringComparison.Ordinal)) return TemplateTableKind.ThreePublic;
        if (t.Contains("政府性基金", StringComparison.Ordinal)) return TemplateTableKind.GovernmentFund;
        if (t.Contains("国有资本经营", StringComparison.Ordinal)) return TemplateTableKind.StateCapital;
        if (t.Contains("政府采购", StringComparison.Ordinal)) return TemplateTableKind.Procurement;
        if (t.Contains("财政拨款收支", StringComparison.Ordinal)) return TemplateTableKind.Appropriation;
        if (t.Contains("基本支出", StringComparison.Ordinal) && t.Contains("一般公共", StringComparison.Ordinal)) return TemplateTableKind.BasicExpenditure;
        if (t.Contains("一般公共", StringComparison.Ordinal) && t.Contains("支出", StringComparison.Ordinal))
            return economic ? TemplateTableKind.BasicExpenditure : TemplateTableKind.GeneralBudgetExpenditure;
        if (t.Contains("收支", StringComparison.Ordinal) && !t.Contains("财政拨款", StringComparison.Ordinal)) return TemplateTableKind.IncomeExpenditure;
        if (t is "收入总表" or "收入表") return TemplateTableKind.Income;
        if (t is "支出总表" or "支出表") return TemplateTableKind.Expenditure;
        return TemplateTableKind.Other;
    }

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
