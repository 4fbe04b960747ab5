namespace ComplianceGen.Reader.Tables;

/// <summary>The national template's tables for 部门预算 / 部门决算 (财预〔2016〕143号 and the 标准目录), and everything else.</summary>
internal enum TemplateTableKind
{
    Other,
    /// <summary>收支总表 / 收支总体情况表 / 部门财务收支预算总表.</summary>
    IncomeExpenditure,
    /// <summary>收入总表 / 收入总体情况表 / 部门收入预算总表.</summary>
    Income,
    /// <summary>支出总表 / 支出总体情况表 / 部门支出预算总表.</summary>
    Expenditure,
    /// <summary>财政拨款收支总表.</summary>
    Appropriation,
    /// <summary>一般公共预算（财政拨款）支出表, by function.</summary>
    GeneralBudgetExpenditure,
    /// <summary>一般公共预算基本支出表, or the 一般公共预算支出表 by economic class.</summary>
    BasicExpenditure,
    /// <summary>“三公”经费支出表 (sometimes with 机关运行经费).</summary>
    ThreePublic,
    /// <summary>政府性基金预算支出表.</summary>
    GovernmentFund,
    /// <summary>国有资本经营预算支出表.</summary>
    StateCapital,
    /// <summary>政府采购预算表.</summary>
    Procurement,
}
