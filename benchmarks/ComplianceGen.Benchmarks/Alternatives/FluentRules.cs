using System.Collections.Generic;
using System.Globalization;
using ComplianceGen.Runtime;
using ComplianceGen.Runtime.CompilerServices;
using FluentValidation;

namespace ComplianceGen.Benchmarks.Alternatives;

/// <summary>
/// (b) The standard rules (rules/*.rules) written by hand as a FluentValidation 11 validator:
/// the same conditions, the same tolerance (runtime <see cref="QuantitySum"/> sums and
/// <see cref="Tolerance.Rounding"/>), the same catalogue matching and the same messages, so
/// the equivalence check can compare findings text for text. What FluentValidation cannot say
/// (not applicable / undecided) is simply "no failure", which is also what the generated
/// validators report as findings.
/// </summary>
public sealed class StandardRulesValidator : AbstractValidator<DisclosureReport>
{
    /// <summary>The rule ids written here; rules added to rules/ since are listed by `check` as not covered.</summary>
    public static readonly string[] RuleIds =
    {
        "AR-002", "AR-003", "AR-005", "AR-006", "AR-010",
        "FC-001", "FC-002",
        "SG-003", "SG-004", "SG-005", "SG-006",
        "SH-001", "SH-002", "SH-003",
    };

