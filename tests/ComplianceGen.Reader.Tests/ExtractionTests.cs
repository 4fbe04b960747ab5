using System.Linq;
using ComplianceGen.Runtime;
using Xunit;

namespace ComplianceGen.Reader.Tests;

/// <summary>The printed forms the extractors must recognise, on small texts written for the test.</summary>
public sealed class ExtractionTests
{
    private static DisclosureReport Read(string text) => DocumentReader.ReadText(text, "t.txt").Report;

    [Fact]
    public void Codes_with_level_markers_assemble()
    {
        var r = Read("标题\n1.社会保障和就业支出（208类）行政事业单位养老支出（05款）机关事业单位基本养老保险缴费支出（05项）2024年预算数为5.56万元。\n");
        var line = Assert.Single(r.FunctionalClassification.Items);
        Assert.Equal("2080505", line.Code!.Value);
        Assert.Equal("机关事业单位基本养老保险缴费支出", line.Name!.Value);
        Assert.Equal(5.56m, line.Amount!.Value);
    }

    [Fact]
    public void Level_names_without_codes_have_no_code_and_a_path()
    {
        var r = Read("标题\n2.科学技术（类）科学技术管理事务（款） 行政运行（项）:支出决算为194.97万元，完成预算99.89 %。\n");
        var line = Assert.Single(r.FunctionalClassification.Items);
        Assert.Null(line.Code);
        Assert.Equal("行政运行", line.Name!.Value);
        Assert.Equal("科学技术/科学技术管理事务/行政运行", line.Path!.Value);
        Assert.Equal(99.89m, line.ExecutionRate!.Percent);
        Assert.Equal(194.97m, r.Executions.Single().Actual!.Value);
    }

    [Fact]
    public void Layout_table_rows_assemble_codes_from_columns()
    {
        string text = "标题\n\n                   一般公共预算财政拨款支出决算表\n                                   单位：万元\n" +
                      "201               一般公共服务支出           2,106.66   1,503.52\n" +
                      "201     06   01   行政运行               1,511.89   1,503.52\n";
        var r = Read(text);
        var line = r.FunctionalClassification.Items.Single();
        Assert.Equal("2010601", line.Code!.Value);
        Assert.Equal(1511.89m, line.Amount!.Value);
        Assert.Equal(AmountUnit.WanYuan, line.Amount.Unit);
        Assert.Equal("1,511.89", line.Amount.Evidence!.Text);
        Assert.Equal("201", r.FunctionalClassification.Classes.Single().Code!.Value);
        Assert.Equal("一般公共预算财政拨款支出决算表", r.Tables.Single().Title!.Value);
    }

    [Fact]
    public void Layout_table_names_wrapped_around_or_after_the_code_line_are_joined()
    {
        string text = "标题\n\n                   一般公共预算财政拨款支出决算表\n                                   单位：万元\n" +
                      "20805     行政事业单位养老支出        10.82     10.82\n" +
                      "          机关事业单位基本养老保险缴费\n" +
                      "2080505                      6.18      6.18\n" +
                      "          支出\n" +
                      "2080506   机关事业单位职业年金缴费支      225.12      225.12\n" +
                      "          出\n" +
                      "2080599   其他行政事业单位养老支出         0.88        0.88\n";
        var r = Read(text);
        var names = r.FunctionalClassification.Lines.ToDictionary(l => l.Code!.Value, l => l.Name?.Value);
        Assert.Equal("行政事业单位养老支出", names["20805"]);
        Assert.Equal("机关事业单位基本养老保险缴费支出", names["2080505"]);
        Assert.Equal("机关事业单位职业年金缴费支出", names["2080506"]);
        Assert.Equal("其他行政事业单位养老支出", names["2080599"]);
    }

    [Fact]
    public void Layout_table_names_printed_wholly_below_their_codes_stay_with_them()
    {
        string text = "标题\n\n                   一般公共预算财政拨款支出决算表\n                                   单位：万元\n" +
                      "208   05   01   行政单位离退休           84.65        84.65\n" +
                      "208   05   05                   160.75       160.75\n" +
                      "                机关事业单位基本养老保险\n" +
                      "                缴费支出\n" +
                      "208   05   06                    80.38        80.38\n" +
                      "                机关事业单位职业年金缴费\n" +
                      "                支出\n" +
                      "208   05   99   其他行政事业单位养老支出      0.94         0.94\n";
        var r = Read(text);
        var names = r.FunctionalClassification.Lines.ToDictionary(l => l.Code!.Value, l => l.Name?.Value);
        Assert.Equal("行政单位离退休", names["2080501"]);
        Assert.Equal("机关事业单位基本养老保险缴费支出", names["2080505"]);
        Assert.Equal("机关事业单位职业年金缴费支出", names["2080506"]);
        Assert.Equal("其他行政事业单位养老支出", names["2080599"]);
    }

