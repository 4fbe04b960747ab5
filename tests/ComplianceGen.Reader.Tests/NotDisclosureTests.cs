using ComplianceGen.Runtime;
using Xunit;

namespace ComplianceGen.Reader.Tests;

/// <summary>
/// A crawl of a finance column finds more than disclosures: news reports on them, a unit's annual report on its
/// information disclosure, performance reports. Each is told from its first lines; a disclosure that only cites a
/// notice in its first sentence stays a disclosure.
/// </summary>
public sealed class NotDisclosureTests
{
    [Theory]
    [InlineData("发布时间:2024-11-22\n中新社北京7月25日电 (记者 某某)财政部、商务部等中央部门25日相继披露2023年度部门决算。\n")]
    [InlineData("中央部门连续第8年公开决算\n某某/新华网\n新华网北京7月20日消息，20日上午，中央部门陆续公布2017年度部门决算。\n")]
    [InlineData("财政部发布部门预算公开情况\n2023年中央部门预算集中公开。（记者 某某）\n")]
    [InlineData("某省新闻> 正文\n某某日报 2018-08-30\n□记者某某 通讯员某某报道\n本报某地讯 日前，省直各部门分别向社会公开了2017年部门决算。\n")]
    // Reposted by another site, with the agency as its source and no dateline (a page of Hebei's news).
    [InlineData("新闻中心 > 时政新闻\n某省直所有部门和各市县预算将逐步向社会公开\n2011年06月03日 22:09:11 来源:新华社\n记者从19日召开的某省政府廉政工作会议上获悉，某省将积极推进财政预算公开。\n")]
    // A provincial newspaper's report reposted, the paper as its source (a page of Shandong's news).
    [InlineData("首页 > 资讯 > > 内容页\n某省111个省级部门向社会公开决算信息\n2023-08-26 09:20:04 来源:某众日报 分享到:\n8月25日，某省省级部门、单位集中向社会公开了2022年度部门决算。\n")]
    // The source on the line of the particulars that opens the page.
    [InlineData("发布日期：2023-08-26 来源：某众日报\n某省111个省级部门向社会公开决算信息\n8月25日，某省省级部门、单位集中向社会公开了2022年度部门决算。\n")]
    // A newspaper's lede (a page of Hubei's news).
    [InlineData("某省55个省级部门公布预算\n\n17.03.2015  10:42\n\n   某江商报消息 某省55个省级部门公布2015年预算\n\n  记者 某某\n\n  连日来，某省55家省级部门公布了各自的2015年度部门预算。\n")]
    // A newspaper's own dateline; its reporter named after the paper and its site (a page of a national daily).
    [InlineData("本报北京6月29日电 受国务院委托，财政部部长今天下午向全国人大常委会作2015年中央决算报告。\n")]
    [InlineData("(中国青年报·中青在线记者王亦君)受国务院委托，财政部部长今天下午向全国人大常委会作2015年中央决算报告。\n")]
    // A television station's reporter (a story reposted by a news site, 2021).
    [InlineData("受国务院委托，财政部部长今天下午向全国人大常委会作2015年中央决算报告。(总台央视记者 某某某)\n")]
    public void A_news_report_on_the_disclosures_is_not_one(string news)
    {
        var report = DocumentReader.ReadText(news + "2023年，中央本级支出38,219.48亿元，“三公”经费财政拨款支出合计38.72亿元，比上年增加10.48亿元。\n", "news.txt").Report;
        Assert.Contains("新闻报道", report.NotDisclosureReason);
    }

    [Fact]
    public void A_wire_storys_end_mark_makes_news_when_its_dateline_is_lost()
    {
        // A reposted story on the central departments' budgets (2018): no dateline left, only the agency's end mark.
        const string Story = "“新部门”把钱花在哪?\n——加大民生、科研等投入\n今年,财政部结合机构改革情况,在预算批复时区别不同情况采取了不同办法。\n例如,根据某部公布的预算安排,“污染防治”(款)2018年预算达到50382.59万元,比2017 年增长100.65%。\n农业农村部则加大了科研领域的投入。今年,科学技术支出(类)基础研究(款)重点实验室及相关设施(项)预算数为59679.25 万元,比2017年增长121.03%。(完)\n";
        Assert.Contains("新闻报道", DocumentReader.ReadText(Story, "news.txt").Report.NotDisclosureReason);
        // A department's page reposted with the mark is still the department's.
        const string Reposted = "某县卫生健康局2024年部门预算\n一、部门职责\n负责全县卫生健康工作。\n二、收支预算情况\n2024年收入预算1,200.00万元，支出预算1,200.00万元。（完）\n";
        Assert.Null(DocumentReader.ReadText(Reposted, "page.txt").Report.NotDisclosureReason);
        // A unit's own page that ends on work done (完成) has no end mark.
        const string Page = "某局2024年部门预算\n一、收支预算情况\n2024年收入预算1,200.00万元，支出预算1,200.00万元。\n二、绩效目标\n年度目标已全部完成。\n";
        Assert.Null(DocumentReader.ReadText(Page, "page.txt").Report.NotDisclosureReason);
    }

