using ComplianceGen.Runtime;
using Xunit;

namespace ComplianceGen.Reader.Tests;

/// <summary>
/// A disclosure saved from a web site starts with the site's own lines: its banner and slogans, a tool bar, a date, a
/// source line, an attachment's file name. The document's own title is below them, on a line of its own or over two;
/// or there is none, and the template's first part names the unit. Each case is the shape of pages seen from many
/// sites; the names here are made up.
/// </summary>
public sealed class PageTitleIdentityTests
{
    private const string Contents = "目 录\n第一部分 单位概况\n一、主要职责\n二、机构设置\n";

    [Theory]
    // A hospital's banner, telephone numbers and slogans above the title.
    [InlineData("欢迎来到某市中医医院\n24小时应诊电话:0830-0000000\n国家三级甲等中医医院\n\n2023年度某市中医医院单位决算\n来源:某市中医医院    发布时间:2024-09-24 16:08:34\n",
        "某市中医医院", 2023, DocumentKind.FinalAccount)]
    // The site's name and the day's date above the title: the date names no fiscal year.
    [InlineData("某区人民政府 2019年12月3日星期二\n无障碍 | 关怀版 | 简体| 繁体\n某区某镇某村小学2022年部门预算\n来源:某区教育局 发布时间:2022-01-18\n",
        "某区某镇某村小学", 2022, DocumentKind.Budget)]
    // The title over two lines, under a source line.
    [InlineData("发布时间:2022-09-30 11:57 信息来源:某县某乡\n2021年度\n某乡人民政府部门决算\n",
        "某乡人民政府", 2021, DocumentKind.FinalAccount)]
    // A site's slogan and column above a title that names the unit, the year and the kind on its own line.
    [InlineData("深化司法公开 促进司法公正\n\n财务数据\n\n某市中级人民法院2021年一般公共预算财政拨款“三公”经费支出决算情况说明\n\n作者:admin 信息来源: 发布时间:2022-08-25 07:20\n",
        "某市中级人民法院", 2021, DocumentKind.FinalAccount)]
    // The unit over two lines above a year and a kind whose 部门（单位） names none.
    [InlineData("中共某自治区委员会政法委员会\n\n铁路护路联防办公室\n\n2025年度部门(单位)预算\n\n目 录\n",
        "中共某自治区委员会政法委员会铁路护路联防办公室", 2025, DocumentKind.Budget)]
    // A page's particulars as a list of bullets.
    [InlineData("• 文章标题\n  • 某区交通局 2020年度部门决算情况说明\n  • 索引号\n", "某区交通局", 2020, DocumentKind.FinalAccount)]
    // A name wrapped onto the title's line: the line above is its first part, not a site's line.
    [InlineData("某市人力资源和\n社会保障局2023年部门预算\n", "某市人力资源和社会保障局", 2023, DocumentKind.Budget)]
    [InlineData("中共某市委机构编制委员会\n办公室2023年部门决算\n", "中共某市委机构编制委员会办公室", 2023, DocumentKind.FinalAccount)]
    [InlineData("某市交通运输局\n（本级）2026年度部门预算\n", "某市交通运输局（本级）", 2026, DocumentKind.Budget)]
    // A side menu of other years' disclosures above the title.
    [InlineData("2023年部门决算\n2024年部门预算\n某市某局2024年部门预算\n", "某市某局", 2024, DocumentKind.Budget)]
    // A site's tool bar (登录 | 注册) is no unit.
    [InlineData("登录 | 注册\n某县人民医院2020年度部门决算\n", "某县人民医院", 2020, DocumentKind.FinalAccount)]
    // An attachment's file name above the title.
    [InlineData("某市第三幼儿园_2025年单位预算项目绩效目标表.xlsx\n某市第三幼儿园\n2025年部门预算\n", "某市第三幼儿园", 2025, DocumentKind.Budget)]
    // Page numbers printed as lines of their own.
    [InlineData("1\n某市人民政府发展研究中心\n2022 年度单位决算\n2\n", "某市人民政府发展研究中心", 2022, DocumentKind.FinalAccount)]
    // A banner printed as plain text: the site's column, not part of the unit's name.
    [InlineData("财政预决算专栏\n某市司法局2026年部门预算\n", "某市司法局", 2026, DocumentKind.Budget)]
    // The site's column named on a line of its own above the title.
    [InlineData("某市文化和旅游局\n政府信息公开\n某市图书馆2022年度部门决算\n", "某市图书馆", 2022, DocumentKind.FinalAccount)]
    // Places whose names open as a sentence's words do (本溪, 将乐), and a unit named 注册 …: names all the same.
    [InlineData("发布时间：2024-09-01\n本溪市财政局2023年度部门决算\n", "本溪市财政局", 2023, DocumentKind.FinalAccount)]
    [InlineData("发布时间：2024-09-01\n2023年度\n将乐县财政局部门决算\n", "将乐县财政局", 2023, DocumentKind.FinalAccount)]
    [InlineData("当前位置：首页 > 部门决算\n某市注册会计师协会\n2023年度部门决算\n", "某市注册会计师协会", 2023, DocumentKind.FinalAccount)]
    // Other names of the same office in brackets, listed with 、.
    [InlineData("中共某县委宣传部（县新闻出版局、县版权局）2023年部门决算\n", "中共某县委宣传部（县新闻出版局、县版权局）", 2023, DocumentKind.FinalAccount)]
    // The accounts' scope after the name: 汇总 (all the units together) is not part of it.
    [InlineData("某区教育体育局（汇总）2022年度部门决算\n", "某区教育体育局", 2022, DocumentKind.FinalAccount)]
    // The site's column as a tag before the title, and a page's table of particulars (名称 | title | …) flattened to a line.
    [InlineData("【财政预算】某区某镇政府2020年部门预算情况说明\n- 索引号: 20230317-191607-803\n", "某区某镇政府", 2020, DocumentKind.Budget)]
    [InlineData("名 称 | 某市统计局2016年部门预算说明(2) | ||||\n时 效 | 主题分类 | 统计 | 文 种 |\n", "某市统计局", 2016, DocumentKind.Budget)]
    // The site's trail to the page above the title: its 预算/决算 says nothing of the kind.
    [InlineData("政务公开 > 某县某镇人民政府 > 预算/决算\n\n某县某镇人民政府2019年度部门预算公开\n\n2019-03-04 17:10\n", "某县某镇人民政府", 2019, DocumentKind.Budget)]
    // No title: the contents' line for the tables names the unit, the year and the kind.
    [InlineData("目录\n一、 某市某技术服务中心基本情况\n(一)单位职责\n二、某市某技术服务中心2021年度部门决算表\n(一)收入支出决算总表\n", "某市某技术服务中心", 2021, DocumentKind.FinalAccount)]
    // The site's name (the publisher) as a bullet over its table of particulars, the page's own title further down naming a
    // school (a page of Yunnan): the publisher is not the unit.
    [InlineData("• 某市教育体育局\n  • 索引号\n    000014348/2021-00924\n  • 发布机构\n    某市教育体育局\n  • 发布日期\n    2021-03-11\n\n某市第四中学校2021年“三公”经费预算编制说明\n", "某市第四中学校", 2021, DocumentKind.Budget)]
    public void The_documents_own_title_names_it_under_the_sites_lines(string top, string unit, int year, DocumentKind kind)
    {
        var report = DocumentReader.ReadText(top + Contents, "page.txt").Report;
        Assert.Equal(unit, report.UnitName?.Value);
        Assert.Equal(year, report.Year?.Value);
        Assert.Equal(kind, report.Kind);
    }

