using Xunit;

namespace ComplianceGen.Reader.Tests;

/// <summary>
/// A government's budget or final account (政府预决算) sits beside the departments' in a finance bureau's column and
/// in a crawl. The department rules do not apply to it (it states a place's revenue and spending, not a unit's
/// 机关运行经费 or assets): it is not checked as a department's disclosure. A department's own, the finance bureau's
/// included, still is.
/// </summary>
public sealed class GovernmentBudgetTests
{
    private const string Body = """

        一、2023年财政决算情况
        2023年，全县一般公共预算收入完成251,346万元，为预算的103.2%，比上年增长6.8%。其中：税收收入完成198,230万元，增长5.1%。
        全县一般公共预算支出完成365,289万元，为调整预算的96.5%，比上年增长4.2%。
        全县政府性基金预算收入完成45,630万元，政府性基金预算支出完成61,208万元。
        2023年县本级“三公”经费决算支出1,025万元，比上年下降8.3%。
        """;

    [Fact]
    public void A_countys_final_account_is_not_a_department_disclosure()
    {
        var report = DocumentReader.ReadText("阳城县2023年政府决算\n" + Body, "yangcheng.txt").Report;
        Assert.NotNull(report.NotDisclosureReason);
        Assert.Contains("政府预决算", report.NotDisclosureReason);
        Assert.Contains("阳城县2023年政府决算", report.NotDisclosureReason);
    }

    [Fact]
    public void The_finance_bureaus_report_on_the_budget_is_not_one_either()
    {
        var report = DocumentReader.ReadText("关于泉港区2023年预算执行情况和2024年预算草案的报告\n" + Body, "report.txt").Report;
        Assert.Contains("政府预决算", report.NotDisclosureReason);
    }

    [Fact]
    public void A_townships_budget_execution_and_draft_is_the_governments()
    {
        // The execution and the draft without 情况 or 报告, its figures the township's as a whole (a page of Shandong).
        const string Page = "标题: | 某镇2020年预算执行和2021年预算草案 | ||\n发布机构: | 某县某镇人民政府 |\n2020年全镇一般公共预算收入完成431万元，为调整预算的100%，比上年增长7.48%。\n2020年全镇一般公共预算支出完成5,120万元，比上年增长3.2%。\n";
        Assert.Contains("政府预决算", DocumentReader.ReadText(Page, "report.txt").Report.NotDisclosureReason);
    }

    [Fact]
    public void A_contents_that_opens_with_the_whole_countys_funds_is_the_governments()
    {
        const string Contents = "目录\n第一部分 报告\n第二部分 预算表格\n一、2022年全县一般公共预算收支执行情况表\n二、2022年县级一般公共预算收支执行情况表\n";
        var report = DocumentReader.ReadText(Contents + Body, "contents.txt").Report;
        Assert.Contains("政府预决算", report.NotDisclosureReason);
    }

    [Theory]
    [InlineData("一、2020年全区收支决算\n1.一般公共预算收支及其平衡情况\n")]
    [InlineData("2020年全县收支预算\n")]
    public void A_page_that_opens_with_the_whole_places_revenue_and_spending_is_the_governments(string heading)
    {
        // The page of a district's final-account report, its title left on the page above (a page of Fujian): the whole
        // district's revenue and spending, which no department states.
        var report = DocumentReader.ReadText(heading + Body, "report.txt").Report;
        Assert.Contains("政府预决算", report.NotDisclosureReason);
    }

    [Fact]
    public void The_places_revenue_and_spending_as_a_units_title_is_no_units_name()
    {
        // 全县财政收支 where a title's unit would stand names no unit, so the page is read as the place's (the pattern for
        // 财政收支预算 was there before; the name was not refused).
        var report = DocumentReader.ReadText("2023年全县财政收支预算\n" + Body, "report.txt").Report;
        Assert.Null(report.UnitName);
        Assert.Contains("政府预决算", report.NotDisclosureReason);
    }