    [Fact]
    public void A_page_with_figures_but_no_word_of_a_budget_or_final_account_is_not_one()
    {
        // A county bureau's annual work summary (2010), its spending on schools counted, reposted on a document-sharing site.
        const string Summary = "2010年工作总结和2011年工作打算\n县教育体育局\n2010年以来，县教育体育局全力推进教育发展。全年投入资金3250万元，新建校舍12所，其中：改造薄弱学校8所，投入1200万元。\n";
        Assert.Contains("全文没有“预算”", DocumentReader.ReadText(Summary, "page.txt").Report.NotDisclosureReason);
        // A “三公” section published alone, naming its items only, is judged as before.
        const string ThreePublic = "某局2013年因公出国（境）费、公务用车购置及运行费、公务接待费支出情况：因公出国（境）费0万元，公务用车购置及运行维护费12.5万元，公务接待费3.2万元。\n";
        Assert.Null(DocumentReader.ReadText(ThreePublic, "page.txt").Report.NotDisclosureReason);
        // A unit's page that says 预算 once is judged as before.
        const string Page = "某县教育体育局\n2023年收入1,200.00万元，支出1,200.00万元，均为年初预算安排。\n";
        Assert.Null(DocumentReader.ReadText(Page, "page.txt").Report.NotDisclosureReason);
    }

    [Fact]
    public void A_projects_performance_self_evaluation_is_not_a_disclosure()
    {
        // One project's self-evaluation table reposted alone, a Word file's metadata above it (Anhui, 2022).
        const string Form = "某某 zlnb210061 1 2019-05-22T04:56:35Z 附件: 项目支出绩效自评表 (2022年度) 项目名称 委托业务项目 主管部门 某区某镇人民政府 项目资金 (万元) 年初预算数 90 全年预算数 90 全年执行数 90\n";
        Assert.Contains("项目支出绩效自评表", DocumentReader.ReadText(Form, "page.txt").Report.NotDisclosureReason);
        // So is one project's approved targets (a Chongqing township's 项目支出绩效目标审批表, 2023).
        const string Targets = "2023年某乡加工园配套设施建设项目支出绩效目标审批表\n日期:2022-12-30\n预算单位: 某县某乡人民政府\n金额单位:万元\n项目名称 2023年某乡加工园配套设施建设项目 项目分类 资产资源类\n项目总预算 65 财政资金预算分类 一般公共预算\n当年年度预算 65\n年度预算执行率 100%\n";
        Assert.Contains("项目支出绩效目标审批表", DocumentReader.ReadText(Targets, "page.txt").Report.NotDisclosureReason);
        // A final account whose contents list the form is one.
        const string Account = "某局2022年度部门决算\n目录\n一、收入支出决算总表\n十、项目支出绩效自评表\n二、收入决算情况\n2022年收入决算1,200.00万元，支出决算1,200.00万元。\n";
        Assert.Null(DocumentReader.ReadText(Account, "page.txt").Report.NotDisclosureReason);
        // A project's self-evaluation report is a performance report, read as such.
        const string Report = "某县水利局2023年度项目支出绩效自评报告\n一、项目基本情况\n（一）项目名称：农村饮水安全巩固提升工程\n（二）项目资金：年初预算数120万元，执行数118万元。\n";
        Assert.Null(DocumentReader.ReadText(Report, "page.txt").Report.NotDisclosureReason);
        // Nor a final account titled without 部门, its contents naming the form.
        const string Titled = "某局2022年度决算公开\n目录\n十、项目支出绩效自评表\n二、收入决算情况\n2022年收入决算1,200.00万元，支出决算1,200.00万元。\n";
        Assert.Null(DocumentReader.ReadText(Titled, "page.txt").Report.NotDisclosureReason);
    }

    [Fact]
    public void A_circular_of_results_across_units_is_not_a_disclosure()
    {
        // A finance bureau's circular of projects' evaluation grades (Zhejiang, 2022), its title lost on a copied page.
        const string Circular = "根据年度工作计划,我局组织开展了2022年重点项目绩效评价工作,现将评价情况通报如下:\n2022年共对9个重点项目进行了评价,涉及部门单位7个,资金17815.56万元。\n序号 | 主管部门(单位) | 项目名称 | 资金量 (万元) | 评价等级 |\n1 | 某市体育局 | 体育产业扶持项目资金 | 1180 | 良 |\n";
        Assert.Contains("通报", DocumentReader.ReadText(Circular, "page.txt").Report.NotDisclosureReason);
        // A unit's budget that states its own figures is judged as before.
        const string Budget = "某局2023年部门预算\n现将我局2023年部门预算公开如下:\n2023年收入预算1,200.00万元，支出预算1,200.00万元。\n";
        Assert.Null(DocumentReader.ReadText(Budget, "page.txt").Report.NotDisclosureReason);
    }