    public StandardRulesValidator(IClassificationCatalog catalog)
    {
        // Each rule applies to the document kinds its rule file names.
        {
            // FC-001 每个功能分类科目编码都有名称
            RuleForEach(r => r.FunctionalClassification.Lines)
                .Where(line => line.Code is not null)
                .Must(line => !string.IsNullOrWhiteSpace(line.Name?.Value))
                .WithErrorCode("FC-001")
                .WithMessage((r, line) => "科目编码" + line.Code!.Value + "没有写明科目名称");

            // FC-002 功能分类科目名称与当年政府收支分类科目一致 (a code the catalogue does not know is not judged)
            RuleForEach(r => r.FunctionalClassification.Lines)
                .Where(line => line.Code is not null && !string.IsNullOrWhiteSpace(line.Name?.Value))
                .Must((r, line) => NameMatches(catalog, r, line) != false)
                .WithErrorCode("FC-002")
                .WithMessage((r, line) => "科目" + line.Code!.Value + "“" + line.Name!.Value + "”与" + YearText(r) + "年科目名称“"
                    + (CatalogName(catalog, r, line) ?? MessageFormat.NotStated) + "”不一致");


            // SH-001..003 构成占比之和为100% within rounding, when more than one share is stated
            SharesRule(r => r.Income.Sources, l => l.Share, "SH-001", "收入各来源占比之和为");
            SharesRule(r => r.Expenditure.Parts, l => l.Share, "SH-002", "支出各部分占比之和为");
            SharesRule(r => r.FunctionalClassification.Classes, l => l.Share, "SH-003", "功能分类各类支出占比之和为");


            // AR-002 基本支出与项目支出之和等于支出总额
            RuleFor(r => r.Expenditure)
                .Must(e => Compare.Holds(Values.Of(e.Basic) + Values.Of(e.Project), ComparisonOperator.Equal, Values.Of(e.Total), Tolerance.Rounding) != false)
                .When(r => r.Expenditure.Total is not null && r.Expenditure.Basic is not null && r.Expenditure.Project is not null)
                .WithErrorCode("AR-002")
                .WithMessage(r => "支出总额" + MessageFormat.Of(Values.Of(r.Expenditure.Total)) + "，而基本支出" + MessageFormat.Of(Values.Of(r.Expenditure.Basic))
                    + "与项目支出" + MessageFormat.Of(Values.Of(r.Expenditure.Project)) + "之和为"
                    + MessageFormat.Of(Values.Of(r.Expenditure.Basic) + Values.Of(r.Expenditure.Project)));

            // AR-003 一般公共预算基本支出等于人员经费与公用经费之和
            RuleFor(r => r.GeneralBudget)
                .Must(g => Compare.Holds(Values.Of(g.Personnel) + Values.Of(g.Public), ComparisonOperator.Equal, Values.Of(g.Basic), Tolerance.Rounding) != false)
                .When(r => r.GeneralBudget.Basic is not null && r.GeneralBudget.Personnel is not null && r.GeneralBudget.Public is not null)
                .WithErrorCode("AR-003")
                .WithMessage(r => "一般公共预算基本支出" + MessageFormat.Of(Values.Of(r.GeneralBudget.Basic)) + "，而人员经费" + MessageFormat.Of(Values.Of(r.GeneralBudget.Personnel))
                    + "与公用经费" + MessageFormat.Of(Values.Of(r.GeneralBudget.Public)) + "之和为"
                    + MessageFormat.Of(Values.Of(r.GeneralBudget.Personnel) + Values.Of(r.GeneralBudget.Public)));


            // AR-005 收入来源占比等于该项金额除以收入总额 (or, within 0.1, of 收支总计)
            RuleForEach(r => r.Income.Sources)
                .Where(x => x.Share is not null && x.Amount is not null)
                .Must((r, x) => (ShareMatches(x.Share!, x.Amount!, r.Income.Total)
                    | (r.Income.GrandTotal is null ? false : Compare.Holds(Values.Of(x.Share), ComparisonOperator.Equal, Values.Of(x.Amount) / Values.Of(r.Income.GrandTotal), Tolerance.Absolute(0.1m)))) != false)
                .When(r => r.Income.Total is not null)
                .WithErrorCode("AR-005")
                .WithMessage((r, x) => "“" + MessageFormat.Of(x.Name?.Value) + "”占比写为" + MessageFormat.Of(Values.Of(x.Share)) + "，按" + MessageFormat.Of(Values.Of(x.Amount))
                    + "÷收入总额" + MessageFormat.Of(Values.Of(r.Income.Total)) + "应为" + MessageFormat.Of(Values.Of(x.Amount) / Values.Of(r.Income.Total)));

            // AR-006 支出构成占比等于该项金额除以支出总额
            RuleForEach(r => r.Expenditure.Parts)
                .Where(x => x.Share is not null && x.Amount is not null)
                .Must((r, x) => ShareMatches(x.Share!, x.Amount!, r.Expenditure.Total) != false)
                .WithErrorCode("AR-006")
                .WithMessage((r, x) => "“" + MessageFormat.Of(x.Name?.Value) + "”占比写为" + MessageFormat.Of(Values.Of(x.Share)) + "，按" + MessageFormat.Of(Values.Of(x.Amount))
                    + "÷支出总额" + MessageFormat.Of(Values.Of(r.Expenditure.Total)) + "应为" + MessageFormat.Of(Values.Of(x.Amount) / Values.Of(r.Expenditure.Total)));

            // AR-010 表中功能分类上级科目金额等于下级科目之和 (rows of the same table whose parent code is the row's code)
            RuleForEach(r => r.FunctionalClassification.Lines)
                .Where(p => p.TableNumber is not null && p.Amount is not null)
                .Must((r, p) => ChildCount(r.FunctionalClassification.Lines, p) == 0
                    || Compare.Holds(Values.Of(p.Amount), ComparisonOperator.Equal, ChildSum(r.FunctionalClassification.Lines, p), Tolerance.Rounding) != false)
                .WithErrorCode("AR-010")
                .WithMessage((r, p) => "表中科目" + MessageFormat.Of(p.Code?.Value) + "“" + MessageFormat.Of(p.Name?.Value) + "”为" + MessageFormat.Of(Values.Of(p.Amount))
                    + "，而其下级科目之和为" + MessageFormat.Of(ChildSum(r.FunctionalClassification.Lines, p)));

            // The “三公” rules apply to 部门预算 and 部门决算; the others to 绩效报告 too, as the rule files say.
            When(AppliesToBudgetsAndFinalAccounts, () =>
            {
            // SG-003 “三公”经费合计等于各项之和 (when the vehicle item is stated as a whole, or not split at all)
            RuleFor(r => r.ThreePublicExpenses)
                .Must(t => Compare.Holds(Values.Of(t.Total), ComparisonOperator.Equal, SumOf(t.Items, i => i.Amount), Tolerance.Rounding) != false)
                .When(r => r.ThreePublicExpenses.Total is not null && Stated(r.ThreePublicExpenses.Items, i => i.Amount) > 1
                    && (r.ThreePublicExpenses.Vehicles.Amount is not null
                        || (r.ThreePublicExpenses.VehiclePurchase.Amount is null && r.ThreePublicExpenses.VehicleOperation.Amount is null)))
                .WithErrorCode("SG-003")
                .WithMessage(r => "“三公”经费合计" + MessageFormat.Of(Values.Of(r.ThreePublicExpenses.Total)) + "，而因公出国（境）费、公务用车购置及运行费、公务接待费之和为"
                    + MessageFormat.Of(SumOf(r.ThreePublicExpenses.Items, i => i.Amount)));

            // SG-004 公务用车购置及运行费等于购置费与运行（维护）费之和
            RuleFor(r => r.ThreePublicExpenses)
                .Must(t => Compare.Holds(Values.Of(t.Vehicles.Amount), ComparisonOperator.Equal,
                    Values.Of(t.VehiclePurchase.Amount) + Values.Of(t.VehicleOperation.Amount), Tolerance.Rounding) != false)
                .When(r => r.ThreePublicExpenses.Vehicles.Amount is not null && r.ThreePublicExpenses.VehiclePurchase.Amount is not null
                    && r.ThreePublicExpenses.VehicleOperation.Amount is not null)
                .WithErrorCode("SG-004")
                .WithMessage(r => "公务用车购置及运行费" + MessageFormat.Of(Values.Of(r.ThreePublicExpenses.Vehicles.Amount)) + "，不等于购置费"
                    + MessageFormat.Of(Values.Of(r.ThreePublicExpenses.VehiclePurchase.Amount)) + "与运行（维护）费"
                    + MessageFormat.Of(Values.Of(r.ThreePublicExpenses.VehicleOperation.Amount)) + "之和");

            // SG-005 “三公”经费各项占比之和为100% (when every item with a non-zero amount has a share)
            RuleFor(r => r.ThreePublicExpenses.Items)
                .Must(items => Compare.Holds(SumOf(items, i => i.Share), ComparisonOperator.Equal, Quantity.ShareLiteral(100m), Tolerance.Rounding) != false)
                .When(r => Stated(r.ThreePublicExpenses.Items, i => i.Share) > 1
                    && r.ThreePublicExpenses.Items.TrueForAll(i => i.Share is not null || i.Amount is null || i.Amount.IsZero))
                .WithErrorCode("SG-005")
                .WithMessage(r => "“三公”经费各项占比之和为" + MessageFormat.Of(SumOf(r.ThreePublicExpenses.Items, i => i.Share)) + "，应为100%");

            // SG-006 “三公”经费各项占比等于该项金额除以合计
            RuleForEach(r => r.ThreePublicExpenses.Items)
                .Where(i => i.Share is not null && i.Amount is not null)
                .Must((r, i) => ShareMatches(i.Share!, i.Amount!, r.ThreePublicExpenses.Total) != false)
                .WithErrorCode("SG-006")
                .WithMessage((r, i) => "“" + i.Name.Value + "”占比写为" + MessageFormat.Of(Values.Of(i.Share)) + "，按金额" + MessageFormat.Of(Values.Of(i.Amount))
                    + "÷合计" + MessageFormat.Of(Values.Of(r.ThreePublicExpenses.Total)) + "应为"
                    + MessageFormat.Of(Values.Of(i.Amount) / Values.Of(r.ThreePublicExpenses.Total)));
            });
        }
    }

