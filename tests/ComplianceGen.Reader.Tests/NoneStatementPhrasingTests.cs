using ComplianceGen.Runtime;
using Xunit;

namespace ComplianceGen.Reader.Tests;

/// <summary>
/// How units say that a section has nothing to report, in the wordings of real pages of Sichuan, Hunan, Yunnan, Guangxi,
/// Anhui, Shaanxi, Liaoning and other provinces (the texts here are made up in their shape). Unread, each left a
/// completeness rule to say the section was missing from a disclosure that states it.
/// </summary>
public sealed class NoneStatementPhrasingTests
{
    private static DisclosureReport Read(string body) => DocumentReader.ReadText("某县某局2024年度部门决算公开说明\n" + body + "\n", "t.txt").Report;

    [Theory]
    [InlineData("（三）政府采购情况\n无。")]
    [InlineData("（三）政府采购情况\n本单位无此项支出。")]
    [InlineData("2、关于政府采购支出情况。无。")]
    [InlineData("五、政府采购支出情况说明\n本部门2024年度无此项支出。")]
    public void A_bare_none_under_the_procurement_title_declares_no_procurement(string body) =>
        Assert.NotNull(Read(body).Procurement.NoneStatement);

    [Theory]
    [InlineData("（一）机关运行经费情况\n无。")]
    [InlineData("机关运行经费：无。")]
    [InlineData("（一）机关运行经费\n不涉及。")]
    [InlineData("本单位为事业单位，不涉及机关运行经费。")]
    [InlineData("本单位为事业单位，按规定未使用机关运行的相关科目。")]
    public void An_institution_without_running_costs_says_so_in_these_words(string body) =>
        Assert.NotNull(Read(body).OperatingCosts.NoneStatement);

    [Theory]
    [InlineData("八、政府性基金预算财政拨款收入支出决算情况说明\n无。", true, false)]
    [InlineData("八、政府性基金预算财政拨款收入支出决算情况说明\n本单位无此项收支。", true, false)]
    [InlineData("九、国有资本经营预算财政拨款支出决算情况说明\n本单位无此项支出。", false, true)]
    [InlineData("八、政府性基金预算和国有资本经营预算财政拨款支出情况说明\n无。", true, true)]
    [InlineData("三、2018年度政府性基金预算财政拨款收支情况：无", true, false)]
    public void A_bare_none_under_a_funds_title_declares_that_fund(string body, bool fund, bool capital)
    {
        var report = Read(body);
        Assert.Equal(fund, report.GovernmentFund.NoneStatement is not null);
        Assert.Equal(capital, report.StateCapital.NoneStatement is not null);
    }

    [Theory]
    [InlineData("十、其他重要事项的情况说明\n无。")] // a title that names no subject declares nothing
    [InlineData("（三）政府采购情况\n本单位政府采购预算较上年无变化。")] // a comparison, not a none
    [InlineData("（一）部门职责\n无。")]
    public void A_none_that_is_not_said_of_the_section_declares_nothing(string body)
    {
        var report = Read(body);
        Assert.Null(report.Procurement.NoneStatement);
        Assert.Null(report.OperatingCosts.NoneStatement);
        Assert.Null(report.GovernmentFund.NoneStatement);
    }

    [Fact]
    public void A_none_two_sentences_below_its_title_is_not_the_titles()
    {
        // The first sentence under the title is the section's; a later bare 无 answers something else.
        var report = Read("（三）政府采购情况\n本单位2024年政府采购预算12万元。无。");
        Assert.Null(report.Procurement.NoneStatement);
    }