    [Fact]
    public void A_quarters_budget_execution_is_not_the_years_budget()
    {
        // A Yunnan institute's quarterly page, which the province has its units publish beside the budget and the final account.
        const string Quarter = "按照《云南省预算公开工作实施细则》要求,现将我单位2021年第二季度部门预算执行情况进行公开。\n一、收入征收入库情况\n我单位无收入征收入库情况。\n二、基本支出执行情况\n截至6月30日,基本支出执行523.6万元,占年初预算的48.2%。\n";
        Assert.Contains("预算执行情况", DocumentReader.ReadText(Quarter, "page.txt").Report.NotDisclosureReason);
        // A final account that states the year's execution is one, and so is one whose overview speaks of a half year's rate
        // of execution or, under the unit's own parts, of the execution of the first half (the review's cases).
        const string Account = "某局2021年度部门决算\n一、收入支出决算总体情况\n2021年度收入总计1,200.00万元，支出总计1,200.00万元，预算执行率98.5%。\n";
        Assert.Null(DocumentReader.ReadText(Account, "page.txt").Report.NotDisclosureReason);
        const string Rate = "某局2022年度部门决算公开说明\n加强预算管理，上半年预算执行率达到60%，1-12月预算执行情况良好。\n2022年度收入总计1,200.00万元，支出总计1,200.00万元。\n";
        Assert.Null(DocumentReader.ReadText(Rate, "page.txt").Report.NotDisclosureReason);
        const string Parts = "第一部分 部门概况\n一、主要职能\n负责全县档案工作，上半年预算执行情况良好。\n2022年度收入总计1,200.00万元，支出总计1,200.00万元。\n";
        Assert.Null(DocumentReader.ReadText(Parts, "page.txt").Report.NotDisclosureReason);
    }

    [Fact]
    public void A_procurement_intention_is_not_a_disclosure()
    {
        const string Intention = "为便于供应商及时了解政府采购信息,现将某区教育和体育局2024年(第1批)采购意向公开如下:\n序号 | 采购项目名称 | 采购需求概况 | 预算金额(万元) | 预计采购时间\n1 | 学生营养改善计划食堂供餐原辅材料采购项目 | 食材 | 560 | 2024年3月\n";
        Assert.NotNull(DocumentReader.ReadText(Intention, "page.txt").Report.NotDisclosureReason);
    }

    [Fact]
    public void A_news_sites_dateline_makes_news()
    {
        // A news site's story on a district's “三公” (Xinjiang, 2014; in traditional characters on the page).
        const string News = "某区公布2013年“三公”决算\n时间:2014-10-20 10:07来源:某某网 作者:某某\n    某某网10月20日讯 近日,市政府官网发布《某区2013年“三公经费”公示》,公布了此区2013年“三公经费”决算情况。\n2013年“三公”经费决算1699.95万元。\n";
        Assert.Contains("新闻报道", DocumentReader.ReadText(News, "news.txt").Report.NotDisclosureReason);
    }

    [Fact]
    public void A_citation_the_page_never_closes_quotes_a_notice_and_is_none()
    {
        // A Zhejiang commission's final account whose page lost the rest of the cited title (…关于印发): its duties follow.
        const string Account = "2020年度某省卫生健康委员会部门决算\n一、概况\n(一)部门职责\n根据《中共某省委办公厅 某省人民政府办公厅关于印发\n1.组织拟订全省国民健康政策,拟订卫生健康事业发展地方性法规、规章草案和政策、规划。\n";
        Assert.Null(DocumentReader.ReadText(Account, "page.txt").Report.NotDisclosureReason);
    }

    [Fact]
    public void A_reporters_byline_makes_news()
    {
        // A newspaper's story on a province's budget report (Henan, 2026): the reporters' line under the paper's name.
        const string News = "■某某经济报记者 某某某 王某 魏某某\n2025年,省财政的钱都花在哪儿了?1月26日,省财政厅将2025年预算执行情况和2026年预算草案提请审查。\n报告显示,2025年,一般公共预算收入4501.7亿元,增长2.5%;一般公共预算支出11516.1亿元,增长0.5%。\n";
        Assert.Contains("新闻报道", DocumentReader.ReadText(News, "news.txt").Report.NotDisclosureReason);
        Assert.Contains("新闻报道", DocumentReader.ReadText("本报记者 张某\n" + News[(News.IndexOf('\n') + 1)..], "news.txt").Report.NotDisclosureReason);
        // A paper's reporting station publishes its own budget.
        const string Station = "某某日报记者站某某分站\n2023年部门预算\n2023年收入预算1,200.00万元，支出预算1,200.00万元。\n";
        Assert.Null(DocumentReader.ReadText(Station, "page.txt").Report.NotDisclosureReason);
    }