    /// <summary>A share equals amount ÷ total within the printed rounding, or within 0.1 percentage points.</summary>
    private static bool? ShareMatches(Share share, Amount amount, Amount? total)
    {
        var expected = Values.Of(amount) / Values.Of(total);
        return Compare.Holds(Values.Of(share), ComparisonOperator.Equal, expected, Tolerance.Rounding)
            | Compare.Holds(Values.Of(share), ComparisonOperator.Equal, expected, Tolerance.Absolute(0.1m));
    }

    /// <summary>The classes add up to whichever of the three totals is stated (false for an unstated one).</summary>
    private static bool? ClassesAddUp(DisclosureReport report, Quantity? sum) =>
        AddsUpTo(sum, report.FunctionalClassification.Total) | AddsUpTo(sum, report.GeneralBudget.Total) | AddsUpTo(sum, report.Expenditure.Total);

    private static bool? AddsUpTo(Quantity? sum, Amount? total) =>
        total is null ? false : Compare.Holds(sum, ComparisonOperator.Equal, Values.Of(total), Tolerance.Rounding);

    /// <summary>Every class has a code and no two classes have the same one.</summary>
    private static bool CodesUnique(List<ClassificationLine> classes)
    {
        for (int i = 0; i < classes.Count; i++)
        {
            if (classes[i].Code is not { } code) return false;
            for (int j = 0; j < classes.Count; j++)
            {
                if (j != i && classes[j].Code is { } other && TextComparison.Same(other.Value, code.Value)) return false;
            }
        }
        return true;
    }

