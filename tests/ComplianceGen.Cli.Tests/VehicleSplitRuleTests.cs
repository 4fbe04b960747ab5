using System.Linq;
using ComplianceGen.Cli.Tests.Infrastructure;

namespace ComplianceGen.Cli.Tests;

/// <summary>
/// SG-002 (the vehicle group split into purchase and running costs) run by the tool on made-up sentences: a group stated
/// as zero has nothing to split, so the rule does not apply; a group above zero without its split is still reported.
/// </summary>
public class VehicleSplitRuleTests
{
    private const string Head = "某局2016年部门预算\n三、“三公”经费预算情况说明\n";

    private static string? Sg002(string sentence)
    {
        using var temp = new TempDir();
        string path = temp.File("doc.txt", Head + sentence + "\n");
        var run = Tool.Run("check", path, "--format", "json", "--fail-on", "never");
        Assert.True(run.Exit == 0, run.ToString());
        var doc = run.Json().RootElement.GetProperty("documents")[0];
        var finding = doc.GetProperty("findings").EnumerateArray().FirstOrDefault(f => f.GetProperty("ruleId").GetString() == "SG-002");
        return finding.ValueKind == System.Text.Json.JsonValueKind.Undefined ? null : finding.GetProperty("message").GetString();
    }

    [Fact]
    public void A_vehicle_group_stated_as_zero_needs_no_split()
    {
        // Tianjin's page: the whole is 0 and so is the part it names; the purchase cannot be anything but 0.
        Assert.Null(Sg002("2016年公务用车购置及运行维护费预算0万元，其中公务用车运行维护费0万元，比2015年预算减少2.27万元。"));
    }

    [Fact]
    public void A_vehicle_group_of_zero_with_a_part_above_zero_is_still_reported()
    {
        // The text contradicts itself: the rule stays, as it was, to say the two parts are not both stated.
        Assert.NotNull(Sg002("2016年公务用车购置及运行费0万元，其中：公务用车购置费5万元。"));
    }

    [Fact]
    public void A_vehicle_group_above_zero_without_its_split_is_still_reported()
    {
        Assert.NotNull(Sg002("2016年公务用车购置及运行维护费预算12万元，比2015年预算减少2万元。"));
    }
}