    [Fact]
    public void A_meetings_news_lede_makes_news()
    {
        // A township's congress session reported on its site (Henan): the budget report was heard, but the page is the news.
        const string News = "4月10日上午,某乡召开第十三届人民代表大会第九次会议,54名乡人大代表出席本次会议。\n乡长作《某乡人民政府工作报告》。会议审查了2022年财政预算执行情况和2023年财政预算安排，2023年乡本级一般公共预算收入1,200万元。\n";
        Assert.Contains("新闻报道", DocumentReader.ReadText(News, "news.txt").Report.NotDisclosureReason);
        // So is a day, then someone's disclosure made public (a story on a central department's final account, 2023).
        const string Published = "7月25日,某某总台公布了2022年度部门决算。某某总台2022年度部门决算编制范围为本级。\n2022年度,某某总台收、支总计232,263.04万元。\n";
        Assert.Contains("新闻报道", DocumentReader.ReadText(Published, "news.txt").Report.NotDisclosureReason);
        // Below a picture's credit, after the outlet's (某某堆文), the report named in 《》; the story's source credited at its end
        // names the department's final account, which is no title of the page (an education site's story, 2020).
        const string Credited = "图源:pixabay\n某某堆文 7月17日,某部公布《2019年度部门决算报告》,《报告》显示,2019年某部合计支出约为3326亿元。\n一般公共预算财政拨款支出占支出合计的46.9%,超1560亿元。\n政策来源:某部2019年度部门决算\n";
        Assert.Contains("新闻报道", DocumentReader.ReadText(Credited, "news.txt").Report.NotDisclosureReason);
        // 近日 for the day, under a headline, its date and the magazine's issue (a repost of a daily's story, 2015).
        const string Recently = "今年某市“三公”预算压缩1.2亿\n2015-04-29\n某传奇 2015年10期\n近日,某市110个部门公布了2015年度预算,基本涵盖了除涉密部门外的政府组成部门。其中,“三公”经费预算总额为6.53亿元。\n";
        Assert.Contains("新闻报道", DocumentReader.ReadText(Recently, "news.txt").Report.NotDisclosureReason);
        // A department's page that dates its meeting in the prose is still the department's.
        const string Page = "某乡人民政府2023年部门预算\n一、部门职责\n4月10日，召开全体会议部署预算工作。\n二、收支预算情况\n2023年收入预算1,200.00万元，支出预算1,200.00万元。\n";
        Assert.Null(DocumentReader.ReadText(Page, "page.txt").Report.NotDisclosureReason);
    }

    [Fact]
    public void A_press_offices_duty_to_receive_reporters_makes_no_news()
    {
        const string Page = "某市人民政府新闻办公室2024年部门预算\n一、部门职责\n负责新闻发布工作（组织中外记者采访）\n二、收支预算情况\n2024年收入预算1,200.00万元，支出预算1,200.00万元。\n";
        Assert.Null(DocumentReader.ReadText(Page, "page.txt").Report.NotDisclosureReason);
    }

    [Fact]
    public void A_units_duties_that_name_reporters_and_reports_do_not_make_it_news()
    {
        const string Page = """
            某县融媒体中心2024年部门预算
            一、部门职责
            负责全县新闻采编、记者管理和新闻报道工作。
            负责县级融媒体平台的运营维护。
            二、收支预算情况
            2024年收入预算1,200.00万元，支出预算1,200.00万元。
            """;
        Assert.Null(DocumentReader.ReadText(Page, "page.txt").Report.NotDisclosureReason);
    }

    [Theory]
    [InlineData("某县融媒体中心2024年部门预算\n一、部门职责\n内设新闻采编部（记者站）、技术部。\n二、收支预算情况\n2024年收入预算1,200.00万元，支出预算1,200.00万元。\n")]
    [InlineData("某局2024年部门预算\n一、部门职责\n本报告期内通讯费支出由机关统一保障。\n二、收支预算情况\n2024年收入预算1,200.00万元，支出预算1,200.00万元。\n")]
    public void Words_that_only_look_like_a_byline_do_not_make_news(string page) =>
        Assert.Null(DocumentReader.ReadText(page, "page.txt").Report.NotDisclosureReason);