    [Fact]
    public void Class_names_with_amounts_and_shares_are_class_lines()
    {
        var r = Read("标题\n科学技术支出49.36万元，占79%、社会保障和就业支出5.56万元，占9%。\n");
        Assert.Equal(new[] { "206", "208" }, r.FunctionalClassification.Classes.Select(c => c.Code!.Value).ToArray());
        Assert.All(r.FunctionalClassification.Classes, c => Assert.Equal(ClassificationForm.ProseClassName, c.Form));
        Assert.Equal(79m, r.FunctionalClassification.Classes[0].Share!.Percent);
        Assert.Equal(0, r.FunctionalClassification.Classes[0].Share!.Decimals);
    }

    [Fact]
    public void Changes_are_signed()
    {
        var r = Read("标题\n机关运行经费财政拨款预算为5.5万元，比2023年预算减少0.09万元，下降1.66%。\n");
        var change = Assert.Single(r.Changes);
        Assert.Equal(-0.09m, change.Delta!.Value);
        Assert.Equal(-1.66m, change.Percent!.Percent);
        Assert.Equal(5.5m, change.Current!.Value);
        Assert.Same(change, r.OperatingCosts.Change);
        Assert.Equal(5.5m, r.OperatingCosts.Amount!.Value);
    }

    [Fact]
    public void A_rate_after_an_enumeration_comma_is_the_changes()
    {
        // Chongqing's final-account template (an archive, a veterinary centre, a township): 减少2596.37万元、下降57.48%.
        var r = Read("标题\n2020年度收入合计2338.55万元,较上年决算数减少2596.37万元、下降 57.48%,主要原因是机构改革。\n");
        var change = Assert.Single(r.Changes);
        Assert.Equal(-2596.37m, change.Delta!.Value);
        Assert.Equal(-57.48m, change.Percent!.Percent);
        Assert.Equal(2338.55m, change.Current!.Value);
        // 上年决算数 is the base the change is against, not its subject: the subject is the figure's label.
        Assert.Equal("收入合计", change.Subject!.Value);
    }

    [Fact]
    public void A_change_sentence_that_names_the_previous_figure_takes_it_as_the_current_figure()
    {
        var r = Read("标题\n3.公务接待费支出0.56万元，完成预算48.60%。公务接待费支出决算比2018年增加0.03万元，增加5.66%。\n");
        var change = Assert.Single(r.Changes);
        Assert.Equal(0.56m, change.Current!.Value);
        Assert.Equal(0.03m, change.Delta!.Value);
    }

    [Fact]
    public void A_change_is_not_the_figure_of_the_change_after_it()
    {
        // A township's “三公” final account (a page of Chongqing): the change against the budget is of 41 too, not of the 19
        // the year's change printed just before it.
        var r = Read("标题\n经比较2020年度镇本级“三公”经费41万元,较上年减少19万元,下降43.78% ,较年初预算数减少4万元,下降2.2%。\n");
        Assert.Equal(new[] { (41m, -19m), (41m, -4m) }, r.Changes.Select(c => (c.Current!.Value, c.Delta!.Value)));
        // A part's change after 其中, whose figure the sentence does not print, is of no figure before it (the review's case).
        var part = Read("标题\n“三公”经费41万元,较上年减少19万元,下降31.67%,其中公务接待费较上年减少4万元,下降20%。\n");
        Assert.Equal(new decimal?[] { 41m, null }, part.Changes.Select(c => c.Current?.Value));
        // A percent alone after a change is of the figure before the change too.
        var percentOnly = Read("标题\n支出100万元,比上年减少10万元,同比下降9.09%。\n");
        Assert.All(percentOnly.Changes, c => Assert.Equal(100m, c.Current!.Value));
    }

    [Fact]
    public void A_grand_totals_parts_with_the_years_income_among_them_are_no_sources()
    {
        // The final account's template: 收入总计 breaks down into 本年收入合计 and what was carried over; the year's income,
        // the total its sources make, is not a source of itself (a Urumqi centre's page, in traditional characters).
        var r = Read("标题\n2023年度收入总计434.72万元,其中:本年收入合计434.16万元,使用非财政拨款结余0.00万元,年初结转和结余0.55万元。\n");
        Assert.Empty(r.Income.Sources);
    }