    [Fact]
    public void A_finance_bureaus_duty_over_the_places_accounts_is_no_government_heading()
    {
        // A finance bureau's page without a title, opening with its duties, one a short line without a stop.
        const string Duties = "一、部门职责\n1.负责全区收支决算的编制\n2.负责管理全区财政收入\n二、收入支出决算总体情况说明\n2023年度收、支总计均为1,523.6万元。\n";
        var bureau = DocumentReader.ReadText(Duties, "bureau.txt").Report;
        Assert.DoesNotContain("政府预决算", bureau.NotDisclosureReason ?? "");
    }

    [Fact]
    public void A_department_final_account_that_reports_on_its_budget_execution_is_a_disclosure()
    {
        var report = DocumentReader.ReadText("阳城县财政局2023年部门决算\n目录\n七、“三公”经费预算执行情况和本级预算安排说明\n" + Body, "caizhengju.txt").Report;
        Assert.Null(report.NotDisclosureReason);
    }

    [Theory]
    [InlineData("2026年部门财政预算公开")]
    [InlineData("本级财政预算 部门2026年预算公开说明")]
    public void A_title_that_names_a_departments_budget_in_other_words_keeps_it_a_disclosure(string title)
    {
        var report = DocumentReader.ReadText(title + "\n" + Body, "department.txt").Report;
        Assert.Null(report.NotDisclosureReason);
    }

    [Fact]
    public void An_agency_named_in_the_title_keeps_a_document_a_disclosure()
    {
        var report = DocumentReader.ReadText("阳城县财政局2023年财政决算\n" + Body, "agency.txt").Report;
        Assert.Equal("阳城县财政局", report.UnitName?.Value);
        Assert.Null(report.NotDisclosureReason);
    }

    [Fact]
    public void A_governments_final_account_under_a_sites_search_box_is_not_a_department_disclosure()
    {
        // The finance bureau's site prints its name and a search box above the page's title.
        var report = DocumentReader.ReadText("某县财政局\n搜索位置\n匹配度\n排序\n某县2023年政府决算\n发布日期: 2024-08-29 发布机构: 县财政局\n" + Body, "page.txt").Report;
        Assert.Contains("政府预决算", report.NotDisclosureReason);
    }

    [Fact]
    public void A_districts_government_as_a_whole_is_a_place()
    {
        var report = DocumentReader.ReadText("2022年某区人民政府决算公开\n目 录\n第一部分 决算报告\n第二部分 决算报表\n" + Body, "page.txt").Report;
        Assert.Contains("政府预决算", report.NotDisclosureReason);
        var county = DocumentReader.ReadText("2023年某县政府决算公开\n一、 政府决算报告\n二、 政府决算说明\n" + Body, "county.txt").Report;
        Assert.Contains("政府预决算", county.NotDisclosureReason);
        // A township's government is an agency: its own accounts are a disclosure, with or without 部门.
        var ownAccounts = DocumentReader.ReadText("2023年度某镇人民政府决算\n目录\n" + Body, "own.txt").Report;
        Assert.Null(ownAccounts.NotDisclosureReason);
        // A township's government publishes its own department accounts, and says so.
        var township = DocumentReader.ReadText("2021年度\n某乡人民政府部门决算\n目录\n" + Body, "township.txt").Report;
        Assert.Null(township.NotDisclosureReason);
    }

    // A place's “三公” summary: the finance bureau adds up every unit's spending of the county (made-up text in the shape of
    // such pages of Yunnan, Fujian, Guangxi, Zhejiang, Sichuan and Shandong).
    private const string ThreePublicSummary = """
        根据省财政厅关于推进政府预算信息公开的决策部署，经某县财政局汇总，现将某县（包括县本级行政单位、事业单位）2017年“三公”经费决算情况公开如下：
        2017年“三公”经费决算数为583.83万元，比上年减少15.18万元，下降2.53%。其中：因公出国（境）费10万元，公务接待费200万元，公务用车购置及运行费373.83万元。
        """;

    [Fact]
    public void A_countys_three_public_summary_compiled_by_the_finance_bureau_is_no_department_disclosure()
    {
        var report = DocumentReader.ReadText("某县2017年“三公”经费决算情况说明\n" + ThreePublicSummary, "summary.txt").Report;
        Assert.Contains("“三公”经费的汇总", report.NotDisclosureReason);
        Assert.Contains("经某县财政局汇总", report.NotDisclosureReason);
    }

