using System.Linq;
using ComplianceGen.Runtime;
using Xunit;

namespace ComplianceGen.Reader.Tests;

/// <summary>
/// Phrasings of the explanation part seen on real pages of other provinces and years than the corpus's (the texts here
/// are made up in their shape). Each was misread before: a class's spending taken for the total, a list of amounts taken
/// for a rate without its sign, a short name for a “三公” item, a comparison with the budget not read, the scope of an
/// income clause given to the spending clause after it, and lines typed with ASCII commas read as a title.
/// </summary>
public sealed class OtherProvincesPhrasingTests
{
    [Fact]
    public void An_economic_class_s_spending_budget_is_not_the_total()
    {
        const string Text = """
            五、一般公共预算支出情况说明
            1．基本支出预算2476260.58元，占一般公共预算支出的84.06%。其中：
            工资福利支出预算2016908.34元，占基本支出预算81.45%。
            商品和服务支出预算445372.24元，占基本支出预算17.99%。
            """;
        var report = DocumentReader.ReadText(Text, "t.txt").Report;
        Assert.Null(report.Expenditure.Total);
        Assert.Equal(2476260.58m, report.Expenditure.Basic?.Value);
    }

    [Theory]
    // A list of amounts whose unit follows the last, and one of rates whose sign does.
    [InlineData("与2021年相比，收、支总计各减少1267.86、2570.97万元，各下降23.51%、38.28%。", false)]
    [InlineData("与上年相比，收、支总计各下降23.51、38.28%。", false)]
    [InlineData("与上年相比减少100万元，减少9.52，主要原因是压减了经费。", true)]
    // An amount that lacks its 万元, its rate with its % right after (a Chongqing township's page): no rate lacks a sign.
    [InlineData("2024年度收入总计3874.92万元，支出总计3874.92万元。收支较上年减少484.05，降低11.1%，主要原因是项目支出减少。", false)]
    // 增加 / 减少 and a bare number standing alone, not after the amount it would be the rate of (a Chongqing school's
    // budget): as likely an amount without its 万元 (27.41 + 3.84 − 4.79 = 26.46), so no rate is said to lack its %.
    [InlineData("基本支出622万元,比2021年增加26.46万元,主要原因是社会保障和就业支出增加27.41万元,主要用于保障退休人员补助支出；教育支出增加3.84万元,主要用于保障教师工资福利支出；卫生健康支出、住房保障支出共减少4.79,主要原因是教职工人员减少。", false)]
    // A later clause's rate without its %, after its own amount, is still seen when an earlier bare number is passed over;
    // a number after the base total, not after a change in money, is not called a rate.
    [InlineData("卫生健康支出减少4.79，主要原因是人员调出；教育支出比上年减少100万元，减少9.52，主要原因是压减经费。", true)]
    [InlineData("2023年支出预算500万元，比上年增加9.52，主要原因是人员增加。", false)]
    // Right after its amount with no comma between (a Zhejiang town's 2020 budget).
    [InlineData("部门收入预算总计1515.03万元,比上年执行数1688.78万元减少173.75万元减少10.28主要原因是基本支出减少。", true)]
    // 增长 / 下降 name a rate only.
    [InlineData("一般公共预算财政拨款支出增加1193.20万元，主要用于保障工资。医疗支出增长 13.95，主要原因是人员增加。", true)]
    public void A_list_of_figures_with_its_unit_after_the_last_is_no_rate_without_its_sign(string sentence, bool flagged)
    {
        var report = DocumentReader.ReadText("一、收支总体情况\n" + sentence + "\n", "t.txt").Report;
        Assert.Equal(flagged, report.Statements.Any(s => s.PercentWithoutSign is not null));
    }

    [Fact]
    public void The_short_names_of_the_vehicle_items_are_read()
    {
        const string Text = """
            七、“三公”经费情况说明
            2015年“三公”经费财政拨款支出74.6万元，其中公务用车及运行维护费用61.8万元，公务接待费12.8万元。
            公务用车费用中含公车购置费0万元，公务用车运行维护费61.8万元。
            """;
        var group = DocumentReader.ReadText(Text, "t.txt").Report.ThreePublicExpenses;
        Assert.Equal(61.8m, group.Vehicles.Amount?.Value);
        Assert.Equal(0m, group.VehiclePurchase.Amount?.Value);
        Assert.Equal(61.8m, group.VehicleOperation.Amount?.Value);
    }

    [Fact]
    public void Wan_alone_at_the_end_of_a_clause_is_ten_thousand_yuan()
    {
        const string Text = """
            七、“三公”经费情况说明
            2025年“三公”经费预算12.5万，其中：因公出国（境）费0万，公务用车购置及运行费10万；公务接待费2.5万。
            """;
        var group = DocumentReader.ReadText(Text, "t.txt").Report.ThreePublicExpenses;
        Assert.Equal(12.5m, group.Total?.Value);
        Assert.Equal(AmountUnit.WanYuan, group.Total?.Unit);
        Assert.Equal(0m, group.Items[0].Amount?.Value);
        Assert.Equal(10m, group.Vehicles.Amount?.Value);
        Assert.Equal(2.5m, group.Items[^1].Amount?.Value);
    }

    [Theory]
    // Before a word 万 counts people, households or mu, not money.
    [InlineData("全年培训干部1.2万人次，服务群众3万户。", 0)]
    [InlineData("与上年相比减少2万。", 1)]
    // Nor is a count whose noun is left off at the clause's end.
    [InlineData("全镇辖15个行政村，总人口3.6万，惠及群众约2万。", 0)]
    public void Wan_before_a_word_is_no_amount(string sentence, int amounts)
    {
        var report = DocumentReader.ReadText("一、收支总体情况\n" + sentence + "\n", "t.txt").Report;
        Assert.Equal(amounts, report.Statements.Sum(s => s.Amounts.Count));
    }

