using static ComplianceGen.Cli.Tests.Infrastructure.OneDocument;

namespace ComplianceGen.Cli.Tests;

/// <summary>
/// HY-001 (doubled punctuation) run by the tool: a copy in traditional characters comes from a site that converts what it
/// reposts and prints “,,” and “,、” at clause after clause (three such pages of three provinces among the held-out sets), so its
/// punctuation is the site's, not the unit's, and the rule does not judge it. The same slip in the unit's own text is reported.
/// </summary>
public class MirroredPunctuationRuleTests
{
    [Fact]
    public void A_copy_in_traditional_characters_is_not_judged_for_its_punctuation()
    {
        var doc = Check("某縣教育局2023年部門預算\n一、部門收支總體情況\n2023年收入預算1,200.00萬元,,支出預算1,200.00萬元。\n二、“三公”經費預算情況說明\n2023年“三公”經費預算12.50萬元,,其中：因公出國（境）費0萬元,,公務接待費2.50萬元,,公務用車購置及運行維護費10.00萬元。\n");
        Assert.DoesNotContain("HY-001", RulesIn(doc, "findings"));
        Assert.Contains("HY-001", RulesIn(doc, "notApplicable"));
    }

    [Fact]
    public void The_same_slip_in_simplified_characters_is_reported()
    {
        var doc = Check("某县教育局2023年部门预算\n一、部门收支总体情况\n2023年收入预算1,200.00万元，，支出预算1,200.00万元。\n");
        Assert.Contains("HY-001", RulesIn(doc, "findings"));
    }
}