    [Theory]
    // Sites file disclosures under a column 通知公告 or 公告公示: the breadcrumb or the menu above the title names it, the
    // title does not (pages of Inner Mongolia, Sichuan and Guangxi, their tables and figures on later pages).
    [InlineData("您的位置: 首页 > 通知公告\n某办事处 2019年度决算公开报告\n来源:行署办 发布日期:2020年11月18日\n目录\n第一部分 部门基本情况\n")]
    [InlineData("通知公告\n当前位置:首页>政务公开>通知公告\n某水文局2023年度部门决算公开报告\n发布时间:2024年09月04日\n第一部分 基本情况\n")]
    [InlineData("欢迎来到某中学官方网站\n网站首页 校务公开 公告公示\n某中学校2023年单位预算\n目录\n第一部分 2023年单位预算编制说明\n")]
    public void A_disclosure_filed_under_a_sites_notices_column_is_still_one(string page) =>
        Assert.Null(DocumentReader.ReadText(page, "page.txt").Report.NotDisclosureReason);

    [Theory]
    [InlineData("当前位置:首页>政务公开>通知公告\n关于做好2023年度部门决算公开工作的通知\n各部门：\n现将部门决算公开有关事项通知如下。\n")]
    // The breadcrumb's last step is the page's own title.
    [InlineData("当前位置：首页>通知公告>关于开展2023年部门决算公开工作的通知\n各部门：\n请按时公开部门决算。\n")]
    public void A_notice_under_the_same_column_is_still_a_notice(string page) =>
        Assert.Contains("通知", DocumentReader.ReadText(page, "page.txt").Report.NotDisclosureReason);

    [Fact]
    public void A_disclosure_that_cites_a_notice_in_its_first_sentence_is_still_one()
    {
        // Published as a web page with its tables as pictures: few figures in the text, no tables read.
        const string Page = """
            某省图书馆2022年部门预算公开说明
            按照《中华人民共和国预算法》和《某省财政厅关于转发<财政部关于推进部门所属单位预算公开的指导意见>的通知》，现将2022年部门预算公开如下：
            一、部门职责
            某省图书馆是向社会公众提供图书阅读和知识咨询服务的学术性机构。
            """;
        var report = DocumentReader.ReadText(Page, "page.txt").Report;
        Assert.Null(report.NotDisclosureReason);
        Assert.Equal("某省图书馆", report.UnitName?.Value);
    }

    [Fact]
    public void A_disclosure_whose_first_sentence_cites_a_numbered_document_is_still_one()
    {
        // A school's budget opens by citing the finance bureau's instructions by number: no notice's number on a line of its own.
        const string Page = """
            我校根据（某财预发[2022]158号）《市财政局关于编制市直部门2023年预算和2023-2025年支出规划的通知》要求编制了2023年预算。
            某市第七中学2023年部门预算
            一、部门基本情况
            2023年收入预算1200万元，支出预算1200万元。
            """;
        Assert.Null(DocumentReader.ReadText(Page, "page.txt").Report.NotDisclosureReason);
    }

    [Fact]
    public void A_notices_number_on_a_line_of_its_own_still_makes_it_one()
    {
        const string Page = """
            某市财政局
            某财预〔2023〕12号
            各区财政局、市直各部门：
            现就做好2023年部门预算编制工作有关事项说明如下。
            """;
        Assert.NotNull(DocumentReader.ReadText(Page, "page.txt").Report.NotDisclosureReason);
    }

    [Fact]
    public void A_notice_addressed_to_many_is_one_whatever_budget_and_figures_it_prints()
    {
        // A city government's notice handing down its investment budget (Zhejiang, 2024): a budget in its title, figures below.
        const string Notice = "某市人民政府办公室关于下达2024年市级政府投资预算的通知\n市政府各部门、直属各单位:\n2024年市级政府投资预算已经市政府同意,现下达给你们,请严格按照预算执行。\n一、2024年市级政府投资预算支出723372万元,分别为:\n(一)市级财政资金安排项目86个,预算支出408207万元。\n2.续建项目45个,预算支出259721万元。\n";
        Assert.Contains("通知", DocumentReader.ReadText(Notice, "page.txt").Report.NotDisclosureReason);
        // A report's hearers (各位代表：) are no addressees of a letter, and a finance bureau's reply to one unit is that unit's.
        const string Reply = "某县财政局关于批复2024年部门预算的通知\n某县教育局：\n你单位2024年部门预算已经县人大批准，现批复如下。\n一、2024年收入预算1,200.00万元，支出预算1,200.00万元。\n二、基本支出800.00万元，项目支出400.00万元。\n三、“三公”经费预算10.00万元。\n";
        Assert.Null(DocumentReader.ReadText(Reply, "page.txt").Report.NotDisclosureReason);
    }

    [Theory]
    // A report on the disclosure work (a museum's news, a district's), not the disclosure.
    [InlineData("认真开展2022年度决算公开工作\n政府预决算信息公开是促进和谐社会建设的现实需要。按照《某厅关于批复2022年度部门决算的通知》文件，某博物馆在官网公开了2022年度部门决算。\n")]
    [InlineData("某区完成2016年部门决算公开工作\n\n12.09.2017  18:31\n\n为确保部门决算公开要求的有效落实，某区财政局通过组织培训、召开会议，按照全面公开的原则推进公开。\n")]
    public void A_report_on_the_disclosure_work_is_none(string page) =>
        Assert.NotNull(DocumentReader.ReadText(page, "page.txt").Report.NotDisclosureReason);