    [Fact]
    public void A_summary_over_the_template_scope_of_units_is_no_department_disclosure()
    {
        // The summary template's scope (a county's page of Sichuan): 行政单位（含参照公务员法管理的事业单位）、事业单位和其他单位.
        var report = DocumentReader.ReadText("根据《中华人民共和国预算法》的有关规定，经某县财政局汇总，2020年某县行政单位（含参照公务员法管理的事业单位）、事业单位和其他单位使用当年财政拨款安排的“三公”经费决算总额为1023万元，较年初预算减少32%。其中：\n一、因公出国（境）经费\n2020年因公出国（境）决算支出0万元。\n", "summary.txt").Report;
        Assert.Contains("“三公”经费的汇总", report.NotDisclosureReason);
    }

    [Fact]
    public void A_summary_over_the_districts_departments_is_no_department_disclosure()
    {
        var report = DocumentReader.ReadText("按照市政府、区政府关于推进政府信息公开工作部署和要求，严格控制“三公”经费支出预算。经汇总，2023年区级部门（单位）一般公共预算“三公”经费支出预算为2493.77万元，其中：因公出国（境）费用83万元，公务用车购置及运行维护费1534.95万元，公务接待费875.82万元。\n", "summary.txt").Report;
        Assert.Contains("“三公”经费的汇总", report.NotDisclosureReason);
    }

    [Fact]
    public void A_reading_of_the_budget_report_is_the_governments()
    {
        // A city's series explaining its budget report to the congress (2014): the city's state capital budget, no department's.
        var report = DocumentReader.ReadText("预算报告系列解读之七:深化推进国有资本经营预算管理\n2014年,本市深化推进国有资本经营预算管理工作。\n全市国有资本经营收入61.6亿元,加上上年结转收入2.1亿元,全市国有资本经营支出59.3亿元。\n", "page.txt").Report;
        Assert.Contains("政府预决算", report.NotDisclosureReason);
        // A department's own reading of its budget is its own.
        var own = DocumentReader.ReadText("某市教育局2023年部门预算报告解读\n2023年收入预算1,200.00万元，支出预算1,200.00万元。\n", "page.txt").Report;
        Assert.Null(own.NotDisclosureReason);
    }

    [Theory]
    // The place itself, not an agency, spends the “三公” figure.
    [InlineData("根据国务院、省政府关于推进政府预算信息公开的决策部署和区政府工作安排，某区2016年一般公共预算安排“三公”经费决算数2364万元，比上年决算数下降16.77%。\n")]
    [InlineData("2022年一般公共预算“三公”经费决算执行情况说明\n日期:2023-11-17\n某区2022年的“三公\"经费决算数合计为1000.86万元，其中：因公出国（境）费0万元、公务接待费43.77万元。\n")]
    // A level's “三公” expenses as a whole: a province's news (Fujian), a prefecture's summary compiled by its finance bureau
    // over the 州本级 departments (Sichuan), a district's own level (Chongqing).
    [InlineData("近期,某省财政厅晒出2016年省级“三公”经费决算支出账单。2016年省级“三公”经费支出2.29亿元,比上年减少支出0.88亿元,降幅达到38.7%。\n")]
    [InlineData("经某州财政局汇总,2022年某州州本级部门,包括州级行政单位(含参照公务员管理的事业单位)、事业单位和其他单位使用财政拨款安排“三公”经费支出总额为8,237.23万元。\n")]
    [InlineData("按照区政府关于推进政府信息公开工作部署和要求,经汇总,2021年区本级一般公共预算中“三公”经费支出预算为4432万元,与2020年预算基本持平。\n2021年区本级“三公”经费预算支出表\n")]
    // A city's own level named after the city (杭州市级, 某州市本级): the place's level, not 省市级 after 按照.
    [InlineData("2020年某州市级“三公”经费决算情况\n2020年市级“三公”经费决算数合计为1000.86万元，其中：因公出国（境）费0万元、公务接待费43.77万元。\n")]
    // A district's summary titled as the whole district's, its table copied one cell a line (Chongqing).
    [InlineData("2020年度全区“三公”经费决算情况\n经费项目 |\n2020年度支出 (万元) |\n因公出国(境)费 |\n0 |\n公务接待费 |\n71.53 |\n根据提供的数据,2020年度全区“三公”经费总支出为1928.76万元。\n")]
    // The central level's departments together, under a news headline whose words before the year are no unit (a site's repost, 2021).
    [InlineData("过紧日子!2021年中央本级“三公”经费预算比去年下降6%\n2021年安排中央本级“三公”经费财政拨款预算51.87亿元,比2020年预算减少3.3亿元,下降6%。\n")]
    public void A_places_own_three_public_figure_is_its_summary(string text) =>
        Assert.Contains("“三公”经费的汇总", DocumentReader.ReadText(text, "summary.txt").Report.NotDisclosureReason);