    [Fact]
    public void The_figure_after_outturn_above_budget_is_by_how_much_and_a_funds_name_is_no_budget()
    {
        // A Gansu kindergarten's page: 55.93 is by how much, and 一般公共预算 the fund of the 1741.75 spent.
        var r = Read("标题\n2017年度,本单位一般公共预算财政拨款支出总计1741.75万元,与上年相比减少53.7万元,降低2.99%;完成年初预算100%,决算数大于预算数55.93万元,主要原因:职工工资调标。\n");
        Assert.All(r.Statements, s => Assert.Null(s.ActualFigure));
    }

    [Fact]
    public void A_funds_name_in_a_heading_says_no_kind()
    {
        // A final account's section headed with the fund's name (an Anhui district office's page), its table titled …决算表.
        var r = Read("一、2021年度一般公共预算财政拨款“三公”经费支出决算表\n单位:万元\n二、2021年度一般公共预算财政拨款“三公”经费支出情况说明\n某区政府办2021年度“三公”经费支出预算为49.9万元,支出决算为7.69万元,完成预算的15.41%。\n");
        Assert.Equal(DocumentKind.FinalAccount, r.Kind);
    }

    [Fact]
    public void Last_years_figure_printed_in_a_comparison_is_not_the_figure_of_the_next_change()
    {
        var r = Read("标题\n收入预算29956.27万元，比2025年年初预算数28479.84万元增加1476.43万元，增长5.18%，比2025年决算数27000万元增加2956.27万元。\n");
        Assert.All(r.Changes, c => Assert.Equal(29956.27m, c.Current!.Value));
    }

    [Fact]
    public void A_change_sentence_about_something_else_takes_no_current_figure()
    {
        var r = Read("标题\n3.公务接待费支出0.56万元。机关运行经费比2018年增加0.03万元，增加5.66%。\n");
        Assert.Null(Assert.Single(r.Changes).Current);
    }

    [Fact]
    public void A_change_after_both_years_figures_whose_rate_fits_the_year_before_takes_no_current_figure()
    {
        // Both years printed before the change, the year before last (pages of Guangxi): 81.71 over 2704.00 is the 3.02% printed,
        // so 2704.00 is the base, not this year's figure (81.71 over 2704.00 − 81.71 would be 3.116%).
        var r = Read("标题\n2016年收入总计2785.71万元,2015年收入总计2704.00万元,同比增加81.71万元,增长3.02%。\n");
        Assert.Null(Assert.Single(r.Changes).Current);
    }

    [Fact]
    public void A_rate_on_the_wrong_base_near_another_figure_keeps_this_years_figure()
    {
        // 30 over 1145.52 is the 2.62% printed (the wrong base; 30 over 1115.52 is 2.69%). The appropriation's 1130.00 gives
        // 2.655%, nearer, but not the rate to its last digit: this year's figure stays, and AR-008 reports the mistake.
        var r = Read("标题\n2024年收入预算1,145.52万元，比上年增加30万元，增长2.62%，其中：一般公共预算拨款收入1,130.00万元。\n");
        Assert.Equal(1145.52m, Assert.Single(r.Changes).Current!.Value);
    }

    [Fact]
    public void A_rate_on_this_years_figure_to_its_last_digit_is_not_hidden_by_a_figure_merely_near()
    {
        // 0.71 over 9.07 is the 7.83% printed (a Chongqing township's “三公” page): the wrong base. The 9 of an item's budget gives
        // 7.89%, near but not to the last digit, and no longer hides it.
        var r = Read("标题\n2021年我镇“三公”经费预算为20万元,其中:因公出国(境)费0万元,公务接待费9万元,公务用车运行维护费11万元。\n2021年“三公”经费支出共计9.07万元,较年初预算数减少10.93万元,下降54.65%, 较上年支出数减少0.71万元,下降7.83%,主要原因是从严控制。\n");
        Assert.Equal(9.07m, r.Changes[^1].Current!.Value);
        // Another figure that gives the rate to its last digit still does: 123.13 over 363.13 is 33.91%, and 240 is this
        // year's, the 363.13 before the change last year's (a Guangxi centre's budget).
        var other = Read("标题\n1.一般公共预算拨款收入240万元,2024年收入预算总计363.13万元,同比降低123.13万元,下降33.91%。\n");
        Assert.Null(Assert.Single(other.Changes).Current);
    }

    [Fact]
    public void A_rate_taken_on_this_years_figure_keeps_it_so_the_mistake_is_reported()
    {
        // 342 over 1145.52 is the 29.86% printed: the wrong base, which AR-008 is there to find (a page of Sichuan).
        var r = Read("标题\n2023年度收、支总计均为1,145.52万元。与2022年度相比,收、支总计各增加342万元,增长29.86%。\n");
        Assert.Equal(1145.52m, Assert.Single(r.Changes).Current!.Value);
    }