    [Fact]
    public void A_performance_report_titled_under_a_sites_breadcrumb_is_read_as_one()
    {
        // Its body speaks of 决算 throughout; its own title, on a line under the site's, says what it is.
        const string Page = """
            欢迎来到某县政协网站!
            您现在的位置: 首页 > 工作动态 > 通知公告 > 部门整体支出及项目支出绩效评价报告

            部门整体支出及项目支出绩效评价报告
            一、基本情况
            （一）部门整体支出概况。
            2021年部门决算收支完成情况。
            1、收入：792.22万元。其中：财政拨款收入792.22万元。
            """;
        Assert.Equal(DocumentKind.PerformanceReport, DocumentReader.ReadText(Page, "page.txt").Report.Kind);
    }

    [Fact]
    public void A_newspapers_own_budget_with_itself_as_the_source_is_still_one()
    {
        const string Page = """
            某市日报社2023年部门预算
            发布日期：2023-02-10 来源：某市日报社
            一、部门基本情况
            某市日报社为市委直属正处级事业单位。
            """;
        Assert.Null(DocumentReader.ReadText(Page, "page.txt").Report.NotDisclosureReason);
    }

    [Fact]
    public void A_report_on_the_disclosure_work_says_so()
    {
        var reason = DocumentReader.ReadText("认真开展2022年度决算公开工作\n某博物馆按照要求在官网公开了2022年度部门决算。\n", "page.txt").Report.NotDisclosureReason;
        Assert.Contains("预决算公开工作", reason);
    }

    [Fact]
    public void A_units_annual_report_on_its_information_disclosure_is_not_one()
    {
        const string Page = """
            登录 注册
            某市市场监督管理局2016年政务信息公开年度报告
            发布日期:2017-02-23
            根据《中华人民共和国政府信息公开条例》相关规定，现公布本局2016年政府信息公开工作年度报告。
            一、基本工作情况
            """;
        Assert.NotNull(DocumentReader.ReadText(Page, "page.txt").Report.NotDisclosureReason);
    }

    [Fact]
    public void A_units_self_evaluation_of_its_project_spending_is_a_performance_report()
    {
        const string Page = """
            预算绩效管理
            - 索引号: 某某/2025-00002
            - 发布机构: 某州数据发展中心
            某州数据发展中心2024年度项目支出绩效单位自评报告
            一、基本情况
            """;
        var report = DocumentReader.ReadText(Page, "page.txt").Report;
        Assert.Equal(DocumentKind.PerformanceReport, report.Kind);
        Assert.Equal("某州数据发展中心", report.UnitName?.Value);
    }

    [Fact]
    public void A_performance_report_under_a_sites_lines_is_read_as_one()
    {
        const string Page = """
            归档时间:2023-06-15
            当前位置: 首页 > 公开领域 > 城乡规划
            某县住房和城乡建设局2018年度整体支出 绩效评价报告
            为检验预算编制的科学性、合理性、规范性，提升我局预算编制、执行、监督和绩效管理水平，开展本次评价。
            一、部门概况
            """;
        var report = DocumentReader.ReadText(Page, "page.txt").Report;
        Assert.Equal(DocumentKind.PerformanceReport, report.Kind);
        Assert.Equal("某县住房和城乡建设局", report.UnitName?.Value);
        Assert.Equal(2018, report.Year?.Value);
    }

    [Theory]
    // An agency's annual report on its information disclosure copied without its title: its opening names the report or
    // its template's parts.
    [InlineData("一、总体情况\n2022年，某乡政府信息公开工作在县委、县政府的正确领导下，按照《中华人民共和国政府信息公开条例》规定，认真开展了政务信息公开工作。现将我乡2022年度政府信息公开工作总体情况进行报告。\n1、主动公开情况\n")]
    [InlineData("根据《中华人民共和国政府信息公开条例》及省市县文件要求，结合我局工作实际编制本报告。由概述、依申请公开政府信息情况、行政复议行政诉讼情况、存在问题和下一步工作计划等五部分组成。\n一、总体情况\n")]
    public void An_annual_report_on_information_disclosure_without_its_title_is_none(string page)
    {
        var reason = DocumentReader.ReadText(page, "page.txt").Report.NotDisclosureReason;
        Assert.Contains("政府信息公开工作年度报告", reason);
    }