    [Fact]
    public void A_page_titled_with_a_count_of_units_is_about_many_and_no_disclosure()
    {
        // A county finance office's explanation why its units published no procurement budgets (Qinghai, 2017).
        var many = DocumentReader.ReadText("2017年预算81个单位未公开政府采购安排情况说明\n2017年县财政年初预算安排政府采购资金共计758.8万元,其中:办公设备购置款100万元,行政公用取暖费658.8万元。\n所以,2017年各预算单位未公开政府采购安排情况。\n", "page.txt").Report;
        Assert.Contains("多个部门或单位", many.NotDisclosureReason);
        // A department that counts its own units names itself first, and is checked.
        var own = DocumentReader.ReadText("某市教育局及所属3个单位2024年部门预算\n一、收支预算情况\n2024年收入预算1,200.00万元，支出预算1,200.00万元。\n", "page.txt").Report;
        Assert.Null(own.NotDisclosureReason);
        // Nor is a page whose unit is not read, when the count is of its own units (two digits: a count that starts inside
        // the number is no count either) or the page speaks of itself.
        var ownUnits = DocumentReader.ReadText("2024年部门预算（含所属12个单位）\n2024年收入预算1,200.00万元，支出预算1,200.00万元。\n", "page.txt").Report;
        Assert.Null(ownUnits.NotDisclosureReason);
        var itself = DocumentReader.ReadText("2024年部门预算（共12个单位）\n本部门由本级及下属单位组成。2024年收入预算1,200.00万元，支出预算1,200.00万元。\n", "page.txt").Report;
        Assert.Null(itself.NotDisclosureReason);
    }

    [Fact]
    public void A_title_naming_a_places_three_public_summary_is_no_department_disclosure()
    {
        var report = DocumentReader.ReadText("某市某区本级2017年“三公”经费决算汇总情况\n2017年区本级一般公共预算财政拨款开支“三公”经费2,921.7万元，其中：因公出国（境）费35.6万元，公务接待费1,239.7万元，公务用车购置及运行维护费1,646.4万元。\n", "summary.txt").Report;
        Assert.Contains("“三公”经费的汇总", report.NotDisclosureReason);
    }

    [Fact]
    public void A_places_departments_three_public_expenses_named_in_its_title_are_its_summary()
    {
        // 部门决算“三公”经费 names the expenses of the place's departments, not a department's document (a city's page of Fujian).
        var report = DocumentReader.ReadText("2020年某市部门决算“三公经费”一般公共预算财政拨款支出情况说明\n经汇总，本级2020年使用一般公共预算拨款安排的“三公”经费决算数为1421万元，比年初预算的2621万元下降45.8%。\n", "summary.txt").Report;
        Assert.Contains("“三公”经费的汇总", report.NotDisclosureReason);
        var funds = DocumentReader.ReadText("2020年某市部门决算一般公共预算财政拨款“三公”经费支出情况说明\n经汇总，本级2020年“三公”经费决算数为1421万元。\n", "summary.txt").Report;
        Assert.Contains("“三公”经费的汇总", funds.NotDisclosureReason);
    }