    [Theory]
    // The year's own income, the carry-over beside it (a page of Chongqing): the other parts make the total without it.
    [InlineData("(一)收入预算:2022年年初预算数504.51万元,其中:一般公共预算拨款204.51万元,政府性基金预算拨款0万元,事业收入300万元,其他收入0万元;上年结转结余资金29.81万元。", false)]
    // The carry-over inside the total: the parts make it only with the carry-over, which stays a source.
    [InlineData("(一)收入预算:2022年收入预算534.32万元,其中:一般公共预算拨款204.51万元,事业收入300万元,上年结转结余资金29.81万元。", true)]
    // 收入总计 holds the carry-over by definition: a total the other parts make alone is the defect, which AR-001 reports.
    [InlineData("2023年收入总计504.51万元,其中:财政拨款204.51万元,事业收入300万元,其他收入0万元;上年结转29.81万元。", true)]
    // A carry-over given its own share is stated as a part of the total.
    [InlineData("2022年收入预算504.51万元,其中:一般公共预算拨款204.51万元,占40.5%;事业收入300万元,占59.5%;上年结转结余资金29.81万元,占5.9%。", true)]
    // A carry-over within the rounding of whole 万元 figures is no sign either way, and stays.
    [InlineData("2022年收入预算1501万元,其中:财政拨款1200万元,事业收入300万元,上年结转1万元。", true)]
    public void Money_carried_over_is_a_source_only_when_the_total_holds_it(string sentence, bool kept)
    {
        var sources = Read("标题\n" + sentence + "\n").Income.Sources;
        Assert.Equal(kept, sources.Exists(x => x.Name!.Value.Contains("结转")));
        Assert.Contains(sources, x => x.Name!.Value.Contains("事业收入"));
    }

    [Fact]
    public void A_class_named_with_与_and_和_swapped_is_the_same_class()
    {
        // A Qinghai centre's 2016 budget: 和 for the catalogue's 与 (210), beside two other classes.
        var r = Read("标题\n按支出功能分类科目:医疗卫生和计划生育支出522.09万元,社会保障与就业支出37.95万元,住房保障支出21.68万元。\n");
        Assert.Equal(new[] { "210", "208", "221" }, r.FunctionalClassification.Classes.Select(c => c.Code!.Value).ToArray());
    }

    [Theory]
    // A text that stops in its last sentence, mid-list (a page stored to its first 2,000 characters): the list is cut too.
    [InlineData("2021年度本年收入20188.28万元,其中:财政拨款收入17891.5万元,占88.62%;上级补助收入0万元,占0%;事业收入0万元,占", false)]
    [InlineData("2021年度本年收入20188.28万元,其中:财政拨款收入17891.5万元,占88.62%;其他收入2296.78万元,占11.38%。", true)]
    public void A_list_in_the_sentence_the_text_stops_in_is_not_taken(string last, bool taken)
    {
        var r = Read("某乡2021年度部门决算\n一、收入决算情况说明\n" + last);
        Assert.Equal(taken, r.Income.Sources.Count > 0);
    }

    [Fact]
    public void The_classes_of_a_sentence_the_text_stops_in_are_not_taken()
    {
        var r = Read("某镇2020年部门预算\n(二)支出预算情况\n某镇2020年支出预算1853.75万元。其中:一般公共服务支出588.61万元占31.75%、社会保障和就业支出206.53万元占11.14%、城乡社区支出160.88万元占8.68%");
        Assert.Empty(r.FunctionalClassification.Classes);
    }

    [Theory]
    // A text that stops in a numbered list's next item (a Gansu court's page, stored to its first characters: `3`): the list
    // may go on, so its classes are not taken. A text that closes its last sentence is whole, and so is a list with more after.
    [InlineData("", true)]
    [InlineData("3", false)]
    // A month is no item's number.
    [InlineData("10月份", true)]
    [InlineData("3.住房保障支出262.11万元。\n四、政府采购情况\n本单位无政府采购。\n", true)]
    public void The_classes_of_a_numbered_list_the_text_ends_on_are_not_taken(string after, bool taken)
    {
        var r = Read("某市中级人民法院2022年部门预算\n(二)支出预算\n2022年支出预算2883.63万元,比2021年预算减少1963.75万元。包括:\n1.公共安全支出2502.65万元。\n2.社会保障和就业支出118.87万元。\n" + after);
        Assert.Equal(taken, r.FunctionalClassification.Classes.Count > 0);
    }