    [Theory]
    [InlineData("公务用车购置和运行费11.59万元，主要是5辆公务车的燃料费、维护费，没有新购置车辆；公务接待费0.11万元。", true)]
    [InlineData("公务用车购置及运行费11.59万元，本年未购置公务用车；公务接待费0.11万元。", true)]
    // Last year's purchase says nothing of this year's, nor a part's of the unit's, nor a policy of the fact.
    [InlineData("公务用车购置及运行费11.59万元，上年未购置公务用车；公务接待费0.11万元。", false)]
    [InlineData("公务用车购置及运行费11.59万元，主要原因是2014年未购置公务用车；公务接待费0.11万元。", false)]
    [InlineData("公务用车购置及运行费11.59万元，局机关未购置公务用车；公务接待费0.11万元。", false)]
    [InlineData("公务用车购置及运行费11.59万元，原则上不新购置公务用车；公务接待费0.11万元。", false)]
    public void With_no_vehicle_bought_the_vehicle_figure_is_their_running(string sentence, bool implied)
    {
        var group = DocumentReader.ReadText("七、“三公”经费情况说明\n2015年“三公”经费支出11.7万元。" + sentence + "\n", "t.txt").Report.ThreePublicExpenses;
        Assert.Equal(11.59m, group.Vehicles.Amount?.Value);
        Assert.Equal(implied, group.VehiclePurchase.IsDeclaredNone);
        Assert.Equal(implied ? 11.59m : null, group.VehicleOperation.Amount?.Value);
    }

    [Theory]
    [InlineData("2021年度收入总计2828.33万元，支出总计2828.33万元。", 2828.33)]
    [InlineData("2017年度,收入总计为10070.54万元,其中:财政拨款收入1813.24万元。", 10070.54)]
    // A fund's total or this year's income alone is not the unit's 收支总计, nor a part's after its name and a colon.
    [InlineData("2021年度财政拨款收入总计2828.33万元。", null)]
    [InlineData("（一）局机关：收入总计800万元，支出总计800万元。", null)]
    [InlineData("2021年度本年收入总计2828.33万元。", null)]
    public void The_units_income_total_is_its_grand_total(string sentence, double? grand)
    {
        var income = DocumentReader.ReadText("一、收入支出决算总体情况说明\n" + sentence + "\n", "t.txt").Report.Income;
        Assert.Equal(grand is null ? null : (decimal)grand.Value, income.GrandTotal?.Value);
    }

    [Fact]
    public void A_figure_in_a_parts_reason_is_no_part()
    {
        const string Text = """
            一、收入决算情况
            2017年度本年收入合计10070.54万元,其中:1.财政拨款收入1813.24万元,较2016年度决算数减少520.82万元,主要原因是2016年财政拨付1000万元政府债券,2017年无此项收入;2.事业收入8257.3万元,主要用于医疗业务。
            """;
        var income = DocumentReader.ReadText(Text, "t.txt").Report.Income;
        Assert.Equal(new[] { 1813.24m, 8257.3m }, income.Sources.Select(s => s.Amount!.Value));
    }

    [Theory]
    [InlineData("2017年度,我单位支出为8425.84万元。", 8425.84)]
    [InlineData("2017年度本部门支出8425.84万元。", 8425.84)]
    // Another's spending, or a class's, is not the unit's total.
    [InlineData("2017年度我单位项目支出8425.84万元。", null)]
    [InlineData("2017年度下属单位支出8425.84万元。", null)]
    public void The_unit_speaking_of_itself_names_its_total(string sentence, double? total)
    {
        var report = DocumentReader.ReadText("二、支出决算情况\n" + sentence + "\n", "t.txt").Report;
        Assert.Equal(total is null ? null : (decimal)total.Value, report.Expenditure.Total?.Value);
    }

    [Theory]
    // Every fact with a completion rate reads the same words before it (完成全年预算数的, 完成全年预算84.82万元的 …).
    [InlineData("完成全年预算数的98.69%")]
    [InlineData("完成年度预算的98.69%")]
    [InlineData("完成预算的98.69%")]
    public void A_classification_lines_completion_rate_is_read_however_the_budget_is_named(string rate)
    {
        var report = DocumentReader.ReadText("标题\n1、一般公共服务支出（类）社会工作事务（款）行政运行（项）。主要用于：行政单位人员支出。全年预算为52.00万元，支出决算为51.32万元，" + rate + "。\n", "t.txt").Report;
        var line = Assert.Single(report.FunctionalClassification.Items);
        Assert.Equal(98.69m, line.ExecutionRate?.Percent);
    }

    [Fact]
    public void An_old_class_name_that_is_an_everyday_phrase_is_a_class_only_among_classes()
    {
        var report = DocumentReader.ReadText("一、项目支出\n项目支出主要用于：污染防治300万元、环境保护188万元。\n", "t.txt").Report;
        Assert.Empty(report.FunctionalClassification.Classes);
    }

    [Theory]
    // A list of classes with one the catalogue does not name (a Chongqing procuratorate's budget wrote 一般公共安全支出 for
    // 公共安全支出) is short of its total: no class is read from it, so the classes are not summed against the total.
    [InlineData("一般公共安全支出1616.91万元,教育支出2.99万元,社会保障和就业支出220.67万元,卫生健康支出60.09万元,住房保障支出101.32万元", 0)]
    [InlineData("教育支出2.99万元,社会保障和就业支出220.67万元,一般公共安全支出1616.91万元,卫生健康支出60.09万元,住房保障支出101.32万元", 0)]
    // Named right, the five are read; so are classes listed under a total or beside the parts of the spending.
    [InlineData("公共安全支出1616.91万元,教育支出2.99万元,社会保障和就业支出220.67万元,卫生健康支出60.09万元,住房保障支出101.32万元", 5)]
    [InlineData("一般公共预算支出2001.98万元,公共安全支出1616.91万元,教育支出2.99万元,社会保障和就业支出220.67万元,卫生健康支出60.09万元,住房保障支出101.32万元", 5)]
    [InlineData("基本支出1806.18万元,项目支出195.8万元,公共安全支出1616.91万元,教育支出2.99万元,社会保障和就业支出220.67万元,卫生健康支出60.09万元,住房保障支出101.32万元", 5)]
    // A list's lead-in is no part of the first name (Hangzhou's 公安局: 按支出功能分类，包括一般公共服务支出5,140.00万元、…).
    [InlineData("按支出功能分类，包括一般公共服务支出1616.91万元、教育支出2.99万元、社会保障和就业支出220.67万元、卫生健康支出60.09万元、住房保障支出101.32万元", 4)]
    public void A_list_of_classes_with_a_name_the_catalogue_lacks_is_not_read(string list, int classes)
    {
        var report = DocumentReader.ReadText("二、部门收支总体情况\n(二)支出预算:2023年年初预算数2001.98万元,其中:" + list + "。\n", "t.txt").Report;
        Assert.Equal(classes, report.FunctionalClassification.Classes.Count);
    }