    [Fact]
    public void The_unit_over_a_line_of_the_year_and_the_kind_without_年_names_it()
    {
        // A Beijing title: the unit on a line of its own, then the year and the kind with no 年 between.
        var report = DocumentReader.ReadText("某市人民政府国有资产监督管理委员会\n   2026 部门预算情况的说明\n" + Contents, "page.txt").Report;
        Assert.Equal("某市人民政府国有资产监督管理委员会", report.UnitName?.Value);
    }

    [Fact]
    public void A_comma_after_the_year_is_not_part_of_the_unit_named_in_prose()
    {
        // Half-width punctuation after the year, no title (a page of Fujian).
        var report = DocumentReader.ReadText("三、部门主要工作任务\n2019年,某县人民法院部门主要任务是:围绕中心工作，抓好审判执行。\n", "page.txt").Report;
        Assert.Equal("某县人民法院", report.UnitName?.Value);
    }

    [Fact]
    public void A_forms_full_name_field_names_the_unit_over_a_reports_title()
    {
        // A performance self-report's cover (Hebei): the title over its year is the report's, the form's field names the unit.
        var report = DocumentReader.ReadText("部门整体支出绩效评价自评报告\n(2023年度)\n评价类型: 项目实施过程评价 项目完成结果评价\n部门(单位)全称:某市人民检察院 (公章)\n主管部门审核意见:\n", "page.txt").Report;
        Assert.Equal("某市人民检察院", report.UnitName?.Value);
        Assert.Equal(DocumentKind.PerformanceReport, report.Kind);
        var stamped = DocumentReader.ReadText("部门整体支出绩效评价自评报告\n(2023年度)\n部门（单位）全称：某市人民检察院（单位签章）\n", "page.txt").Report;
        Assert.Equal("某市人民检察院", stamped.UnitName?.Value);
        // A web page's form prompt (部门:请选择) does not end as a unit's name does, and names no unit; a township of Inner
        // Mongolia (某苏木) or a unit's own office (某县教育局本级) does.
        var picker = DocumentReader.ReadText("某市人民检察院2023年部门预算\n部门:请选择\n", "page.txt").Report;
        Assert.Equal("某市人民检察院", picker.UnitName?.Value);
        Assert.Equal("某旗某苏木", DocumentReader.ReadText("单位名称：某旗某苏木\n2023年部门预算\n", "page.txt").Report.UnitName?.Value);
        // Nor do two table heads that print the prompt.
        var heads = DocumentReader.ReadText("一、收支情况\n收入1,200.00万元。\n表1\n部门：请选择 单位：万元\n表2\n部门：请选择 单位：万元\n", "page.txt").Report;
        Assert.NotEqual("请选择", heads.UnitName?.Value);
        // With no such field, the report's title names no unit.
        var untitled = DocumentReader.ReadText("部门整体支出绩效评价自评报告\n(2023年度)\n一、部门基本情况\n", "page.txt").Report;
        Assert.Null(untitled.UnitName);
    }