    [Theory]
    // A township government's summary of its own spending is its own disclosure; so is a department's “三公” total of its
    // office and the units under it (部门汇总数).
    [InlineData("某县某镇人民政府\n2021年“三公”经费决算汇总情况\n经汇总，2021年我镇“三公”经费支出合计40.14万元，其中：因公出国（境）费0万元，公务接待费10.14万元，公务用车运行维护费30万元。\n")]
    [InlineData("某市城市管理行政执法局2016年度部门决算\n“三公”经费财政拨款支出决算为68.3万元。本次公布的“三公”经费为部门汇总数，包括局机关和二级机构。\n")]
    // A street named by its place, and a township whose own finance office compiled its figures.
    [InlineData("某区东湖街道2022年“三公”经费决算汇总情况\n经汇总，我街道2022年“三公”经费支出合计40.14万元，其中：公务接待费10.14万元，公务用车运行维护费30万元。\n")]
    [InlineData("某县某镇2022年“三公”经费决算情况\n经镇财政所汇总，我镇2022年“三公”经费支出合计40.14万元，其中：公务接待费10.14万元，公务用车运行维护费30万元。\n")]
    // A department that says the province's finance department compiled its accounts, its own name not read.
    [InlineData("2019年“三公”经费决算情况说明\n根据国务院关于推进政府预算信息公开的决策部署和某省政府工作安排，经某省财政厅汇总，某省审计厅批复决算，现将某市审计局（本级）2019年度一般公共预算财政拨款安排的“三公”经费决算情况公开如下：\n2019年“三公”经费支出决算数为6.20万元。\n")]
    // A township, a hospital or the unit itself spending the “三公” figure, its name not read as the unit.
    [InlineData("经汇总，某镇2022年“三公”经费支出合计40.14万元，其中：公务接待费10.14万元，公务用车运行维护费30万元。\n")]
    [InlineData("根据县政府工作安排，某县人民医院2022年“三公”经费支出合计40.14万元，其中：公务接待费10.14万元，公务用车运行维护费30万元。\n")]
    [InlineData("根据县政府工作安排，本部门2022年“三公”经费支出合计40.14万元，其中：公务接待费10.14万元，公务用车运行维护费30万元。\n")]
    // A place named in a clause's opening words, or an agency named after an area, its page otherwise the unit's own.
    [InlineData("按照某县2022年“三公”经费压减要求，严格控制支出。2022年“三公”经费支出合计40.14万元，其中：公务接待费10.14万元，公务用车运行维护费30万元。\n")]
    // The whole place's “三公” rule the unit follows, not its figure.
    [InlineData("2022年“三公”经费决算情况说明\n严格落实全市“三公”经费只减不增要求，2022年“三公”经费支出合计40.14万元，其中：公务接待费10.14万元，公务用车运行维护费30万元。\n")]
    [InlineData("2022年“三公”经费决算情况说明\n按全县“三公”经费管理办法，2022年“三公”经费支出合计40.14万元，其中：公务接待费10.14万元，公务用车运行维护费30万元。\n")]
    [InlineData("2022年“三公”经费决算情况说明\n依据全市“三公”经费只减不增要求，2022年“三公”经费支出合计40.14万元，其中：公务接待费10.14万元，公务用车运行维护费30万元。\n")]
    [InlineData("2022年“三公”经费决算情况说明\n2022年“三公”经费支出合计40.14万元，低于全区“三公”经费平均水平，其中：公务接待费10.14万元，公务用车运行维护费30万元。\n")]
    [InlineData("2022年“三公”经费决算情况说明\n严格按照省市级“三公”经费管理规定，2022年“三公”经费支出合计40.14万元，其中：公务接待费10.14万元，公务用车运行维护费30万元。\n")]
    [InlineData("说明如下：某工业园区2022年“三公”经费支出合计40.14万元，其中：公务接待费10.14万元，公务用车运行维护费30万元。\n")]
    // A unit's own total over its office and the units under it.
    [InlineData("经汇总，本局及所属区级单位2023年一般公共预算“三公”经费支出预算为49.37万元，其中：公务接待费9.37万元，公务用车运行维护费40万元。\n")]
    // A department's tables named 汇总 (“三公”经费财政拨款汇总表) are no finance bureau's compiling.
    [InlineData("某市财政局2022年部门决算\n“三公”经费财政拨款汇总表\n2022年“三公”经费支出合计40.14万元。\n")]
    // A department's title naming its budget's “三公” expenses: the unit is an agency, not a place.
    [InlineData("某市教育局2020年部门决算“三公”经费支出情况说明\n经汇总，本级2020年“三公”经费决算数为14.21万元，比上年减少1万元。\n")]
    // A county's government naming its own accounts so, or a page that speaks of itself.
    [InlineData("某县人民政府2019年部门决算“三公”经费支出情况说明\n2019年“三公”经费支出决算为9.8万元，比上年减少1万元。\n")]
    [InlineData("2019年某县部门决算“三公”经费支出情况说明\n2019年本部门“三公”经费支出决算为9.8万元，比上年减少1万元。\n")]
    public void A_units_own_three_public_summary_is_still_checked(string text) =>
        Assert.Null(DocumentReader.ReadText(text, "unit.txt").Report.NotDisclosureReason);