    [Fact]
    public void A_health_units_own_medical_spending_is_not_the_class_of_health()
    {
        // A hospital's final account (a page of Guizhou): its 医疗卫生支出 is its own spending on medical services, not class 210
        // under a name the catalogue no longer has, which FC-002 would call outdated.
        const string Hospital = "四、支出情况\n1、总支出情况:2016年总支出40976.5万元。其中:一般公共预算财政拨款支出2955万元;医疗卫生支出38021.5万元,较去年医疗卫生支出增加了2549.07万元,增长率为7.18%。\n";
        Assert.Empty(DocumentReader.ReadText(Hospital, "t.txt").Report.FunctionalClassification.Classes);
        // Nor beside an everyday word that is also a class's name (其他支出).
        Assert.DoesNotContain(DocumentReader.ReadText("四、支出情况\n医疗卫生支出38021.5万元，其他支出120万元。\n", "t.txt").Report.FunctionalClassification.Classes, c => c.Code?.Value == "210");
        // Named among other classes, or marked as a class, it is one.
        const string Classes = "（二）一般公共预算当年拨款结构情况。\n科学技术支出49.36万元，占79%、社会保障和就业支出5.56万元，占9%、医疗卫生支出3.27万元，占5%、住房保障支出4.53万元，占7%。\n";
        Assert.Contains(DocumentReader.ReadText(Classes, "t.txt").Report.FunctionalClassification.Classes, c => c.Code?.Value == "210");
        const string Marked = "（二）支出决算结构情况。\n医疗卫生支出（类）38021.5万元。\n";
        Assert.Contains(DocumentReader.ReadText(Marked, "t.txt").Report.FunctionalClassification.Classes, c => c.Code?.Value == "210");
    }

    [Fact]
    public void A_class_under_the_name_it_had_before_its_renaming_is_still_a_class()
    {
        // Before 2012 class 211 was 环境保护, 212 城乡社区事务, 213 农林水事务: left out, the classes fall short of the total (AR-004).
        const string Text = """
            一、部门支出预算
            部门支出预算919543.7万元,其中:教育7043.8万元;科学技术4256.5万元;医疗卫生908055.4万元;环境保护188万元,主要用于示范工程项目可再生能源补助。
            """;
        var classes = DocumentReader.ReadText(Text, "t.txt").Report.FunctionalClassification.Classes;
        Assert.Equal(919543.7m, classes.Sum(c => c.Amount?.Value ?? 0));
        Assert.Contains(classes, c => c.Code?.Value == "211");
    }

    [Fact]
    public void A_unit_with_no_vehicle_buys_none_and_runs_none()
    {
        const string Text = """
            七、“三公”经费情况说明
            本单位无公务用车，所以没有公务用车运行维护费。
            """;
        var group = DocumentReader.ReadText(Text, "t.txt").Report.ThreePublicExpenses;
        Assert.True(group.VehiclePurchase.IsDeclaredNone);
        Assert.True(group.VehicleOperation.IsDeclaredNone);
    }

    [Theory]
    [InlineData("比预算增加0万元", 5.48)]
    [InlineData("比年初预算减少1.02万元", 6.50)]
    [InlineData("较预算节约0.52万元", 6.00)]
    [InlineData("与预算持平", 5.48)]
    public void A_final_accounts_comparison_with_the_budget_gives_the_budget(string comparison, double budget)
    {
        string text = "某单位2020年度部门决算\n七、“三公”经费情况说明\n2020年度“三公”经费支出决算总额为5.48万元，" + comparison + "，比去年增加1.55万元。\n";
        var group = DocumentReader.ReadText(text, "t.txt").Report.ThreePublicExpenses;
        Assert.Equal(5.48m, group.Total?.Value);
        Assert.Equal((decimal)budget, group.Budget?.Value);
    }

    [Fact]
    public void A_comparison_with_the_budget_later_in_the_sentence_or_in_one_of_its_own_gives_the_budget()
    {
        const string Later = "某镇2023年度部门决算\n七、“三公”经费情况说明\n镇本级“三公”经费41万元，较上年减少19万元，下降43.78%；较年初预算数减少4万元，下降2.2%。\n";
        Assert.Equal(45m, DocumentReader.ReadText(Later, "t.txt").Report.ThreePublicExpenses.Budget?.Value);
        const string Apart = "某镇2021年度部门决算\n七、“三公”经费情况说明\n经汇总，2021年度全镇“三公”经费支出合计40.14万元。\n经比较，2021年度全镇“三公”经费较上年减少2.97万元，下降6.89%，较年初预算数减少0.36万元。\n";
        Assert.Equal(40.50m, DocumentReader.ReadText(Apart, "t.txt").Report.ThreePublicExpenses.Budget?.Value);
        // Another item named before the comparison: it is that item's, not the total's.
        const string Item = "某镇2023年度部门决算\n七、“三公”经费情况说明\n“三公”经费41万元，其中公务接待费20万元，较年初预算数减少1万元。\n";
        Assert.Null(DocumentReader.ReadText(Item, "t.txt").Report.ThreePublicExpenses.Budget);
    }

    [Fact]
    public void A_completion_rate_after_the_budgets_figure_is_read()
    {
        const string Text = "某厅2023年度部门决算\n七、“三公”经费情况说明\n2023年度“三公”经费财政拨款支出决算为62.07万元，完成全年预算84.82万元的73.2%，比上年决算数增加38.97万元。\n";
        Assert.Equal(73.2m, DocumentReader.ReadText(Text, "t.txt").Report.ThreePublicExpenses.ExecutionRate?.Percent);
    }