    [Theory]
    // The one figure in 元 among prose in 万元 is the kind a slip of the unit makes (IC-003); a small figure in 万元 is what it
    // says (a construction commission's 32.9亿元 budget lists 社会保障和就业支出3万元), and so is a document in 元 throughout.
    [InlineData("（二）支出预算：2023年年初预算数154.79万元，其中：科学技术支出预算120.7万元，卫生健康支出预算4.24万元，住房保障支出预算7.83元。", "221", true)]
    [InlineData("（二）支出预算：2026年支出预算328661万元，其中：城乡社区支出328658万元，社会保障和就业支出3万元。", "208", false)]
    [InlineData("（二）支出预算：2023年年初预算数1547900元，其中：科学技术支出预算1207000元，住房保障支出预算78300元。", "221", false)]
    public void A_figure_in_yuan_among_wan_yuan_is_marked(string sentence, string code, bool marked)
    {
        var r = Read("某单位2023年部门预算\n" + sentence + "\n");
        Assert.Equal(marked, Assert.Single(r.FunctionalClassification.Classes, c => c.Code?.Value == code).InYuanAmongWan);
    }

    [Fact]
    public void A_bracket_that_breaks_a_part_down_adds_no_parts_to_the_total()
    {
        // A Hunan school's 2022 budget: the appropriation's own parts in brackets after it.
        var r = Read("标题\n(一)收入预算。2022年年初收入预算数4395.07万元,其中,一般公共预算拨款3300.69万元(经费拨款3266.69万元,纳入预算管理的非税收入拨款34万元);政府性基金预算拨款0万元;财政专户管理资金收入772.73万元;上级单位补助收入321.65万元。\n");
        Assert.Equal(4395.07m, r.Income.Sources.Sum(x => x.Amount!.Value));
    }

    [Fact]
    public void An_amount_whose_unit_the_next_item_prints_for_both_is_no_rate_without_its_sign()
    {
        var r = Read("标题\n与2019年相比,收入减少84.55、支出总计减少99.6万元,分别下降18%、21.6%。\n");
        Assert.DoesNotContain(r.Statements, x => x.PercentWithoutSign is not null);
    }

    [Fact]
    public void A_parts_heading_run_on_into_the_sentence_under_it_is_no_units_name()
    {
        // A Shanghai district's 2026 budget: the part's heading has no number and no stop, so the sentence under it starts with it.
        var r = Read("上海市某区城市管理行政执法局2026年部门预算\n某区城市管理行政执法局机构设置\n某区城市管理行政执法局部门预算包括某区城市管理行政执法局本部的综合收支计划。\n");
        Assert.DoesNotContain(r.UnitMentions, m => m.Name!.Value.Contains("机构设置"));
    }