    [Theory]
    // The site's table of the page's particulars above the title, a row or a cell a line (pages of Chongqing).
    [InlineData("您当前的位置: 首页>政务公开>预算/决算> 某区决算报告\n[ 索引号 ] | 115001117500923541/2021-00217 | [ 发文字号 ] | |\n[ 主题分类 ] | 财政、金融、审计 | [ 体裁分类 ] | 财政 |\n[ 发布机构 ] | 某区财政局 | [ 发布日期 ] | 2021-10-14 |\n[ 成文日期 ] | 2021-10-13 | [ 有效性 ] |\n[ 索引号 ] | 115001117500923541/2021-00217 |\n[ 发文字号 ] | |\n[ 主题分类 ] | 财政、金融、审计 |\n[ 体裁分类 ] | 财政 |\n[ 发布机构 ] | 某区财政局 |\n[ 发布日期 ] | 2021-10-14 |\n[ 成文日期 ] | 2021-10-13 |\n[ 有效性 ] |\n某市某区人民政府关于2020年财政决算的报告\n")]
    // A township's report to its congress: 财政 before the year's 决算 is no unit.
    [InlineData("2023年财政决算情况及2024年\n财政预算情况报告(草案)\n某市某区某镇人民政府\n\n2024-07-01\n来源:本网\n各位代表:\n")]
    public void A_governments_report_under_the_sites_particulars_is_no_department_disclosure(string top)
    {
        var report = DocumentReader.ReadText(top + Body, "page.txt").Report;
        Assert.Contains("政府预决算", report.NotDisclosureReason);
        Assert.Null(report.UnitName);
    }

    [Fact]
    public void A_provinces_own_budget_is_no_department_disclosure_though_its_prose_names_departments_budgets()
    {
        // A provincial finance department's explainer (a page of Guangdong): 省级 is the province's own level, and a sentence on
        // the departments' budgets (省级部门预算一般性支出进一步压减) is no department's title.
        const string Page = "【图表解读】2021年省级一般公共预算支出情况\n2021年省级一般公共预算总支出安排6571.85亿元，收支平衡。其中，省本级支出1478.55亿元，占总支出的22.5%。\n根据中央统一部署，省级部门预算一般性支出进一步压减，安排预算部门行政经费79.13亿元。\n";
        var report = DocumentReader.ReadText(Page, "page.txt").Report;
        Assert.Contains("政府预决算", report.NotDisclosureReason);
        Assert.Null(report.UnitName);
    }

    [Theory]
    // A township's own budget titled with 财政预算, which its opening says is its department's.
    [InlineData("某镇2023年财政预算公开\n根据《预算法》规定，现将我镇2023年部门预算公开如下：\n一、部门基本情况\n")]
    // A department's own “三公” page titled with its level's budget, which speaks of itself.
    [InlineData("2023年区级一般公共预算“三公”经费预算情况说明\n2023年本部门“三公”经费预算10万元，其中：公务接待费4万元，公务用车运行维护费6万元。\n")]
    // A finance bureau's duty naming the county's level budget, on a page with no title.
    [InlineData("一、部门职责\n2.负责编制县级一般公共预算\n二、收支预算情况\n")]
    public void A_units_own_budget_that_names_a_places_budget_is_still_one(string top)
    {
        var report = DocumentReader.ReadText(top + "2023年收入预算1,200.00万元，支出预算1,200.00万元。\n", "page.txt").Report;
        Assert.Null(report.NotDisclosureReason);
    }