    [Theory]
    // A news headline's words before its year, and a name an encoding lost to question marks, are no unit's name.
    [InlineData("过紧日子!2021年中央本级“三公”经费预算比去年下降6%\n")]
    [InlineData("钱花哪了?2021年中央本级“三公”经费预算比去年下降6%\n")]
    [InlineData("?????2022年部门预算\n")]
    public void A_title_with_a_sentences_end_mark_before_the_year_names_no_unit(string title) =>
        Assert.Null(DocumentReader.ReadText(title + "2021年安排“三公”经费财政拨款预算51.87亿元。\n", "page.txt").Report.UnitName);

    [Fact]
    public void A_title_naming_a_fund_after_the_unit_ends_the_unit_before_it()
    {
        // A provincial department's “三公” page (Guangdong, 2023): the fund's name is no part of the unit's.
        var report = DocumentReader.ReadText("2023年某省财政厅一般公共预算财政拨款“三公”经费支出决算情况说明\n(一)“三公”经费财政拨款支出决算总体情况说明\n某省财政厅2023年度“三公”经费财政拨款支出决算为62.07万元。\n", "page.txt").Report;
        Assert.Equal("某省财政厅", report.UnitName?.Value);
        Assert.Equal(2023, report.Year?.Value);
    }

    [Fact]
    public void A_declared_unit_left_out_as_a_note_names_no_unit()
    {
        // A page's text read from a picture, the name left out as (略) (a page of Hainan); the title names the school.
        var report = DocumentReader.ReadText("某省华侨商业学校2022年决算批复公开资料\n(注:以下内容为附件图片识别,个别文字可能不准确,请以附件为准)\n部门: (略) 华侨商业学校 金额单位:万元\n", "page.txt").Report;
        Assert.NotEqual("(略)", report.UnitName?.Value);
        Assert.NotEqual("（略）", report.UnitName?.Value);
    }