    [Fact]
    public void Vehicle_purchase_spending_named_as_vehicles_is_read()
    {
        const string Text = "七、“三公”经费情况说明\n2015年按规定更新购置公务用车0辆，车辆购置支出0万元。\n";
        Assert.Equal(0m, DocumentReader.ReadText(Text, "t.txt").Report.ThreePublicExpenses.VehiclePurchase.Amount?.Value);
    }

    [Fact]
    public void A_year_set_beside_last_year_on_purpose_is_no_comparison_year()
    {
        const string Text = "某厅2023年度部门决算\n七、“三公”经费情况说明\n2023年度“三公”经费支出决算为62.07万元，比上年决算数增加38.97万元；比2019年（疫情前）决算数减少24.87万元，降低28.6%。\n";
        var report = DocumentReader.ReadText(Text, "t.txt").Report;
        Assert.DoesNotContain(report.Statements, s => s.ComparedYear is not null);
        const string Typo = "某厅2023年度部门决算\n七、“三公”经费情况说明\n2023年度公务接待费支出决算0.56万元，比2021年增加0.03万元，增长5.66%。\n";
        Assert.Contains(DocumentReader.ReadText(Typo, "t.txt").Report.Statements, s => s.ComparedYear?.Value == 2021);
    }

    [Fact]
    public void The_funds_names_say_no_kind()
    {
        // No title or heading says the kind; the prose names 一般公共预算 (a fund) in every sentence and 决算 in some.
        const string Text = """
            某中心2021年度一般公共预算财政拨款“三公”经费支出情况说明，现说明如下。
            某中心2021年度一般公共预算财政拨款“三公”经费支出预算为246万元，支出决算为167.37万元，完成预算的68%。
            某中心2021年度一般公共预算财政拨款“三公”经费支出中，因公出国（境）费0万元，公务接待费2.14万元。
            一般公共预算财政拨款公务用车购置及运行维护费165.23万元。
            """;
        Assert.Equal(Runtime.DocumentKind.FinalAccount, DocumentReader.ReadText(Text, "t.txt").Report.Kind);
    }

    [Fact]
    public void The_vehicles_share_is_their_two_parts_shares_together()
    {
        const string Text = "某站2022年度部门决算\n七、“三公”经费情况说明\n2022年度财政拨款“三公”经费支出决算为6,283.70元。其中：因公出国（境）费支出决算0元，占总支出决算的0%；公务用车购置费支出决算0元，占总支出决算的0%；公务用车运行维护费支出决算1,388.70元，占总支出决算的22.10%；公务接待费支出决算4,895.00元，占总支出决算的77.90%。\n";
        Assert.Equal(22.10m, DocumentReader.ReadText(Text, "t.txt").Report.ThreePublicExpenses.Vehicles.Share?.Percent);
    }

    [Fact]
    public void A_comparison_with_last_year_gives_no_budget()
    {
        const string Text = "某单位2020年度部门决算\n七、“三公”经费情况说明\n2020年度“三公”经费支出决算总额为5.48万元，比去年增加1.55万元。\n";
        Assert.Null(DocumentReader.ReadText(Text, "t.txt").Report.ThreePublicExpenses.Budget);
    }

