using System;
using ComplianceGen.Runtime;

namespace ComplianceGen.Runtime.Tests;

public class ApplicabilityTests
{
    private static RuleDescriptor Rule(int? first, int? last, params DocumentKind[] kinds) =>
        new("X-1", "t", Severity.Error, kinds, first, last, "c", "s", "s", "rules/x.rules", 1, "");

    [Fact]
    public void A_rule_applies_only_to_its_kinds_and_years()
    {
        var report = new DisclosureReport { Kind = DocumentKind.FinalAccount, Year = new CountFact(2018) };
        Assert.False(Rule(null, null, DocumentKind.Budget).AppliesTo(report, out var reason));
        Assert.Equal("本规则不适用于部门决算", reason);
        Assert.False(Rule(2019, null).AppliesTo(report, out reason));
        Assert.Equal("本规则自2019年度起适用", reason);
        Assert.True(Rule(2016, 2018, DocumentKind.FinalAccount).AppliesTo(report, out _));
    }

    [Fact]
    public void A_rule_in_force_in_some_years_abstains_on_a_report_of_unknown_year_and_a_rule_for_every_year_does_not()
    {
        // A page cut before its title may be of 2018, when no rule asked for the 国有资本经营 table: not knowing the year, the
        // rule cannot tell whether the requirement was in force.
        var report = new DisclosureReport { Kind = DocumentKind.Budget };
        Assert.False(Rule(2019, 2020, DocumentKind.Budget).AppliesTo(report, out var reason));
        Assert.Equal("未能读出文件的年度，本规则只适用于2019至2020年度", reason);
        Assert.False(Rule(2024, null).AppliesTo(report, out reason));
        Assert.Equal("未能读出文件的年度，本规则只适用于2024年度起", reason);
        Assert.False(Rule(null, 2016).AppliesTo(report, out reason));
        Assert.Equal("未能读出文件的年度，本规则只适用于2016年度及以前", reason);
        Assert.False(Rule(2024, 2024).AppliesTo(report, out reason));
        Assert.Equal("未能读出文件的年度，本规则只适用于2024年度", reason);
        Assert.True(Rule(null, null, DocumentKind.Budget).AppliesTo(report, out reason));
        Assert.Null(reason);
    }

    [Fact]
    public void A_rule_for_one_kind_abstains_on_a_report_of_unknown_kind_and_a_rule_for_every_kind_does_not()
    {
        // A final account's rule read on a budget asks for what a budget never states (预算执行, 截至本年底): not knowing
        // the kind, the rule cannot tell whether it applies.
        var report = new DisclosureReport { Year = new CountFact(2019) };
        Assert.False(Rule(null, null, DocumentKind.FinalAccount).AppliesTo(report, out var reason));
        Assert.Equal("文件未写明是部门预算还是部门决算，本规则只适用于部门决算", reason);
        Assert.False(Rule(2016, null, DocumentKind.Budget).AppliesTo(report, out reason));
        Assert.Equal("文件未写明是部门预算还是部门决算，本规则只适用于部门预算", reason);
        Assert.True(Rule(2016, null, DocumentKind.Budget, DocumentKind.FinalAccount).AppliesTo(report, out _));
        Assert.True(Rule(2016, null).AppliesTo(report, out _));
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(1, 2, 3)]
    [InlineData(2_000_000, 2_000_000, 1_000_000)]
    public void An_outcome_keeps_its_status_reason_and_counts(int passed, int failed, int undecided)
    {
        var outcome = RuleOutcome.Conclude(passed, failed, undecided, "none", "unknown");
        Assert.Equal((passed, failed, undecided), (outcome.Passed, outcome.Failed, outcome.Undecided));
        Assert.Equal(failed > 0 ? RuleStatus.Fail : passed > 0 ? RuleStatus.Pass : RuleStatus.NotApplicable, outcome.Status);
        Assert.Equal(failed + passed > 0 ? null : undecided > 0 ? "unknown" : "none", outcome.Reason);
    }

    [Fact]
    public void A_count_too_large_for_an_outcome_stays_at_the_largest_it_holds_and_never_changes_the_status()
    {
        var outcome = RuleOutcome.Conclude(int.MaxValue, 0, int.MaxValue, "none", "unknown");
        Assert.Equal(RuleStatus.Pass, outcome.Status);
        Assert.Equal((2_097_151, 0, 1_048_575), (outcome.Passed, outcome.Failed, outcome.Undecided));
        Assert.Equal(RuleStatus.NotApplicable, RuleOutcome.NotApplicable("why").Status);
        Assert.Equal("why", RuleOutcome.NotApplicable("why").Reason);
    }

    [Fact]
    public void Conclude_never_lets_a_missing_fact_pass_silently_and_counts_undecided_items()
    {
        Assert.Equal(RuleStatus.Fail, RuleOutcome.Conclude(3, 1, 1, "none", "unknown").Status);
        // An item whose facts are not stated is counted as undecided; the items that were checked still pass.
        var mixed = RuleOutcome.Conclude(3, 0, 1, "none", "unknown");
        Assert.Equal(RuleStatus.Pass, mixed.Status);
        Assert.Equal((3, 0, 1), (mixed.Passed, mixed.Failed, mixed.Undecided));
        // Nothing decided at all is not applicable, with the reason; a missing fact never passes on its own.
        var undecided = RuleOutcome.Conclude(0, 0, 2, "none", "unknown");
        Assert.Equal(RuleStatus.NotApplicable, undecided.Status);
        Assert.Equal("unknown", undecided.Reason);
        Assert.Equal(RuleStatus.Pass, RuleOutcome.Conclude(3, 0, 0, "none", "unknown").Status);
        Assert.Equal("none", RuleOutcome.Conclude(0, 0, 0, "none", "unknown").Reason);
    }

    [Fact]
    public void Vehicle_expenses_are_declared_through_either_part()
    {
        var expenses = new ThreePublicExpenses();
        Assert.False(expenses.Vehicles.IsDeclared);
        expenses.VehicleOperation.Amount = Amount.Wan(0m);
        Assert.True(expenses.Vehicles.IsDeclared);
        Assert.Same(expenses.Vehicles.Operation, expenses.VehicleOperation);
        Assert.Equal(3, expenses.Items.Count);
    }
}