    [Fact]
    public void The_title_read_under_the_sites_own_title_says_the_kind()
    {
        // The page's title names the site's column (财政预算公开) and no unit or year; the document's title says 决算.
        const string Page = "某市财政预算公开_某网\n您现在的位置：首页 > 专题专栏 > 部门预决算\n2021年度某市人民代表大会常务委员会办公厅部门决算公开\n";
        var report = DocumentReader.ReadText(Page + Contents, "page.txt").Report;
        Assert.Equal("某市人民代表大会常务委员会办公厅", report.UnitName?.Value);
        Assert.Equal(2021, report.Year?.Value);
        Assert.Equal(DocumentKind.FinalAccount, report.Kind);
    }

    [Fact]
    public void A_title_over_two_lines_below_the_contents_names_the_unit()
    {
        const string Page = "目 录\n第一部分 2023年部门预算编制说明\n一、基本职能及主要工作\n\n某市卫生健康委\n2023年部门预算编制说明\n";
        var report = DocumentReader.ReadText(Page, "page.txt").Report;
        Assert.Equal("某市卫生健康委", report.UnitName?.Value);
        Assert.Equal(2023, report.Year?.Value);
    }

    [Theory]
    [InlineData("目 录\n第一部分 某市民政局概况\n一、主要职能\n第二部分 2018年度部门决算表\n", "某市民政局")]
    [InlineData("目 录\n第一部分 某街道办事处部门概况\n一、部门主要职责\n第二部分 某街道办事处2022年度部门决算表\n", "某街道办事处")]
    [InlineData("目录\n第一部分某县财政局部门单位概况\n一、主要职能、机构设置及人员情况\n第二部分部门决算情况说明\n", "某县财政局")]
    public void Without_a_title_the_first_parts_heading_names_the_unit(string page, string unit) =>
        Assert.Equal(unit, DocumentReader.ReadText(page, "page.txt").Report.UnitName?.Value);

    [Fact]
    public void A_sentence_is_no_title_even_a_short_one_naming_a_unit_a_year_and_a_kind()
    {
        // The unit comes from the sentence as prose reads it (纳入 … 编制范围), not as a title line would (纳入某市…).
        var report = DocumentReader.ReadText("一、部门情况\n纳入某市科学技术协会2019年度部门决算编制范围的二级预算单位包括：\n", "page.txt").Report;
        Assert.Equal("某市科学技术协会", report.UnitName?.Value);
    }

    [Theory]
    // A first part named without a unit (单位概况) or named otherwise names none.
    [InlineData("目 录\n第一部分 单位概况\n一、主要职责\n")]
    [InlineData("目 录\n第一部分 部门决算情况说明\n一、收入支出决算总体情况说明\n")]
    // A site's tool bar alone is no unit.
    [InlineData("页面\n配色\n辅助线\n目 录\n第一部分 部门决算情况说明\n")]
    // A fund named where the unit would stand: a county's “三公” summary titled by its fund.
    [InlineData("2022年一般公共预算“三公”经费决算执行情况说明\n日期:2023-11-17\n某区2022年的“三公”经费决算数合计为100万元。\n")]
    [InlineData("2024年政府性基金预算支出情况说明\n某县2024年政府性基金预算支出50万元。\n")]
    [InlineData("2022年全县一般公共预算财政拨款“三公”经费决算情况说明\n某县2022年“三公”经费决算数合计为100万元。\n")]
    public void Headings_and_tool_bars_that_name_no_unit_give_none(string page) =>
        Assert.Null(DocumentReader.ReadText(page, "page.txt").Report.UnitName);

    [Fact]
    public void A_part_titled_with_the_year_and_部门单位_gives_the_year_and_no_unit()
    {
        var report = DocumentReader.ReadText("目 录\n第一部分 2026年部门(单位)预算情况说明\n一、部门(单位)职责\n二、机构及人员设置情况\n", "page.txt").Report;
        Assert.Null(report.UnitName);
        Assert.Equal(2026, report.Year?.Value);
    }

