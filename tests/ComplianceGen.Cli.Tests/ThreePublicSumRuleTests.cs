using static ComplianceGen.Cli.Tests.Infrastructure.OneDocument;

namespace ComplianceGen.Cli.Tests;

/// <summary>
/// SG-003 (the “三公” total equals the sum of its items) run by the tool on made-up sentences. The sum is compared only
/// when every item is disclosed, as an amount or as none: an item left out (or one the reader missed) explains any gap
/// by itself, and SG-001 reports that item.
/// </summary>
public class ThreePublicSumRuleTests
{
    private const string Head = "某局2024年部门预算\n七、“三公”经费财政拨款预算安排情况说明\n";

    [Fact]
    public void An_item_never_mentioned_leaves_the_sum_uncompared_and_is_reported_itself()
    {
        var doc = Check(Head + "2024年“三公”经费预算35.00万元。其中：因公出国（境）费0.00万元；公务接待费30.00万元。\n");
        Assert.DoesNotContain("SG-003", RulesIn(doc, "findings"));
        Assert.Contains("SG-003", RulesIn(doc, "notApplicable"));
        Assert.Contains(doc.GetProperty("findings").EnumerateArray(), f =>
            f.GetProperty("ruleId").GetString() == "SG-001" && f.GetProperty("message").GetString()!.Contains("公务用车", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_vehicle_item_known_by_one_part_declared_none_leaves_the_sum_uncompared()
    {
        // The purchase is said to be none and the running cost is worded as the reader does not know: the vehicles' figure is
        // unknown, not nothing.
        var doc = Check(Head + "2024年“三公”经费预算35.00万元。其中：因公出国（境）费0.00万元；无公务用车购置费，车辆运行维护费5.00万元；公务接待费30.00万元。\n");
        Assert.DoesNotContain("SG-003", RulesIn(doc, "findings"));
        Assert.Contains("SG-003", RulesIn(doc, "notApplicable"));
    }

    [Fact]
    public void Three_items_that_do_not_add_up_are_reported()
    {
        var doc = Check(Head + "2024年“三公”经费预算35.00万元。其中：因公出国（境）费0.00万元；公务用车购置及运行费3.00万元；公务接待费30.00万元。\n");
        Assert.Contains("SG-003", RulesIn(doc, "findings"));
    }

    [Fact]
    public void An_item_declared_none_counts_as_disclosed()
    {
        var doc = Check(Head + "2024年“三公”经费预算35.00万元。其中：无因公出国（境）费；公务用车购置及运行费3.00万元；公务接待费30.00万元。\n");
        Assert.Contains("SG-003", RulesIn(doc, "findings"));
    }
}