    [Theory]
    [InlineData("本部门本年度无因公出国（境）支出，较上年无变化。", "OverseasTravel")]
    [InlineData("严格执行公款出国（境）申报审批制度，无公款出国（境）。", "OverseasTravel")]
    [InlineData("2024年某中心没有安排出国计划。", "OverseasTravel")]
    [InlineData("2024年单位无因公出国人员。", "OverseasTravel")]
    [InlineData("2024年度无公务接待支出。", "Reception")]
    [InlineData("（二）公务接待费\n无。", "Reception")]
    [InlineData("1、因公出国（境）费用\n本单位无此项支出。", "OverseasTravel")]
    [InlineData("其中，因公出国（境）费用没有，原因是减少压缩开支；", "OverseasTravel")]
    [InlineData("公务接待费无。", "Reception")]
    [InlineData("本年度未发生因公出国（境）费用。", "OverseasTravel")]
    public void A_three_public_item_stated_as_none_in_these_words_is_declared(string body, string item)
    {
        var g = Read("四、“三公”经费决算情况\n" + body).ThreePublicExpenses;
        var (named, other) = item == "Reception" ? (g.Reception, g.OverseasTravel) : (g.OverseasTravel, g.Reception);
        Assert.NotNull(named.NoneStatement);
        // That item alone: neither the group nor another item.
        Assert.Null(g.NoneStatement);
        Assert.Null(other.NoneStatement);
        Assert.Null(g.Vehicles.NoneStatement);
    }

    [Theory]
    [InlineData("因公出国（境）费、公务接待费均为零。")]
    [InlineData("因公出国（境）费和公务接待费都没有。")]
    public void Items_listed_and_said_all_to_be_none_are_each_declared(string sentence)
    {
        var g = Read("四、“三公”经费决算情况\n" + sentence).ThreePublicExpenses;
        Assert.NotNull(g.OverseasTravel.NoneStatement);
        Assert.NotNull(g.Reception.NoneStatement);
        Assert.Null(g.Vehicles.NoneStatement);
    }

    [Theory]
    [InlineData("因公出国（境）支出无变化。")]
    [InlineData("公务接待费无增减。")]
    [InlineData("因公出国（境）费比上年无增减变化。")]
    public void A_three_public_item_unchanged_is_not_none(string sentence)
    {
        var g = Read("四、“三公”经费决算情况\n" + sentence).ThreePublicExpenses;
        Assert.Null(g.OverseasTravel.NoneStatement);
        Assert.Null(g.Reception.NoneStatement);
    }

    [Fact]
    public void The_appropriations_income_and_spending_stated_on_their_own_are_read()
    {
        // A final account of Guangxi: the appropriations' totals without a 收支总计 (CP-002 asks for one of them).
        var a = Read("（四）财政拨款收入支出决算总体情况说明\n2024年财政拨款收入总计1614.63万元，与2023年相比增加540.23万元；财政拨款支出总计1870.91万元。").Appropriation;
        Assert.Equal(1614.63m, a.IncomeTotal?.Value);
        Assert.Equal(1870.91m, a.ExpenditureTotal?.Value);
        // A fund's part of them is not the whole.
        Assert.Null(Read("2024年一般公共预算财政拨款收入1643.29万元。").Appropriation.IncomeTotal);
    }

    [Theory]
    [InlineData("十三、2021年度预算绩效情况说明\n本部门组织对3个项目开展绩效自评，涉及资金120万元，自评结果均为优。")]
    [InlineData("项目支出绩效情况：选取7个项目开展重点绩效评价，涉及预算金额2298万元。")]
    public void A_final_account_states_its_performance_by_its_evaluation(string body) =>
        Assert.NotNull(Read(body).Performance.Statement);

    [Fact]
    public void An_evaluation_named_in_passing_is_no_performance_statement() =>
        Assert.Null(Read("（三）专项业务费\n主要用于：委托中介机构开展各类审计及绩效评价工作。").Performance.Statement);

    [Fact]
    public void A_budget_states_its_performance_by_its_targets_only() =>
        Assert.Null(DocumentReader.ReadText("某县某局2024年部门预算公开说明\n十三、预算绩效情况说明\n本部门将对3个项目开展绩效自评。\n", "t.txt").Report.Performance.Statement);