    [Fact]
    public void A_note_above_a_numbered_heading_is_no_unit()
    {
        // "（公开表格附后）" / "四、2023年度部门决算情况说明": read as one title over two lines, the note would be the unit.
        const string Page = "您所在的位置: 网站首页 > 政府信息公开 > 预决算公开 >\n\n三 、2023年度部门决算表\n\n(公开表格附后)\n\n四、2023年度部门决算情况说明\n\n2023年度,我园严格遵守各项财务制度。\n";
        Assert.Null(DocumentReader.ReadText(Page, "t.txt").Report.UnitName);
    }

    [Theory]
    // A title written as a letter's subject, 关于…的说明 (pages of four Sichuan cities): the unit before 关于, or after it up
    // to the year or the money it speaks of.
    [InlineData("某市人民检察院\n关于财政拨款“三公”经费预算\n2014年情况的说明\n某市人民检察院财政拨款“三公”经费预算2014年情况如下：\n", "某市人民检察院", 2014)]
    [InlineData("关于某县林业和草原局2019年财政拨款“三公”经费预算情况的说明\n2019-09-03 12:57\n", "某县林业和草原局", 2019)]
    [InlineData("关于某市文化广播影视新闻出版局\n财政拨款“三公”经费预算2014年情况的\n说 明\n", "某市文化广播影视新闻出版局", 2014)]
    [InlineData("关于某镇2024年部门预算编制说明\n2024-04-01 10:14 来源: 某镇\n", "某镇", 2024)]
    public void A_title_about_the_units_money_names_the_unit(string page, string unit, int year)
    {
        var report = DocumentReader.ReadText(page, "page.txt").Report;
        Assert.Equal(unit, report.UnitName?.Value);
        Assert.Equal(year, report.Year?.Value);
    }

    [Fact]
    public void A_bracketed_province_before_关于_is_no_unit()
    {
        // A government's report copied by a documents site, the province in brackets before it.
        var report = DocumentReader.ReadText("（某省）关于某州某县2022年预算执行情况和2023年预算草案的报告\n", "page.txt").Report;
        Assert.Null(report.UnitName);
    }

    [Theory]
    // No title: the unit one of the first sentences states figures for (pages of Sichuan, Yunnan and Anhui).
    [InlineData("某市某公路养护中心财政拨款“三公”经费预算2014年情况如下：\n一、因公出国（境）经费\n2014年某市某公路养护中心没有安排出国计划。\n", "某市某公路养护中心")]
    [InlineData("2019年某市环境保护局“三公”经费财政拨款预算安排389000元，比上年预算增56400元。\n", "某市环境保护局")]
    [InlineData("二、2018年度一般公共预算财政拨款“三公”经费支出决算情况说明\n某市直工委2018年度一般公共预算财政拨款“三公”经费支出预算为5.5万元，支出决算为8.99万元。\n", "某市直工委")]
    public void Without_a_title_the_unit_its_first_statements_speak_of_names_it(string page, string unit) =>
        Assert.Equal(unit, DocumentReader.ReadText(page, "page.txt").Report.UnitName?.Value);

    [Theory]
    // The finance bureau that allotted the budget is not the unit whose budget it is.
    [InlineData("为做好部门预算的公开工作，现说明如下。\n一、因公出国（境）经费\n2016年省财政厅预算安排“因公出国（境）费”15万元，主要用于业务培训。\n")]
    // Nor is a unit named after the first statements.
    [InlineData("一、因公出国（境）经费\n2016年无因公出国（境）经费。\n二、公务接待费\n2016年公务接待费2万元。\n三、公务用车\n2016年公务用车运行费3万元。\n2016年某市某局收入预算100万元。\n")]
    // The same on one line, as a web page's or a .docx's paragraph prints it.
    [InlineData("2016年无因公出国（境）经费。2016年公务接待费2万元。2016年公务用车运行费3万元。2016年某市某局收入预算100万元。\n")]
    public void An_allotting_bureau_or_a_later_subject_names_no_unit(string page) =>
        Assert.Null(DocumentReader.ReadText(page, "page.txt").Report.UnitName);