    [Fact]
    public void The_spending_clause_after_an_income_clause_keeps_its_own_scope()
    {
        const string Text = """
            四、财政拨款收支预算情况说明
            2023年财政拨款收支总预算7,057,486.18元。
            收入包括：一般公共预算拨款7,034,418.94元、上年结转结余23,067.24元；支出包括：教育支出5,806,105.16元、社会保障和就业支出557,718.56元、卫生健康支出275,373.54元、住房保障支出418,288.92元。
            """;
        var lines = DocumentReader.ReadText(Text, "t.txt").Report.FunctionalClassification.Lines;
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Equal("财政拨款", l.Scope?.Value));
    }

    [Fact]
    public void Lines_typed_with_ascii_commas_are_prose_not_a_title()
    {
        // A page of a PDF shown as text, cut where the page starts: its first lines are a sentence wrapped over three.
        const string Text = """
            —10—
            出决算中,因公出国(境)费支出决算 0万元;公务用车购
            置及运行费支出决算3.98万元;公务接待费支出决算 1.5万
            元。
            """;
        var group = DocumentReader.ReadText(Text, "t.txt").Report.ThreePublicExpenses;
        Assert.Equal(1.5m, group.Reception.Amount?.Value);
    }

    [Fact]
    public void A_three_public_tables_figure_on_a_line_of_its_own_is_no_classification_code()
    {
        // The page flattened the table to one cell a line: 公务接待费 240 is a figure, not the code 240.
        const string Text = """
            某管委会2024年一般公共预算“三公”经费预算
            一、2024年一般公共预算“三公”经费支出预算表
            单位:万元
            “三公”经费合计
            因公出国(境)费
            公务用车购置及运行费
            公务接待费
            328.7
            10
            78.7
            240
            二、2024年一般公共预算“三公”经费支出预算情况说明
            """;
        var report = DocumentReader.ReadText(Text, "t.txt").Report;
        Assert.Empty(report.FunctionalClassification.Lines);
    }

    [Fact]
    public void A_units_own_name_before_its_total_does_not_make_the_total_a_class()
    {
        var report = DocumentReader.ReadText("一、收支预算总体情况\n上海市某区教育局本年支出合计1,000.00万元。\n", "t.txt").Report;
        Assert.Equal(1000m, report.Expenditure.Total?.Value);
    }

    [Theory]
    // 车辆购置税 is a tax and a class of spending; 无公车私用现象 says nothing of what was bought or run.
    [InlineData("车辆购置税用于公路等基础设施建设支出500万元。")]
    [InlineData("严格执行公务用车管理规定，全年无公车私用现象。")]
    public void Sentences_that_only_look_like_the_vehicle_items_are_not_them(string sentence)
    {
        var group = DocumentReader.ReadText("七、其他说明\n" + sentence + "\n", "t.txt").Report.ThreePublicExpenses;
        Assert.Null(group.VehiclePurchase.Amount);
        Assert.False(group.VehiclePurchase.IsDeclaredNone);
    }

    [Fact]
    public void A_unit_without_vehicles_of_its_own_may_still_run_hired_ones()
    {
        var group = DocumentReader.ReadText("七、“三公”经费情况说明\n本单位无公务用车，公务用车运行维护费用于租车，2024年预算2.00万元。\n", "t.txt").Report.ThreePublicExpenses;
        Assert.True(group.VehiclePurchase.IsDeclaredNone);
        Assert.False(group.VehicleOperation.IsDeclaredNone);
    }

    [Fact]
    public void A_scope_named_before_the_income_is_the_whole_sentences()
    {
        var lines = DocumentReader.ReadText("四、财政拨款收支情况\n2024年一般公共预算财政拨款收入120万元；支出120万元，其中：教育支出80万元，科学技术支出40万元。\n", "t.txt").Report.FunctionalClassification.Lines;
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Equal("一般公共预算", l.Scope?.Value));
    }

    [Theory]
    [InlineData("“三公”经费支出5万元，其中因公出国费2万元，较预算减少1万元。", null)]
    [InlineData("“三公”经费支出3万元，完成预算的60%，比预算减少2万元。", 5.0)]
    public void A_comparison_with_the_budget_belongs_to_its_own_subject(string sentence, double? budget)
    {
        var group = DocumentReader.ReadText("某局2023年度部门决算\n七、“三公”经费情况说明\n" + sentence + "\n", "t.txt").Report.ThreePublicExpenses;
        Assert.Equal(budget is null ? null : (decimal)budget.Value, group.Budget?.Value);
    }

    [Fact]
    public void A_level_reached_is_no_change()
    {
        var group = DocumentReader.ReadText("七、“三公”经费情况说明\n2024年公务接待费减少至2.00万元。\n", "t.txt").Report.ThreePublicExpenses;
        Assert.Equal(2m, group.Reception.Amount?.Value);
    }

    [Fact]
    public void What_comes_after_besides_is_not_a_part_of_the_total()
    {
        const string Text = "二、收入决算情况说明\n2019年度收入合计2,320.51万元，其中：财政拨款收入1,015.31万元，占43.8%；事业收入765.83万元，占33.0%；经营收入433.86万元，占18.7%；其他收入105.51万元，占4.5%；此外，年初结转和结余143.22万元。\n";
        var sources = DocumentReader.ReadText(Text, "t.txt").Report.Income.Sources;
        Assert.Equal(4, sources.Count);
        Assert.Equal(2320.51m, sources.Sum(s => s.Amount!.Value));
    }

    [Fact]
    public void The_institutions_running_funds_are_not_the_organs()
    {
        const string Text = "五、机关运行经费情况说明\n另外，某局下属共有6个事业单位，事业运行经费总预算安排37337407.64元，其中：基本支出预算488180.64元。\n";
        Assert.Null(DocumentReader.ReadText(Text, "t.txt").Report.OperatingCosts.Amount);
    }

    [Fact]
    public void An_amount_in_traditional_characters_is_no_rate_without_its_sign()
    {
        var report = DocumentReader.ReadText("一、收支總體情況\n相比2016年的總支出7171.97增加606.58萬元，增幅8.46%。\n", "t.txt").Report;
        Assert.DoesNotContain(report.Statements, s => s.PercentWithoutSign is not null);
    }

    // A procurement paragraph wrapped at a page's width, as a PDF's text prints it: the goods, works and services come
    // nine lines after the total. Printed with a blank line after every line (double spacing), they are eighteen lines
    // after it, but no further in what the page says.
    private static readonly string[] WrappedProcurement =
    {
        "（二）政府采购预算情况说明。",
        "2023年政府采购预算17000元，同比增加17000元，上",
        "年无该预算，增长率无可比性。其中：政府集中采购预算",
        "17000元，占政府采购预算的100%，同比增加17000元，上",
        "年无该预算，增长率无可比性；主要原因：一是科普工作、",
        "活动增加，办公用品、印刷资料相应增加；二是科普设备",
        "维修维护费增加。分散采购0元，占政府采购预算的0%。",
        "按政府采购资金类型划分，一般公共预算拨款17000元，",
        "财政专户管理的资金安排0元，上年结转结余资金安排0元。",
        "按政府采购项目类型，分为货物类采购、工程类采购和",
        "服务类采购三种类型。其中：货物类采购10000元，占政府",
        "采购预算58.8%；工程类采购0元，占政府采购预算0%；服务",
        "类采购7000元，占政府采购预算41.2%。",
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_procurement_split_is_as_near_its_total_when_the_text_is_double_spaced(bool doubleSpaced)
    {
        string text = string.Join("\n", doubleSpaced ? WrappedProcurement.SelectMany(line => new[] { line, "" }) : WrappedProcurement);
        var procurement = DocumentReader.ReadText(text, "t.txt").Report.Procurement;
        Assert.Equal(17000m, procurement.Amount?.Value);
        Assert.Equal(10000m, procurement.Goods?.Value);
        Assert.Equal(0m, procurement.Works?.Value);
        Assert.Equal(7000m, procurement.Services?.Value);
    }

    [Fact]
    public void A_procurement_split_many_printed_lines_after_its_total_is_not_its_split()
    {
        // Fourteen lines of other text between them, with or without blank lines: the figures are another matter's.
        var filler = Enumerable.Range(1, 14).Select(i => $"第{i}项工作按计划推进，不涉及采购金额。");
        string text = string.Join("\n", WrappedProcurement.Take(9).Concat(filler).Concat(WrappedProcurement.Skip(9)));
        var procurement = DocumentReader.ReadText(text, "t.txt").Report.Procurement;
        Assert.Equal(17000m, procurement.Amount?.Value);
        Assert.Null(procurement.Goods);
    }

    [Theory]
    [InlineData("公务用车（含执勤执法用车）运行支出57.36万元")]
    [InlineData("公务用车(含执法执勤用车)运行维护费57.36万元")]
    [InlineData("公务用车（含执法执勤及特种专业技术用车）运行维护费57.36万元")]
    [InlineData("公务用车（不含租用车辆）运行维护费57.36万元")]
    public void What_the_vehicles_include_does_not_hide_the_running_cost(string line)
    {
        const string Head = "某法院2021年部门决算\n二、一般公共预算财政拨款“三公”经费支出决算具体情况说明。\n（二）公务用车购置及运行费支出57.36万元。其中：\n公务用车购置支出0万元，全年购置公务用车0辆。\n";
        var group = DocumentReader.ReadText(Head + line + "，主要用于公务用车运行及维护费。\n", "t.txt").Report.ThreePublicExpenses;
        Assert.Equal(57.36m, group.VehicleOperation.Amount?.Value);
        Assert.Equal(0m, group.VehiclePurchase.Amount?.Value);
    }

    [Theory]
    // The vehicle group's two parts by their short names right after it (pages of Yunnan and Sichuan), and 公车 for 公务用车.
    [InlineData("2016年某局安排公务用车购置及运行费12万元，比2015年预算减少2万元，其中：购置费0万元、运行费12万元，比2015年预算减少2万元。", 12, 0, 12)]
    [InlineData("2017年某局安排公务用车购置及运行费17万元，其中：购置费0万元，比上年增加0万元、运行费17万元，比上年减少0.5万元。", 17, 0, 17)]
    [InlineData("2014年某院安排公车购置及运行维护费130万元，其中：购置经费无，运行维护费130万元，与2013年预算持平。", 130, null, 130)]
    public void The_vehicle_groups_parts_by_their_short_names_are_its_split(string sentence, int vehicles, int? purchase, int operation)
    {
        var group = DocumentReader.ReadText("某局2016年部门预算\n三、“三公”经费预算情况说明\n" + sentence + "\n", "t.txt").Report.ThreePublicExpenses;
        Assert.Equal(vehicles, group.Vehicles.Amount?.Value);
        Assert.Equal(purchase, (int?)group.VehiclePurchase.Amount?.Value);
        Assert.Equal(operation, group.VehicleOperation.Amount?.Value);
        Assert.True(group.VehiclePurchase.IsDeclared);
    }

    [Fact]
    public void A_bracketed_breakdown_of_one_source_is_no_list_of_the_incomes_sources()
    {
        // Pages of two districts of one city: the appropriation's own breakdown in brackets, its share after them. Read as the
        // income's sources, the brackets' figures (no shares) and the rest summed to 5.2% (SH-001, an error).
        const string Text = "某局2017年度部门决算\n（二）收入决算情况说明\n本年收入合计521.49万元，占总收入99.90%，包括财政拨款收入494.34万元（其中，一般公共预算494.34万元，政府性基金预算0万元），占94.70%；事业收入0万元，占0%；其他收入27.14万元，占5.20%。\n";
        var report = DocumentReader.ReadText(Text, "t.txt").Report;
        Assert.DoesNotContain(report.Income.Sources, s => s.Name?.Value == "一般公共预算");
        // The fund named by its budget in the brackets is stated, as zero.
        Assert.Equal(0m, report.GovernmentFund.Amount?.Value);
    }

    [Theory]
    // The total first in its sentence, with or without a share of its own after its brackets: its brackets are its sources.
    [InlineData("2017年收入总计521.99万元（其中：财政拨款收入494.34万元，占94.70%；其他收入27.65万元，占5.30%）。")]
    [InlineData("本年收入合计521.49万元（其中：财政拨款收入494.34万元，占94.70%；其他收入27.15万元，占5.20%），占收入总计的99.90%。")]
    public void A_bracketed_breakdown_of_the_total_still_lists_its_sources(string sentence)
    {
        var sources = DocumentReader.ReadText("某局2017年度部门决算\n（二）收入决算情况说明\n" + sentence + "\n", "t.txt").Report.Income.Sources;
        Assert.Contains(sources, s => s.Name?.Value == "财政拨款收入" && s.Share?.Percent == 94.70m);
    }

    [Theory]
    // Last year's fund, or two funds named together, are no statement of this year's fund.
    [InlineData("收入预算1000万元，主要原因是2025年政府性基金预算200万元本年不再安排。")]
    [InlineData("2026年一般公共预算和政府性基金预算1000万元。")]
    public void A_fund_named_with_another_year_or_fund_is_not_stated(string sentence) =>
        Assert.Null(DocumentReader.ReadText("某局2026年部门预算\n一、收支预算情况\n" + sentence + "\n", "t.txt").Report.GovernmentFund.Amount);

    [Fact]
    public void A_final_accounts_split_of_the_vehicles_budget_is_no_split_of_their_spending()
    {
        // The parts after the group's budget split the budget; the unnamed 决算 after them is the group's, not a part's.
        const string Sentence = "公务用车购置及运行维护费年初预算15万元，其中：购置费0万元，运行维护费15万元；支出决算12万元，完成预算的80%。";
        var group = DocumentReader.ReadText("某局2019年度部门决算\n三、“三公”经费决算情况说明\n" + Sentence + "\n", "t.txt").Report.ThreePublicExpenses;
        Assert.Equal(12m, group.Vehicles.Amount?.Value);
        Assert.Null(group.VehicleOperation.Amount);
    }

    [Theory]
    // A final account's “三公” budget with its items listed after it, then what was spent (pages of Yunnan and Chongqing):
    // the listed items are the budget's, not the spending's.
    [InlineData("2016年某局“三公”经费预算为68.5万元，其中：因公出国（境）费19万元、公务用车运行维护费39.5万元、国内公务接待费10万元。“三公”经费支出为63.58万元，完成预算的92.82%，其中：因公出国（境）费支出22.15万元，公务用车运行维护费支出34.46万元，国内公务接待费支出6.97万元。", 22.15, 6.97)]
    [InlineData("2021年我镇“三公”经费预算为20万元，其中：因公出国（境）费0万元，公务接待费9万元，公务用车运行维护费11万元，公务用车购置0万元。2021年“三公”经费支出共计9.07万元，其中：公务接待费支出2.07万元，公务用车运行维护费支出7万元，因公出国（境）费支出0万元。", 0, 2.07)]
    public void The_items_listed_under_a_final_accounts_budget_are_the_budgets(string text, double overseas, double reception)
    {
        var group = DocumentReader.ReadText("某局2016年度部门决算\n三、“三公”经费决算情况说明\n" + text + "\n", "t.txt").Report.ThreePublicExpenses;
        Assert.Equal((decimal)overseas, group.OverseasTravel.Amount?.Value);
        Assert.Equal((decimal)reception, group.Reception.Amount?.Value);
        Assert.NotNull(group.Reception.Budget);
        Assert.NotEqual(group.Reception.Budget!.Value, group.Reception.Amount!.Value);
    }

    [Theory]
    // What was spent, named without the group (实际支出), or a comparison after the budget, takes the list back.
    [InlineData("“三公”经费预算为30万元，实际支出25万元，其中：因公出国（境）费0万元，公务接待费5万元，公务用车运行维护费20万元。")]
    [InlineData("“三公”经费财政拨款支出决算为25万元，年初预算为30万元，决算数较预算数减少5万元，其中：因公出国（境）费0万元，公务接待费5万元，公务用车运行维护费20万元。")]
    public void The_items_after_a_final_accounts_spending_or_comparison_are_spent(string text)
    {
        var group = DocumentReader.ReadText("某局2019年度部门决算\n三、“三公”经费决算情况说明\n" + text + "\n", "t.txt").Report.ThreePublicExpenses;
        Assert.Equal(5m, group.Reception.Amount?.Value);
        Assert.Null(group.Reception.Budget);
    }

    [Fact]
    public void The_items_after_a_final_accounts_spending_are_still_spent()
    {
        // The spending stated after the budget in one sentence takes the list back.
        const string Text = "“三公”经费年初预算30万元，支出决算为25万元，其中：因公出国（境）费5万元，公务接待费8万元，公务用车购置及运行费12万元。";
        var group = DocumentReader.ReadText("某局2019年度部门决算\n三、“三公”经费决算情况说明\n" + Text + "\n", "t.txt").Report.ThreePublicExpenses;
        Assert.Equal(30m, group.Budget?.Value);
        Assert.Equal(25m, group.Total?.Value);
        Assert.Equal(8m, group.Reception.Amount?.Value);
        Assert.Null(group.Reception.Budget);
    }

    [Theory]
    // The basic and project spending listed under the general budget's appropriation (Chongqing's template, three districts;
    // 一般财政拨款 as one of them prints it) are the general budget's, not the whole budget's, which other funds add to.
    [InlineData("2023年一般公共预算财政拨款收入756.20万元，一般公共预算财政拨款支出756.20万元，比2022年增加55.87万元。其中：基本支出756.20万元，比2022年增加55.87万元；项目支出0万元。")]
    [InlineData("2023年一般财政拨款收入支出预算756.20万元，比2022年增加198.76万元。其中基本支出预算756.20万元，比2022年增加29.73万元；项目支出预算0万元。")]
    [InlineData("2023年一般公共预算财政拨款支出756.20万元，其中：基本支出756.20万元，项目支出0万元。")]
    public void The_parts_of_the_general_budgets_spending_are_its_own(string sentence)
    {
        var report = DocumentReader.ReadText("某校2023年部门预算\n二、收支总体情况\n（二）支出预算：2023年年初预算数761.21万元，其中：教育支出预算726.61万元，住房保障支出预算34.60万元。\n三、部门预算情况说明\n" + sentence + "\n", "t.txt").Report;
        Assert.Equal(761.21m, report.Expenditure.Total?.Value);
        Assert.Null(report.Expenditure.Basic);
        Assert.Null(report.Expenditure.Project);
        Assert.Equal(756.20m, report.GeneralBudget.Basic?.Value);
    }

    [Fact]
    public void A_change_after_the_general_budgets_spending_does_not_hide_its_list()
    {
        var report = DocumentReader.ReadText("某校2023年部门预算\n二、收支总体情况\n2023年支出预算761.21万元。\n三、部门预算情况说明\n2023年一般公共预算财政拨款支出756.20万元，比上年增加55.87万元，其中：基本支出700万元，项目支出56.20万元。\n", "t.txt").Report;
        Assert.Null(report.Expenditure.Basic);
        Assert.Equal(700m, report.GeneralBudget.Basic?.Value);
    }

    [Theory]
    [InlineData("2023年支出预算761.21万元，其中：基本支出756.20万元，项目支出5.01万元。", 756.20, 5.01)]
    // The sentence before lists the funds; the list that opens the next is of the total the sentence is about.
    [InlineData("本年支出合计1000万元，其中：政府性基金支出100万元，一般公共预算支出900万元。其中：基本支出700万元，项目支出300万元。", 700, 300)]
    public void The_parts_of_the_whole_budgets_spending_are_still_its_own(string text, double basic, double project)
    {
        var report = DocumentReader.ReadText("某校2023年部门预算\n二、收支总体情况\n" + text + "\n", "t.txt").Report;
        Assert.Equal((decimal)basic, report.Expenditure.Basic?.Value);
        Assert.Equal((decimal)project, report.Expenditure.Project?.Value);
    }

    [Fact]
    public void No_change_in_the_purchase_is_no_purchase_of_none()
    {
        var group = DocumentReader.ReadText("某局2016年部门预算\n三、“三公”经费预算情况说明\n2016年公务用车购置及运行费30万元，与上年持平，其中购置费无增减。\n", "t.txt").Report.ThreePublicExpenses;
        Assert.False(group.VehiclePurchase.IsDeclaredNone);
    }

    [Fact]
    public void A_short_name_away_from_the_vehicle_group_is_no_part_of_it()
    {
        // 运行费 after the reception item is not the vehicles' running cost.
        var group = DocumentReader.ReadText("某局2016年部门预算\n三、“三公”经费预算情况说明\n2016年公务接待费9万元，其中：运行费2万元。\n", "t.txt").Report.ThreePublicExpenses;
        Assert.Null(group.VehicleOperation.Amount);
    }

    [Fact]
    public void A_units_three_public_section_published_alone_is_not_the_whole_explanation()
    {
        // Some cities publish a unit's “三公” section on its own beside the whole disclosure: the rules about the rest of the
        // disclosure (收支总体情况, 机关运行经费, 政府采购 …) ask for what this file never holds.
        var report = DocumentReader.ReadText("某市某局2020年“三公”经费决算情况说明\n某局2020年度一般公共预算财政拨款“三公”经费支出预算为37.11万元，支出决算为13.49万元，完成预算的36.32%。其中：因公出国（境）费支出决算为0万元；公务用车购置及运行费支出决算为11.99万元；公务接待费支出决算为1.50万元。\n", "t.txt").Report;
        Assert.False(report.Parts.HasExplanation);
        Assert.Equal(13.49m, report.ThreePublicExpenses.Total?.Value);
    }

    [Theory]
    // 部门预算 or 部门决算 before the “三公” expenses says whose they are; the title names the section, not the whole budget
    // (pages of Yunnan and Shaanxi).
    [InlineData("某县人民政府办公室2018年部门预算“三公”经费公开情况说明\n2018年某县人民政府办公室“三公”经费预算为16.4万元，比2017年减少2.4万元。其中公务接待费预算为2.4万元，公务用车购置及运行费预算为14万元，因公出国（境）费预算0元。\n")]
    [InlineData("某区卫生和计划生育局 2019年部门预算“三公”经费公开说明\n一、“三公”经费情况说明\n2019年本部门一般公共预算“三公”经费预算支出9.80万元，较上年减少18.50万元。\n")]
    [InlineData("某局2019年部门决算中的“三公”经费支出情况说明\n2019年“三公”经费支出决算为9.80万元，比年初预算减少1万元。\n")]
    // Without quotes, and with the section's 预算公开 after the “三公” expenses.
    [InlineData("某局2019年部门预算三公经费预算情况说明\n2019年“三公”经费预算9.80万元，比上年减少1万元。\n")]
    [InlineData("某局2019年部门预算“三公”经费预算公开说明\n2019年“三公”经费预算9.80万元，比上年减少1万元。\n")]
    public void A_title_naming_the_budgets_three_public_expenses_is_the_section_alone(string text) =>
        Assert.False(DocumentReader.ReadText(text, "t.txt").Report.Parts.HasExplanation);

    [Fact]
    public void A_three_public_section_published_alone_with_its_table_holds_neither_the_explanation_nor_the_tables()
    {
        // The section often prints its “三公” table under it. The table is the section's: the rules that the disclosure's
        // tables are all there, or that its totals are stated, are not judged on this file; the “三公” rules and the table's
        // own arithmetic are.
        const string Text = """
                        某区财政局2023年“三公”经费预算情况说明

            2023年我局“三公”经费预算数为12.50万元，比上年预算减少1.20万元。其中：因公出国（境）费0万元；公务接待费2.50万元；公务用车购置及运行费10.00万元，其中公务用车购置费0万元，公务用车运行费10.00万元。

                           一般公共预算“三公”经费支出预算表
        单位名称：某区财政局                                                              单位：万元
                                                           公务用车购置及运行费
           合计      因公出国（境）费     公务接待费      小计      公务用车购置费     公务用车运行费
           12.50           0.00             2.50         10.00          0.00              10.00
        """;
        var report = DocumentReader.ReadText(Text, "t.txt").Report;
        Assert.True(report.TemplateTables.ThreePublic);
        Assert.False(report.Parts.HasExplanation);
        Assert.False(report.Parts.HasTables);
        Assert.True(report.Parts.TablesElsewhere);
        Assert.Null(report.NotDisclosureReason);
        Assert.Equal(12.50m, report.ThreePublicExpenses.Total?.Value);
    }

    [Fact]
    public void A_three_public_section_with_its_table_is_no_notice_for_its_titles_words()
    {
        // Its table is a unit's table, as no notice prints: a title that says 公示 and one statement still make a disclosure.
        const string Text = """
            某局2023年“三公”经费预算情况公示
            2023年我局“三公”经费预算数为12.50万元。

                       一般公共预算“三公”经费支出预算表
            单位：万元
               合计      因公出国（境）费     公务接待费      公务用车购置及运行费
               12.50           0.00             2.50         10.00
            """;
        var report = DocumentReader.ReadText(Text, "t.txt").Report;
        Assert.False(report.Parts.HasTables);
        Assert.Null(report.NotDisclosureReason);
    }

    [Theory]
    // The whole budget with its “三公” part named in the title, and a whole final account that states its totals.
    [InlineData("某中心2018年部门预算\n及“三公”经费预算编制说明\n第一部分 概况\n一、主要职能\n某中心为全额拨款事业单位，主要职责是提供交易平台。2018年“三公”经费预算2万元。\n")]
    [InlineData("某局2022年“三公”经费及部门收支情况说明\n2022年收入总计365.28万元，支出总计365.28万元。2022年“三公”经费决算2万元。\n")]
    // The title's 部门预算 cut over two lines, and a whole disclosure whose sections are there though its totals were not read.
    [InlineData("某局2022年部门预\n算及“三公”经费预算情况说明\n2022年“三公”经费预算2万元。\n")]
    [InlineData("某局2022年“三公”经费情况说明\n一、机关运行经费\n2022年机关运行经费预算20万元。\n二、“三公”经费\n2022年“三公”经费预算2万元。\n")]
    // A first title line that ends in 部门预算 names the whole budget, though read with the next it says whose “三公” expenses.
    [InlineData("某局2022年部门预算\n“三公”经费预算编制说明\n2022年“三公”经费预算2万元。\n")]
    // Another of the template's tables, found by its title only, is printed: the file is more than the “三公” section.
    [InlineData("某局2023年“三公”经费预算情况说明\n2023年我局“三公”经费预算数为12.50万元，比上年预算减少1.20万元。\n\n一、部门收支总表\n单位：万元\n收入  100.00  支出  100.00\n")]
    public void A_whole_disclosure_that_names_its_three_public_part_is_the_explanation(string text) =>
        Assert.True(DocumentReader.ReadText(text, "t.txt").Report.Parts.HasExplanation);
}