    [Fact]
    public void The_department_whose_accounts_take_the_unit_in_is_named_as_its_parent()
    {
        // A Liaoning school's final account: the department (a place's name starting with 本) whose accounts it is part of.
        var r = Read("本溪县第三中学2021年度部门决算\n二、部门决算单位构成\n纳入本溪县教育局2021年部门决算编制范围的二级决算单位包括：本溪满族自治县第三中学。\n本溪县教育局2021年收入决算100万元。\n");
        var mentions = r.UnitMentions.Where(m => m.Name!.Value == "本溪县教育局").ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.True(m.IsListedSubordinate));
    }

    [Fact]
    public void A_class_list_with_a_figure_that_lacks_its_unit_is_not_taken()
    {
        var r = Read("标题\n2017年一般公共预算财政拨款收入为402万元;支出包括:一般公共服务支出156.75万元,社会保障和就业支出197.81,住房保障支出10.36万元。\n");
        Assert.Empty(r.FunctionalClassification.Classes);
    }

    [Fact]
    public void Class_names_printed_with_the_level_marker_are_named_as_in_the_catalogue()
    {
        var r = Read("标题\n主要用于以下方面:一般公共服务支出（类）支出1.28万元，占0.20%；科学技术（类）支出507.44万元，占80.12%；住房保障支出（类）28.75万元，占4.54%。\n");
        Assert.Equal(new[] { "一般公共服务支出", "科学技术支出", "住房保障支出" }, r.FunctionalClassification.Classes.Select(c => c.Name!.Value).ToArray());
    }

    [Fact]
    public void One_item_declared_none_leaves_the_others_open()
    {
        var r = Read("标题\n2019年“三公”经费财政拨款支出决算中，无因公出国（境）费支出；公务接待费支出决算0.56万元，占4%。\n");
        var g = r.ThreePublicExpenses;
        Assert.NotNull(g.OverseasTravel.NoneStatement);
        Assert.Null(g.NoneStatement);
        Assert.False(g.Vehicles.IsDeclared);
        Assert.Equal(0.56m, g.Reception.Amount!.Value);
        Assert.Equal(4m, g.Reception.Share!.Percent);
    }

    [Fact]
    public void A_statement_after_a_run_in_title_is_about_that_title()
    {
        var r = Read("标题\n3、政府采购情况。2023年县科协拟采购三台电脑。\n5、国有资产占用使用情况。县科协无国有资产。\n");
        Assert.Equal("2023年县科协拟采购三台电脑", r.Procurement.Statement!.Value.TrimEnd('。'));
        Assert.Contains("无国有资产", r.Assets.Statement!.Value);
    }

    [Fact]
    public void A_purchase_under_another_run_in_title_is_not_procurement()
    {
        var r = Read("标题\n3、办公设备情况。2023年县科协拟采购三台电脑。\n");
        Assert.Null(r.Procurement.Statement);
    }

    [Fact]
    public void Procurement_none_and_funds_none()
    {
        var r = Read("标题\n区科协2024年无政府采购项目，未安排政府采购预算。\n区科协2024年没有使用政府性基金预算拨款安排的支出。\n");
        Assert.True(r.Procurement.IsDeclaredNone);
        Assert.NotNull(r.Procurement.Statement);
        Assert.True(r.GovernmentFund.IsDeclaredNone);
        Assert.False(r.StateCapital.IsDeclared);
    }

    [Fact]
    public void Glossary_entries_follow_an_unnumbered_title_line()
    {
        var r = Read("标题\n一、部门职责\n本部门负责文化工作。\n名词解释\n（一）财政拨款收入：是本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府\n性基金预算财政拨款。\n（二）事业收入：指事业单位开展专业业务活动取得的收入。\n二、其他\n");
        Assert.Equal(new[] { "财政拨款收入", "事业收入" }, r.Glossary.Select(g => g.Term!.Value).ToArray());
        Assert.EndsWith("性基金预算财政拨款。", r.Glossary[0].Definition!.Value);
    }

    [Fact]
    public void A_sentence_under_the_assets_heading_is_the_assets_statement()
    {
        var r = Read("标题\n（三）国有资产占有使用情况说明\n截至2024年12月31日，本部门共有\n\n房屋1处。\n");
        Assert.NotNull(r.Assets.Statement);
    }

    [Theory]
    [InlineData("某区2022年的“三公”经费决算数合计为100万元，其中：公务接待费40万元、公务用车运行维护费60万元。")]
    [InlineData("2022年“三公”经费决算数合计为100万元，其中：公务接待费40万元、公务用车运行维护费60万元。")]
    // A heading run into the sentence names the change without stating one.
    [InlineData("1、2022年“三公”经费比2021年增减情况 2022年“三公”经费决算数合计为100万元。")]
    public void The_year_befores_figures_stated_right_after_the_years_own_are_no_year_statement(string yearsOwn)
    {
        // The base of the change that follows, beside the year's own figures: not a year left from last year's text.
        var r = Read("某区2022年度“三公”经费决算\n" + yearsOwn + "\n2021年的“三公”经费决算数合计为90万元，其中：公务接待费35万元、公务用车运行维护费55万元。\n");
        Assert.DoesNotContain(2021, r.YearStatements.Select(y => y.Year!.Value));
    }

    [Theory]
    // Last year's figure with no statement of the year's own before it, another matter's, or two years back: each is kept.
    [InlineData("某区2022年度部门决算\n一、收入情况\n2021年“三公”经费决算数合计为90万元。\n", 2021)]
    [InlineData("某区2022年度部门决算\n一、收入情况\n2022年收入决算100万元。\n2021年“三公”经费决算数合计为90万元。\n", 2021)]
    [InlineData("某区2022年度部门决算\n一、收入情况\n2022年“三公”经费决算100万元。\n2020年“三公”经费决算数合计为90万元。\n", 2020)]
    // The year's own sentence stated its change already: a sentence of the year before is more likely last year's text.
    [InlineData("某区2024年部门预算\n一、收入情况\n2024年收入预算1000万元，比上年增加50万元。\n2023年收入预算中，财政拨款收入900万元。\n", 2023)]
    // Another matter's 经费: 机关运行经费, then the “三公” figures of the year before.
    [InlineData("某区2024年部门预算\n一、其他说明\n2024年机关运行经费预算50万元。\n2023年“三公”经费预算12万元。\n", 2023)]
    public void A_year_before_stated_on_its_own_is_still_a_year_statement(string text, int kept) =>
        Assert.Contains(kept, Read(text).YearStatements.Select(y => y.Year!.Value));

    [Theory]
    // A budget sets the year before's outturn beside its own: under a heading that says so, or in words of its own.
    [InlineData("某局2022年部门预算\n一、2022年“三公”经费预算安排情况\n2022年度“三公”经费预算总计21.8万元。\n二、2021年“三公”经费决算情况\n2021年度“三公”经费合计支出20.12万元,其中:公务接待12.39万元。\n", false)]
    [InlineData("某局2022年部门预算\n一、“三公”经费情况\n2021年“三公”经费决算支出20.12万元,其中:公务接待12.39万元。\n", false)]
    // The year before's budget figure in a budget, and the year before's outturn in a final account, are still reported.
    [InlineData("某局2022年部门预算\n一、“三公”经费情况\n2021年“三公”经费预算20.12万元,其中:公务接待12.39万元。\n", true)]
    [InlineData("某局2022年度部门决算\n一、“三公”经费情况\n2021年“三公”经费决算支出20.12万元,其中:公务接待12.39万元。\n", true)]
    // An outturn word after the figure says what the figure is compared with, not what it is.
    [InlineData("某局2022年部门预算\n一、收支预算情况\n2021年一般公共预算财政拨款支出预算100万元，比2020年执行数增加5万元。\n", true)]
    public void The_year_befores_outturn_in_a_budget_is_no_year_left_from_an_old_text(string text, bool reported) =>
        Assert.Equal(reported, Read(text).YearStatements.Any(y => y.Year!.Value == 2021));

    [Fact]
    public void Statements_opening_with_a_year_are_year_statements_but_dates_and_narrative_are_not()
    {
        var r = Read("标题\n2018年，市科协政府采购支出总额2.85万元。\n2022年县科技局无政府性基金预算收入。\n" +
                     "2023年底，单位共有车辆0辆。\n2019年12月31日，单位共有公务用车3辆。\n2023年区科协围绕科学素质主题开展五场宣传活动。\n比2018年增加10.14万元。\n");
        Assert.Equal(new[] { 2018, 2022 }, r.YearStatements.Select(y => y.Year!.Value).ToArray());
        Assert.Equal("2018年", r.YearStatements[0].Year!.Evidence!.Text);
    }

    // The scope of the accounts by their year, which a unit's template states every year (pages of Yunnan, Guangxi, Hebei,
    // Hubei and Chongqing): a year not changed with the rest is left from the year before.
    [Theory]
    [InlineData("（二）机构设置情况\n纳入2019年部门预算编报的单位共1个，占单位总数的100%。\n", 2019)]
    [InlineData("南城街道办事处是纳入2021年度部门决算编报范围的行政单位。\n", 2021)]
    [InlineData("纳入 2021 年度本单位决算汇编范围的独立核算单位共1个。\n", 2021)]
    [InlineData("纳入 2026 年部门预算的政府采购项目共有 3 项。\n", 2026)]
    public void The_year_of_the_accounts_a_scope_names_is_a_year_statement(string sentence, int year)
    {
        var r = Read("某县某局2027年部门预算\n" + sentence);
        var statement = Assert.Single(r.YearStatements);
        Assert.Equal(year, statement.Year!.Value);
        Assert.StartsWith(year.ToString(System.Globalization.CultureInfo.InvariantCulture), statement.Year.Evidence!.Text);
    }

    [Theory]
    // A unit taken into another's accounts by no year, or a year that is a date.
    [InlineData("纳入部门预算编报的单位共1个。\n")]
    [InlineData("2019年12月纳入部门预算管理。\n")]
    // Another year named on purpose: money taken into a budget, a comparison with another year's scope, a later year.
    [InlineData("年末结转资金已纳入2024年部门预算统筹安排。\n")]
    [InlineData("对绩效评价结果较差的项目，在纳入2025年部门预算时予以调减。\n")]
    [InlineData("与纳入2022年度部门决算编报范围的单位相比，增加1个。\n")]
    [InlineData("纳入2028年部门预算编制范围的单位共1个。\n")]
    public void A_scope_without_the_accounts_year_is_no_year_statement(string sentence) =>
        Assert.Empty(Read("某县某局2027年部门预算\n" + sentence).YearStatements);

    [Fact]
    public void Words_on_the_outturn_against_the_budget_take_the_one_pair_they_follow()
    {
        var r = Read("某区财政局2024年度部门决算\n1．行政运行（项）。年初预算为161.62万元，支出决算为160.75万元。决算数小于预算数的主要原因：实际执行有结余。\n");
        var said = Assert.Single(r.Statements, s => s.SaysActualBelow);
        Assert.Equal(161.62m, said.BudgetFigure!.Value);
        Assert.Equal(160.75m, said.ActualFigure!.Value);
    }

    [Theory]
    // The total's pair, then each item's under 其中 (a page of Guangdong): the words are about the total, the breakdown's
    // pairs are the items'; with two items' pairs or with one.
    [InlineData("其中：公务用车购置及运行维护费支出决算为22.83万元，完成预算15.4万元的148%；公务接待费支出决算为6.15万元，完成预算6.16万元的99.8%。")]
    [InlineData("其中：公务用车运行维护费22.83万元，公务接待费支出决算为6.15万元，完成预算6.16万元的99.8%。")]
    // Two pairs in the sentence before the words: which one they are about is not said.
    [InlineData("公务用车购置及运行维护费支出决算为22.83万元，完成预算15.4万元的148%；公务接待费支出决算为6.15万元，完成预算6.16万元的99.8%。")]
    public void Words_on_the_outturn_after_a_breakdown_or_two_pairs_are_about_no_pair_the_reader_can_tell(string before)
    {
        var r = Read("某县某局2017年度部门决算\n某县某局2017年度“三公”经费财政拨款支出决算为28.98万元，完成预算21.55万元的134%。" + before + "2017年度“三公”经费支出决算大于预算数的主要原因是部分公车运行费从省级专项资金中支出。\n");
        var said = Assert.Single(r.Statements, s => s.SaysActualAbove);
        Assert.Null(said.BudgetFigure);
        Assert.Null(said.ActualFigure);
    }

    [Fact]
    public void Glossary_entries_are_read_from_the_glossary_section()
    {
        var r = Read("标题\n十二、名词解释\n1.基本支出：指为保证机构正常运转而发生的支出。\n2.项目支出：指在基本支出之外的支出。\n");
        Assert.Equal(new[] { "基本支出", "项目支出" }, r.Glossary.Select(g => g.Term!.Value).ToArray());
        Assert.Equal(3, r.Glossary[0].Term!.Evidence!.Line);
    }

    [Fact]
    public void Double_spaced_prose_continues_across_one_blank_line()
    {
        // pdftotext of some PDFs puts a blank line after every printed line.
        var r = Read("标题\n\n   本年支出合计 9759.38 万元，其中：基本支出 5377.64 万元，\n\n占 55.10%；项目支出 4381.74 万元，占 44.90%。\n\n\n   二、机关运行经费\n");
        Assert.Equal(9759.38m, r.Expenditure.Total!.Value);
        Assert.Equal(55.10m, r.Expenditure.Parts.Single(p => p.Name!.Value == "基本支出").Share!.Percent);
        Assert.Equal(4381.74m, r.Expenditure.Project!.Value);
    }

    [Fact]
    public void A_numbered_item_whose_name_was_cut_before_its_level_marker_is_a_sentence_not_a_heading()
    {
        // Jiangsu, Hangzhou, Suzhou, Wuxi and Fuzhou print such items; the line after the cut opens with （项）, （款） or （类）.
        var r = Read("某单位2017年部门预算\n\n一、支出预算情况\n\n  其中：\n  （一）一般公共服务（类）\n" +
                     "  1．党委办公厅（室）及相关机构事务（款）行政运行\n（项）支出 6106.99 万元，与上年相比增加 101.48 万元，\n增长 1.66%。主要原因是政策性调资。\n");
        Assert.DoesNotContain(r.Sections, h => h.Title!.Value.StartsWith("党委办公厅", System.StringComparison.Ordinal));
        var change = Assert.Single(r.Changes);
        Assert.Equal("党委办公厅（室）及相关机构事务（款）行政运行（项）支出", change.Subject!.Value);
        Assert.Equal(6106.99m, change.Current!.Value);
        Assert.Equal(101.48m, change.Delta!.Value);
    }

    [Fact]
    public void A_short_line_that_stops_inside_a_bracket_continues_across_one_blank_line()
    {
        // A PDF's converter set the line far right and short ("与上年相比增加（减"); with double spacing a blank line follows.
        var r = Read("某单位2019年部门预算\n\n一、收入预算情况\n\n  （1）一般公共预算收入预算100万元，与上年相比增加10万元，增长11.1%，主要原因是人员增加。\n\n" +
                     "  2．财政专户管理资金收入预算总计0万元。\n\n                     与上年相比增加（减\n\n少）0万元，增长（减少）0%。主要原因是本部门无此项收入。\n");
        Assert.Contains(r.Statements, s => s.Text!.Value == "与上年相比增加（减少）0万元，增长（减少）0%");
        Assert.DoesNotContain(r.Statements, s => s.Text!.Value.StartsWith("少）", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_line_before_a_blank_line_still_ends_its_paragraph()
    {
        var r = Read("标题\n\n支出合计\n\n项目支出 4381.74 万元。\n");
        Assert.Null(r.Expenditure.Total);
    }

    [Fact]
    public void Class_name_wrapped_before_its_level_marker_has_no_marker()
    {
        var r = Read("标题\n一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出\n（类）2106.66万元，占71.73%。\n");
        var line = r.FunctionalClassification.Classes.Single();
        Assert.Equal("201", line.Code!.Value);
        Assert.Equal("一般公共服务支出", line.Name!.Value);
    }
}
