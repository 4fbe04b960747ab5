using System.Collections.Generic;
using System.Globalization;
using ComplianceGen.Runtime;
using FluentValidation;

namespace ComplianceGen.Benchmarks.Alternatives;

/// <summary>
/// (b) The standard rules (rules/*.rules) written by hand as a FluentValidation 11 validator:
/// the same conditions, the same tolerance (runtime <see cref="Quantity"/> sums and
/// <see cref="Tolerance.Rounding"/>), the same catalogue matching and the same messages, so
/// the equivalence check can compare findings text for text. What FluentValidation cannot say
/// (not applicable / undecided) is simply "no failure", which is also what the generated
/// validators report as findings.
/// </summary>
public sealed class StandardRulesValidator : AbstractValidator<DisclosureReport>
{
    /// <summary>The rule ids written here; rules added to rules/ since are listed by `check` as not covered.</summary>
    public static readonly string[] RuleIds = { "FC-001", "FC-002", "SG-001", "SH-001", "SH-002", "SH-003" };

    public StandardRulesValidator(IClassificationCatalog catalog)
    {
        // Every standard rule set applies to 部门预算 and 部门决算 (and to a report whose kind is unknown).
        When(AppliesToBudgetsAndFinalAccounts, () =>
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

            // SG-001 “三公”经费三项须逐项公开
            RuleForEach(r => r.ThreePublicExpenses.Items)
                .Must(item => item.IsDeclared)
                .WithErrorCode("SG-001")
                .WithMessage((r, item) => "“三公”经费中“" + item.Name.Value + "”未公开：应列明金额，或说明本年无此项支出");

            // SH-001..003 构成占比之和为100% within rounding, when more than one share is stated
            SharesRule(r => r.Income.Sources, l => l.Share, "SH-001", "收入各来源占比之和为");
            SharesRule(r => r.Expenditure.Parts, l => l.Share, "SH-002", "支出各部分占比之和为");
            SharesRule(r => r.FunctionalClassification.Classes, l => l.Share, "SH-003", "功能分类各类支出占比之和为");
        });
    }

    private void SharesRule<T>(System.Linq.Expressions.Expression<System.Func<DisclosureReport, List<T>>> collection, System.Func<T, Share?> share, string id, string prefix)
    {
        var get = collection.Compile(); // once, at construction
        RuleFor(collection)
            .Must(list => Compare.Holds(SumOfShares(list, share), ComparisonOperator.Equal, Quantity.ShareLiteral(100m), Tolerance.Rounding) != false)
            .When(r => StatedShares(get(r), share) > 1)
            .WithErrorCode(id)
            .WithMessage(r => prefix + MessageFormat.Of(SumOfShares(get(r), share)) + "，应为100%");
    }

    private static bool AppliesToBudgetsAndFinalAccounts(DisclosureReport report) =>
        report.Kind is DocumentKind.Unknown or DocumentKind.Budget or DocumentKind.FinalAccount;

    private static int StatedShares<T>(List<T> list, System.Func<T, Share?> share)
    {
        int count = 0;
        foreach (var item in list) if (share(item) is not null) count++;
        return count;
    }

    private static Quantity? SumOfShares<T>(List<T> list, System.Func<T, Share?> share)
    {
        Quantity? total = null;
        foreach (var item in list)
        {
            var s = share(item);
            if (s is null) continue;
            var part = Quantity.FromShare(s);
            total = total is null ? part : total + part;
        }
        return total;
    }

    private static int? Year(DisclosureReport report) => report.Year?.Value;

    private static string YearText(DisclosureReport report) =>
        report.Year is { } year ? year.Value.ToString(CultureInfo.InvariantCulture) : MessageFormat.NotStated;

    private static bool? NameMatches(IClassificationCatalog catalog, DisclosureReport report, ClassificationLine line) =>
        catalog.TryGetName(line.Code!.Value, Year(report), out var entry) ? CatalogNames.Match(line.Name!.Value, entry) : null;

    private static string? CatalogName(IClassificationCatalog catalog, DisclosureReport report, ClassificationLine line) =>
        catalog.TryGetName(line.Code!.Value, Year(report), out var entry) ? entry.Name : null;
}