    [Fact]
    public void An_audit_report_on_the_budgets_execution_is_none()
    {
        const string Page = """
            • 微信
            • 微博
            • 繁体字
            • 索引号: j602402--2023-0165 主题分类: 综合政务
            发布机构: 某区审计局 生成日期: 2023-11-08 15:29
            文件编号: 有效性: 有效
            公开范围: 面向全社会 公开方式: 主动公开
            分享到:
            关于2022年度区本级预算执行和其他财政收支的审计报告
            根据《中华人民共和国审计法》第十九条的规定，区审计局对2022年度区本级预算执行和其他财政收支情况进行了审计。
            2022年，区本级一般公共预算收入完成251,346万元，为预算的103.2%。一般公共预算支出完成365,289万元，为调整预算的96.5%。
            区本级政府性基金预算收入完成45,630万元，政府性基金预算支出完成61,208万元。
            """;
        Assert.StartsWith("不是预决算公开文件：是审计报告", DocumentReader.ReadText(Page, "page.txt").Report.NotDisclosureReason);
    }

    // A report to the people's congress or its standing committee copied without its title: the speaker, the date, then
    // the salutation and the sentence that the government entrusted the report (pages of Guangdong and other provinces).
    [Theory]
    [InlineData("某市某区审计局局长 某某\n2023年9月28日\n主任、各位副主任、各位委员:\n我受区人民政府的委托,向区人大常委会报告2022年度区本级预算执行和其他财政收支审计情况,请予审议。\n", "审计工作报告")]
    [InlineData("我受县人民政府委托，向县人大常委会报告2022年度县本级预算执行和其他财政收支的审计情况，请予审议。\n", "审计工作报告")]
    [InlineData("某县财政局局长 某某\n各位代表：\n受县人民政府委托，现将2022年全县和县本级预算执行情况及2023年预算草案提请大会审议。\n", "向代表大会或其常委会所作的报告")]
    // The salutation with 同志们, or on the line of the first sentence.
    [InlineData("各位代表、同志们：\n现将某县2022年预算执行情况和2023年预算草案报告如下，请予审议。\n", "向代表大会或其常委会所作的报告")]
    [InlineData("各位代表：受县人民政府委托，现将2022年全县和县本级预算执行情况及2023年预算草案提请大会审议。\n", "向代表大会或其常委会所作的报告")]
    // A society's report on its accounts to its council (a page of Guizhou).
    [InlineData("各位理事、各位代表:\n某省红十字会2018年度的财务收支情况报告,经常务理事通过,请予审议。\n", "向代表大会或其常委会所作的报告")]
    public void A_report_to_the_congress_without_its_title_is_none(string opening, string kind)
    {
        const string Body = "2022年，区本级一般公共预算收入完成251,346万元，为预算的103.2%。一般公共预算支出完成365,289万元，为调整预算的96.5%。\n区本级政府性基金预算收入完成45,630万元，政府性基金预算支出完成61,208万元。\n";
        Assert.Contains(kind, DocumentReader.ReadText(opening + Body, "page.txt").Report.NotDisclosureReason);
    }

    [Fact]
    public void A_townships_final_account_made_as_its_report_to_the_congress_is_still_one()
    {
        // A township's government publishes its own final account as its report to the township's congress, with a unit's
        // parts, under the site's particulars that name it (a page of Chongqing).
        const string Page = """
            | [ 索引号 ] | 11500229768897484E/2025-00034 | [ 发文字号 ] | |
            | [ 主题分类 ] | 财政 | [ 体裁分类 ] | 财政预算、决算 |
            | [ 发布机构 ] | 青山县白水乡人民政府 | ||
            | [ 成文日期 ] | 2025-09-29 | [ 发布日期 ] | 2025-09-29 |
            青山县白水乡人民政府2024年度决算公开
            青山县白水乡2024年财政决算(草案)报告
            各位代表:
            我受白水乡人民政府委托,现向大会作《白水乡人民政府2024年财政决算报告》,请予审议。
            一、单位基本情况
            (一)职能职责。青山县白水乡人民政府是青山县县委、县政府领导下的一个行政部门。
            2024年度收入总计365.28万元，支出总计365.28万元。
            """;
        Assert.Null(DocumentReader.ReadText(Page, "page.txt").Report.NotDisclosureReason);
    }

    [Theory]
    // Titles that do not say 部门 or 单位 (决算公开, 预算公开说明), so the judges read what follows them.
    // A finance bureau's duty to report to the congress.
    [InlineData("某区财政局2024年度决算公开\n一、部门职责\n受区政府委托，向区人大常委会报告调整预算及决算等事项。\n")]
    [InlineData("某县财政局2024年预算公开说明\n受县人民政府委托，向县人民代表大会及其常委会报告全县和县本级年度预算执行情况。\n")]
    // A unit's page that says the audit bureau audited its budget.
    [InlineData("某县教育局2019年度决算公开\n区审计局对我局2019年预算执行和决算草案进行了审计，审计结果未发现重大问题。\n")]
    // An audit bureau's own page filed under the site's column of audit results.
    [InlineData("当前位置：首页>审计结果公告\n某市审计局2022年度决算公开\n一、部门职责\n负责对本级预算执行情况进行审计监督。\n")]
    public void A_units_page_whose_title_does_not_say_department_is_still_one(string top)
    {
        const string Body = "一、收入支出决算总体情况说明\n2024年度收入总计365.28万元，支出总计365.28万元。\n";
        Assert.Null(DocumentReader.ReadText(top + Body, "page.txt").Report.NotDisclosureReason);
    }