    [Fact]
    public void A_banners_own_level_is_no_unit()
    {
        var report = DocumentReader.ReadText("2021年旗级一般公共预算支出情况\n2021年旗级一般公共预算总支出安排65.85亿元，收支平衡。\n", "page.txt").Report;
        Assert.Null(report.UnitName);
        Assert.Contains("政府预决算", report.NotDisclosureReason);
    }

    [Fact]
    public void A_particulars_value_on_its_own_line_is_no_title()
    {
        // A label alone on its line (• 体裁分类) has its value on the next (• 财政预算、决算): the site's words, not a government's title.
        const string Page = "  • 索引号\n  • 115001027365571006/2022-00093\n  • 体裁分类\n  • 财政预算、决算\n  • 发布机构\n  • 某区某乡\n  • 标题\n  • 2020年某区某乡“三公”经费情况说明\n\n2020年某区某乡“三公”经费情况说明\n2020年度“三公”经费15.37万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费12.37万元，公务接待费3万元。\n";
        Assert.Null(DocumentReader.ReadText(Page, "page.txt").Report.NotDisclosureReason);
    }

    [Theory]
    // A finance bureau's report of the place's revenue so far (pages of Yunnan and Jiangxi).
    [InlineData("一、一般公共预算收支完成情况\n（一）地方一般公共预算收入情况\n4月，一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元，下降4.2%。其中：税收收入8103万元，比上年增收1284万元。\n")]
    [InlineData("2021年以来，区财政紧紧围绕年度收入目标，多措并举加强收入调度。\n据区财政局统计数据显示：2021年，全区财政总收入累计完成41.73亿元，同比增长10.9%，完成年初预算的103.1%。\n")]
    // A county's budget, its title lost (a page of Liaoning): the whole county's revenue planned.
    [InlineData("根据《预算法》及我县实际支出规模，科学合理的安排了2022年部门预算。具体安排如下:\n(一)全县收入来源\n1.一般公共预算收入安排情况\n2022年全县一般公共预算收入安排69669万元,比上年实际完成增加2719万元,增长4%。税收收入安排43184万元,比上年实际完成减少3993万元,下降8.46%。\n")]
    // The county's revenue collected so far against the year's budget (a page of Shaanxi).
    [InlineData("一、一般公共预算收支情况\n(一)收入情况。1-5月,全县完成财政总收入4348万元,占年初预算10065万元的43.2%,同比下降6.5%。其中:税收收入3511万元,占年初预算8465万元的41.5%。\n")]
    // The country's social insurance funds (the Ministry of Finance, 2014), a city's government debt, a county's budget adjustment.
    [InlineData("2014年,全国社会保险基金预算按险种分别编制。汇总中央和地方预算,2014年全国社会保险基金收入37667亿元,比上年增长9.1%,其中:保险费收入28088亿元。\n")]
    [InlineData("2022年地方政府债务情况\n2022年全市新增地方政府债务296.87亿元,其中:一般债务29.72亿元、专项债务267.15亿元。年末全市地方政府债务余额1839.10亿元。\n")]
    [InlineData("某县2023年地方政府一般债券资金安排计划及县级财政预算调整方案 根据《预算法》有关规定,决定批准某县2023年县级财政预算调整方案。一、2023年新增地方政府一般债券7144万元,安排项目支出7144万元。\n")]
    // A township's own fiscal accounts (a page of Chongqing): the whole town's revenue beside its transfers from above.
    [InlineData("一、全镇收支决算情况\n(一)一般公共预算\n2023年全镇一般财政公共总收入实现11335万元,同比增长35.24%。其中:中央、市区级收入6830万元,乡镇本级财政收入4505万元。\n")]
    // A district's yearly education funding bulletin (a page of Zhejiang).
    [InlineData("现将2022年全区地方教育经费执行情况公告如下:\n一、全区地方教育经费情况\n2022年,全区地方教育经费总收入144682.33万元,比上年151271.81万元减少6589.48万元,下降4.36%。\n")]
    // A district's own level's spending, its 财政总决算 explained without a title line (a page of Fujian, in traditional characters).
    [InlineData("根据财政决算公开原则和职责分工,某区财政局负责区本级财政决算的公开工作。现将2022年区本级财政总决算相关重要事项说明如下:\n一、区本级支出决算说明\n2022年度某区本级一般公共预算支出数为459989万元,占调整预算数115.8%,增支42991万元,增长10.3%。\n")]
    public void The_places_revenue_is_no_department_disclosure(string page) =>
        Assert.Contains("地方的财政收支", DocumentReader.ReadText(page, "page.txt").Report.NotDisclosureReason);