    [Theory]
    [InlineData("截至2023年底，本单位共有车辆0 台，其中：一般公务用车0台。", 0)]
    [InlineData("截止2015年12月31日，市文联所属车辆总数8辆。", 8)]
    [InlineData("公务用车购置数0辆，公务用车保有量为2辆。", 2)]
    [InlineData("单位现有车辆2台。", 2)]
    public void Vehicles_held_are_counted_in_these_words(string sentence, int vehicles) =>
        Assert.Equal(vehicles, Read("（四）国有资产占有使用情况\n" + sentence).Assets.Vehicles?.Value);

    [Theory]
    [InlineData("2024年购置车辆数量1辆。")]
    [InlineData("本年报废车辆数量2辆。")]
    [InlineData("核定编制车辆数量3辆。")]
    public void Vehicles_bought_scrapped_or_allowed_are_not_vehicles_held(string sentence) =>
        Assert.Null(Read("（二）公务用车购置费\n" + sentence).Assets.Vehicles);

    [Fact]
    public void Vehicles_held_are_read_before_vehicles_bought() =>
        Assert.Equal(5, Read("（四）国有资产占有使用情况\n本年购置车辆数量1辆，截至年底共有车辆5辆。").Assets.Vehicles?.Value);

    [Theory]
    [InlineData("“三公”经费增减变化原因：无。")]
    [InlineData("“三公”经费决算数与年初预算数差异原因：无")]
    [InlineData("（二）“三公”经费是否存在超预算情况？无。")]
    [InlineData("机关运行经费超标情况：无")]
    [InlineData("政府采购执行中存在的问题：无。")]
    [InlineData("授予中小企业政府采购合同金额：无。")]
    [InlineData("政府性基金预算财政拨款年末结转和结余：无")]
    [InlineData("公务用车运行经费：无。")]
    [InlineData("（二）非财政拨款“三公”经费情况\n无。")]
    public void A_none_that_answers_a_question_about_the_section_declares_no_section(string body)
    {
        var report = Read(body);
        Assert.Null(report.ThreePublicExpenses.NoneStatement);
        Assert.Null(report.OperatingCosts.NoneStatement);
        Assert.Null(report.Procurement.NoneStatement);
        Assert.Null(report.GovernmentFund.NoneStatement);
    }

    [Fact]
    public void A_title_naming_one_item_of_the_group_declares_that_item_only()
    {
        var g = Read("“三公”经费中公务接待费：无。").ThreePublicExpenses;
        Assert.NotNull(g.Reception.NoneStatement);
        Assert.Null(g.NoneStatement);
        Assert.Null(g.OverseasTravel.NoneStatement);
    }

    [Fact]
    public void A_funds_three_public_expenses_stated_as_none_declare_neither_the_fund_nor_the_group()
    {
        var report = Read("政府性基金预算财政拨款安排的“三公”经费：无。");
        Assert.Null(report.GovernmentFund.NoneStatement);
        Assert.Null(report.ThreePublicExpenses.NoneStatement);
    }

    [Fact]
    public void A_none_of_a_dated_clause_holds_on_a_page_whose_year_is_unread()
    {
        // A Sichuan centre's “三公” page: its year stands after the subject, where no title gives it.
        var g = DocumentReader.ReadText("某某养护中心财政拨款“三公”经费预算情况如下：\n一、因公出国（境）经费\n2014年某某养护中心没有安排出国计划。\n", "t.txt").Report.ThreePublicExpenses;
        Assert.NotNull(g.OverseasTravel.NoneStatement);
    }

    [Theory]
    [InlineData("本年度未发生公务接待费用超标准情况。")]
    [InlineData("无公务接待费用违规问题。")]
    [InlineData("2025年无因公出国（境）计划。")]
    [InlineData("上年因公出国（境）费用没有，今年安排5万元。")]
    public void A_none_of_a_quality_or_of_another_year_is_no_item_declared_none(string sentence)
    {
        var g = Read("四、“三公”经费决算情况\n" + sentence).ThreePublicExpenses;
        Assert.Null(g.OverseasTravel.NoneStatement);
        Assert.Null(g.Reception.NoneStatement);
    }
}