    private static bool IsChild(ClassificationLine child, ClassificationLine parent) =>
        child.ParentCode is not null && parent.Code is not null && TextComparison.Same(child.ParentCode.Value, parent.Code.Value)
        && child.TableNumber is not null && parent.TableNumber is not null && child.TableNumber.Value == parent.TableNumber.Value;

    private static int ChildCount(List<ClassificationLine> lines, ClassificationLine parent)
    {
        int count = 0;
        foreach (var line in lines) if (line.Amount is not null && IsChild(line, parent)) count++;
        return count;
    }

    private static Quantity? ChildSum(List<ClassificationLine> lines, ClassificationLine parent)
    {
        var sum = new QuantitySum();
        foreach (var line in lines)
        {
            if (IsChild(line, parent)) sum.Add(line.Amount);
        }
        return sum.Total;
    }

    private void SharesRule<T>(System.Linq.Expressions.Expression<System.Func<DisclosureReport, List<T>>> collection, System.Func<T, Share?> share, string id, string prefix)
    {
        var get = collection.Compile(); // once, at construction
        RuleFor(collection)
            .Must(list => Compare.Holds(SumOf(list, share), ComparisonOperator.Equal, Quantity.ShareLiteral(100m), Tolerance.Rounding) != false)
            .When(r => Stated(get(r), share) > 1)
            .WithErrorCode(id)
            .WithMessage(r => prefix + MessageFormat.Of(SumOf(get(r), share)) + "，应为100%");
    }

    private static bool AppliesToBudgetsAndFinalAccounts(DisclosureReport report) =>
        report.Kind is DocumentKind.Unknown or DocumentKind.Budget or DocumentKind.FinalAccount;

    private static int Stated<T>(List<T> list, System.Func<T, object?> fact)
    {
        int count = 0;
        foreach (var item in list) if (fact(item) is not null) count++;
        return count;
    }

    private static Quantity? SumOf<T>(List<T> list, System.Func<T, Share?> share)
    {
        var sum = new QuantitySum();
        foreach (var item in list) sum.Add(share(item));
        return sum.Total;
    }

    private static Quantity? SumOf<T>(List<T> list, System.Func<T, Amount?> amount)
    {
        var sum = new QuantitySum();
        foreach (var item in list) sum.Add(amount(item));
        return sum.Total;
    }

    private static int? Year(DisclosureReport report) => report.Year?.Value;

    private static string YearText(DisclosureReport report) =>
        report.Year is { } year ? year.Value.ToString(CultureInfo.InvariantCulture) : MessageFormat.NotStated;

    private static bool? NameMatches(IClassificationCatalog catalog, DisclosureReport report, ClassificationLine line) =>
        catalog.TryGetName(line.Code!.Value, Year(report), out var entry) ? CatalogNames.Match(line.Name!.Value, entry) : null;

    private static string? CatalogName(IClassificationCatalog catalog, DisclosureReport report, ClassificationLine line) =>
        catalog.TryGetName(line.Code!.Value, Year(report), out var entry) ? entry.Name : null;
}