    [Theory]
    // No title: the overview opens with the unit saying what it is (pages of Chongqing, Hunan, Shanxi, Gansu).
    [InlineData("一、单位基本情况\n某市某区残疾人联合会为区级部门预算单位，内设1个科室。\n二、部门收支总体情况\n", "某市某区残疾人联合会")]
    [InlineData("一、部门基本概况\n1、职能职责\n主要负责：某市某区疾病预防控制中心是由政府举办实施区级疾病预防控制的公益事业单位。\n", "某市某区疾病预防控制中心")]
    [InlineData("一、某县中医院概况\n（一）主要职能\n为人民群众提供中西医医疗服务。\n", "某县中医院")]
    [InlineData("一、部门基本情况\n（一）某市某区人民检察院是国家法律监督机关，在辖区内依法履行职责。\n", "某市某区人民检察院")]
    public void Without_a_title_the_overview_names_the_unit(string page, string unit) =>
        Assert.Equal(unit, DocumentReader.ReadText(page, "page.txt").Report.UnitName?.Value);

    [Theory]
    // No title: the year its first statements open with (pages of Chongqing, Hunan, Sichuan, Anhui, Gansu …).
    [InlineData("一、部门基本情况\n（一）职能职责。本院是国家审判机关。\n二、部门决算情况说明\n2018年度收入总计13,398.8万元，与2017年度相比增加95万元。\n", 2018)]
    [InlineData("本部门2019年度收支总计1323.65万元。与2018年度决算相比，收支各增加257.59万元。\n", 2019)]
    // A heading that compares with another year gives it no year (（一）财政拨款收支与2018年度决算对比情况).
    [InlineData("四、财政拨款收入支出决算总体情况说明\n（一）财政拨款收支与2018年度决算对比情况\n本部门2019年度财政拨款本年收入1205.11万元，比2018年度增加253.71万元。\n", 2019)]
    // The accounts named first and their year after them (a Sichuan template's “三公” pages of Dazhou and Meishan).
    [InlineData("某市农业机械研究推广站财政拨款“三公”经费预算2014年情况如下：\n一、因公出国（境）经费\n某市农业机械研究推广站没有安排出国计划。\n", 2014)]
    [InlineData("某区审计局财政拨款“三公”经费决算2014年情况如下：\n一、因公出国（境）经费\n某区审计局无出国计划。\n", 2014)]
    // A “三公” page on its own, opening with the year's “三公” figure (pages of Inner Mongolia, Tianjin, Guangxi).
    [InlineData("一、2022年“三公”经费预算安排情况\n2022年度“三公”经费预算总计21.8万元,其中:因公出国(境)经费0万元,公务接待11.8万元,公务用车运行费用10万元。\n", 2022)]
    [InlineData("2017年一般公共预算财政拨款“三公”经费决算20.2万元,与2016年决算相比减少0.8万元。\n", 2017)]
    // The contents first, then a part titled with the unit's own budget (单位预算, as schools and centres of Hubei name it).
    [InlineData("目录\n第一部分:某县某中学概况\n一、主要职能\n第二部分:某县某中学2022年单位预算情况说明\n一、单位预算收支情况总体说明\n第一部分:某县某中学概况\n一、主要职能\n本单位的主要职责是实施高中教育。\n第二部分:某县某中学2022年单位预算情况说明\n一、单位预算收支情况说明\n单位预算收入5212.91万元。\n", 2022)]
    // Statements that open with two years: the later is the document's, whichever comes first.
    [InlineData("一、2022年“三公”经费预算执行情况\n2022年“三公”经费预算数为20万元，实际支出18万元。\n二、2023年“三公”经费预算安排情况\n2023年“三公”经费预算21.8万元。\n", 2023)]
    [InlineData("一、2022年“三公”经费预算安排情况\n2022年度“三公”经费预算总计21.8万元。\n二、2021年“三公”经费决算情况\n2021年度“三公”经费合计支出20.12万元。\n", 2022)]
    public void Without_a_title_the_first_statements_give_the_year(string page, int year) =>
        Assert.Equal(year, DocumentReader.ReadText(page, "page.txt").Report.Year?.Value);
}