    [Fact]
    public void A_units_duties_that_name_briefings_make_no_notice()
    {
        // A page that starts at the unit's overview, its title lost (a page of Zhejiang): a duty names 会议简报.
        const string Page = """
            一、某省人大常委会办公厅概况
            (一)主要职能
            1.承办省人大会议、常委会会议、主任会议以及省人大机关有关会议及活动的组织、会议简报、新闻宣传等准备工作;
            2.负责省人大常委会、专门委员会和工作委员会立法、监督、调研等具体组织服务保障工作;
            二、2016年度部门决算情况说明
            2016年度收入总计365.28万元，支出总计365.28万元。
            """;
        Assert.Null(DocumentReader.ReadText(Page, "page.txt").Report.NotDisclosureReason);
    }

    [Fact]
    public void An_information_disclosure_report_is_told_by_its_templates_first_sentence()
    {
        // The sentence every agency's annual report opens with; what it cites in 《》 is not read, its own words are.
        const string Page = """
            根据《中华人民共和国政府信息公开条例》(国务院令第711号)和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》(国办公开办函〔2021〕30号)要求,编制本年度报告。
            一、总体情况
            (一)主动公开。2025年,某区财政局高质量完成2025年度预决算公开工作,完成2025年预算公开工作,包括政府预算公开、区直部门预算和“三公”经费预算。
            """;
        Assert.Contains("政府信息公开工作年度报告", DocumentReader.ReadText(Page, "page.txt").Report.NotDisclosureReason);
    }

    [Fact]
    public void A_finance_bureaus_duty_to_report_to_the_congress_leaves_its_disclosure_one()
    {
        const string Page = """
            某区财政局2024年度部门决算
            一、主要职能
            负责拟订全区财政发展规划，编制年度区级预决算草案并组织执行，受区政府委托，向区人大常委会报告调整预算及决算等事项。
            二、收入支出决算总体情况说明
            2024年度收入总计365.28万元，支出总计365.28万元。
            """;
        Assert.Null(DocumentReader.ReadText(Page, "page.txt").Report.NotDisclosureReason);
    }

    [Theory]
    // An audit's result announcement, its title lost: its opening says the bureau audited the budget's execution (a page of Hunan).
    [InlineData("根据《中华人民共和国审计法》的规定,某县审计局对2019年度县本级财政预算执行及其他财政收支情况实施了审计。现将审计结果公告如下:\n一、2019年预算执行情况及评价意见\n")]
    [InlineData("关于某县2019年度县本级预算执行和其他财政收支的审计结果公告\n")]
    public void An_audit_result_announcement_is_none(string opening)
    {
        const string Body = "2019年全县实现一般公共预算财政总收入380,869万元，完成年初预算391,267万元的97.34%，比上年增加了37,581万元，增幅10.95%。\n";
        Assert.StartsWith("不是预决算公开文件：是审计报告", DocumentReader.ReadText(opening + Body, "page.txt").Report.NotDisclosureReason);
    }

    [Fact]
    public void A_units_final_account_that_says_its_budget_was_audited_is_still_one()
    {
        const string Page = """
            某县教育局2019年度部门决算
            某县审计局对本局2019年度预算执行情况进行了审计，未发现重大问题。
            一、收入支出决算总体情况说明
            2019年度收入总计365.28万元，支出总计365.28万元。
            """;
        Assert.Null(DocumentReader.ReadText(Page, "page.txt").Report.NotDisclosureReason);
    }

    [Fact]
    public void An_audit_bureaus_own_final_account_under_its_sites_menu_is_still_one()
    {
        const string Page = """
            首页
            审计工作报告
            某市审计局2022年度部门决算
            一、收入支出决算总体情况说明
            2022年度收入总计365.28万元，支出总计365.28万元。
            """;
        Assert.Null(DocumentReader.ReadText(Page, "page.txt").Report.NotDisclosureReason);
    }

    [Fact]
    public void A_department_disclosure_that_cites_its_audit_is_still_one()
    {
        const string Page = """
            某区审计局2022年度部门决算
            一、收入支出决算总体情况说明
            2022年度收入总计365.28万元，支出总计365.28万元。本年度完成审计报告32份。
            """;
        Assert.Null(DocumentReader.ReadText(Page, "page.txt").Report.NotDisclosureReason);
    }
}