    [Theory]
    // A finance bureau's own page whose duties name the place's debt or its budget's adjustment, or that speaks of itself
    // beside the place's revenue, is the bureau's (the review's cases).
    [InlineData("一、主要职能\n（4）负责管理全县地方政府债务\n5.承担财政预算调整方案的编制工作\n2022年收入预算1,200.00万元，支出预算1,200.00万元。\n")]
    [InlineData("本局负责编制财政预算调整方案。\n2022年收入预算1,200.00万元，支出预算1,200.00万元。\n")]
    [InlineData("2022年，全县完成一般公共预算收入5.6亿元，我局收入预算1,200.00万元，支出预算1,200.00万元。\n")]
    public void A_bureaus_duties_beside_the_places_finances_keep_its_page_its_own(string page) =>
        Assert.Null(DocumentReader.ReadText(page, "page.txt").Report.NotDisclosureReason);

    [Theory]
    // The finance bureau that reports, before or after 关于, is not whose accounts they are.
    [InlineData("某县财政局关于2022年县本级财政决算的报告\n")]
    [InlineData("关于某开发区管委会2022年财政决算的报告\n")]
    public void A_report_about_a_governments_accounts_names_no_unit_that_would_keep_it_a_disclosure(string title)
    {
        var report = DocumentReader.ReadText(title + Body, "page.txt").Report;
        Assert.Contains("政府预决算", report.NotDisclosureReason);
    }

    [Fact]
    public void A_townships_final_account_with_its_tables_is_no_report_of_revenue_so_far()
    {
        // Its title unread, its opening states the township's revenue collected, but it prints a department's tables.
        const string Page = "2022年，全镇一般公共预算收入累计完成1200万元，完成年初预算的101%。\n收入支出决算总表\n单位：万元\n项目 决算数\n本年收入合计 1200.00\n本年支出合计 1200.00\n收入决算表\n单位：万元\n项目 本年收入合计 财政拨款收入\n合计 1200.00 1200.00\n";
        Assert.DoesNotContain("地方的财政收支", DocumentReader.ReadText(Page, "page.txt").Report.NotDisclosureReason ?? "");
    }

    [Fact]
    public void A_district_named_as_the_subject_of_its_final_account_report_is_the_governments()
    {
        // Under the site's particulars as | rows (a page of Chongqing); its text names no 政府决算 or 财政决算.
        const string Page = "| 索引号: | 11500383009336715E/2025-00034 | 发文字号: | |||\n| 发布机构: | 某区财政局 | 成文日期: | 2025-08-04 | 发布日期: | 2025-08-04 |\n| 标题: | 某市某区2024年决算报告 | ||||\n| 主题分类: | 财政 | 有效性: | |||\n某市某区2024年决算报告\n2024年，在区委的坚强领导下，全区一般公共预算收入完成251,346万元，为预算的103.2%，比上年增长6.8%。\n全区一般公共预算支出完成365,289万元，为调整预算的96.5%。\n";
        Assert.Contains("政府预决算", DocumentReader.ReadText(Page, "page.txt").Report.NotDisclosureReason);
    }

    [Fact]
    public void A_townships_final_account_report_in_its_own_name_is_still_checked()
    {
        // A township publishes its own accounts: 某镇2024年决算报告 may be its department's.
        const string Page = "某县某镇2024年决算报告\n一、收入支出决算总体情况\n2024年度收入总计500万元，支出总计500万元。\n";
        Assert.Null(DocumentReader.ReadText(Page, "page.txt").Report.NotDisclosureReason);
    }
}
