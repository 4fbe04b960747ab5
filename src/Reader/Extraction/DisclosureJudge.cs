using System.Text.RegularExpressions;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// Decides whether a readable file is a budget or final-account disclosure at all. Crawls and batch folders
/// hold other things under a budget's name: a notice (通知 / 通告 / 公告, a 巡察 notice, a red-header file with a
/// document number such as 杭政办函〔2025〕30号), a bulletin, a form. Such a file prints none of the template's
/// tables and states few or no budget figures; checking it as a disclosure would report every required item
/// as missing. A web page that only links to the disclosure's file is not the disclosure either; its reason names
/// the linked file. It is reported as not a disclosure, with the reason, and no disclosure rule runs on it.
/// A blank template is not one either: finance bureaus publish the template their units fill in (上海市XX局,
/// “收入支出总计XXX万元，增长（下降）XX%”), and a crawl finds it beside the disclosures. It prints the template's
/// tables, so the table test below does not tell it; its placeholders do (<see cref="BlankTemplate"/>).
/// </summary>
public static partial class DisclosureJudge
{
    [GeneratedRegex(@"通知|通告|公告|公示|巡察|印发|意见的函|函$|决定$|简报|快报|申请表|登记表|报名表|信息公开(?:工作)?年度报告|采购意向(?:公开|公告)")]
    private static partial Regex NoticeTitle { get; }
    [GeneratedRegex(@"[〔［\[]\s*(?:19|20)\d{2}\s*[〕］\]]\s*\d+\s*号")]
    private static partial Regex DocumentNumber { get; }
    [GeneratedRegex(@"(?:部门|单位)?(?:预算|决算)|收支|绩效")]
    private static partial Regex BudgetTitle { get; }

    /// <summary>
    /// A document's title quoted in a sentence: 《…》, with 〈…〉 or &lt;…&gt; inside it; or one never closed, to its line's end (the
    /// opening lines are read without their spaces and joined by one): a page that prints 根据《中共某省委办公厅…关于印发 and
    /// lost the rest quotes a notice, it is none (a Zhejiang commission's final account, held-out set AU).
    /// </summary>
    [GeneratedRegex(@"《[^》]*》|《[^》 ]*")]
    private static partial Regex Cited { get; }

    /// <summary>
    /// A news report's dateline or byline: 中新社北京7月25日电, 新华网北京7月20日消息, 本报济南讯, 本报北京6月29日电, （记者 某某）, the
    /// reporter named after a paper, a site or a station (（中国青年报·中青在线记者某某）, （总台央视记者 某某）; not 组织中外记者采访), a line that opens
    /// 记者某某 通讯员某某报道 (not a duty such as 负责记者管理和新闻报道, which is inside a sentence), a line that opens with the
    /// reporters after their paper and nothing else (■某某经济报记者 某某 某某, 本报记者 某某; the opening lines are read without their
    /// spaces, so the names run to the line's end; not a 记者站's budget), or a news agency as the page's
    /// source (来源：新华社, 来源：某某日报, on a report another site reposted) or a newspaper's lede (某某商报消息), or any
    /// site's or paper's dateline opening a line (大西北网10月20日讯, a news site's story on a district's “三公”).
    /// </summary>
    [GeneratedRegex(@"(?:新华社|中新社|新华网|人民网|央视网?|总台)[^ ]{0,12}?\d{1,2}月\d{1,2}日(?:电|讯|消息)|(?:^| )[\u4e00-\u9fff]{2,8}?(?:网|报|电视台)\d{1,2}月\d{1,2}日(?:电|讯)|[\u4e00-\u9fff]{1,8}?(?:日报|晚报|早报|时报|商报)(?:网)?消息|来源[:：](?:新华社|中新社|新华网|人民网|人民日报|中国新闻网|央视网?|[\u4e00-\u9fff]{1,8}?(?:日报|晚报|早报|时报|商报|新闻网)(?!社|集团|传媒))|[（(](?:[\u4e00-\u9fff·]{0,14}?(?:报|网|台|社|在线|视))?记者\s*[\u4e00-\u9fff]{2,4}[）)]|(?:^| )本报[\u4e00-\u9fff]{0,4}\d{1,2}月\d{1,2}日电|(?:^| )[□■]?本报(?!告)[\u4e00-\u9fff]{0,3}讯|(?:^| )[□■]?记者[^ ，。；、]{1,20}?报道|(?:^| )[□■]?[\u4e00-\u9fff]{1,10}?报社?(?:全媒体)?记者(?!站)(?![\u4e00-\u9fff、·]*?(?:预算|决算|经费|公开))[\u4e00-\u9fff、·]{2,16}(?= )")]
    private static partial Regex NewsDateline { get; }

    /// <summary>A placeholder where a figure belongs: XX, XXX, ××, 某某 before 万元, 元 or %.</summary>
    [GeneratedRegex(@"(?:[XxＸｘ×]{2,}|某某)\s*(?:万元|亿元|元|%|％)")]
    private static partial Regex PlaceholderFigure { get; }
    [GeneratedRegex(@"[XxＸｘ×]{2,}|某某")]
    private static partial Regex Placeholder { get; }

    /// <summary>What only an agency's annual report on its information disclosure says in its opening: that it reports on that work, or its template's parts, or its template's first sentence (根据《…政府信息公开条例》…要求，编制本年度报告; the title it cites in 《》 is left out before this is tried). A duty such as 编制政府信息公开工作年度报告 is none of these.</summary>
    [GeneratedRegex(@"政府信息公开工作(?:总体)?情况(?:进行)?报告|依申请公开政府信息|主动公开政府信息情况|收到和处理政府信息公开申请|要求[，,]\s*编制本年度报告")]
    private static partial Regex InformationReport { get; }

    /// <summary>An audit report's title: 关于2022年度区本级预算执行和其他财政收支的审计报告, 审计工作报告.</summary>
    [GeneratedRegex(@"审计(?:工作)?报告$|(?:关于|(?:19|20)\d{2}).*审计结果(?:的)?公告$")]
    private static partial Regex AuditReportTitle { get; }

    /// <summary>
    /// An audit's opening sentence, for a page that lost its title: the audit bureau audited the budget's execution
    /// (麻阳苗族自治县审计局对2019年度县本级财政预算执行及其他财政收支情况实施了审计。现将审计结果公告如下).
    /// </summary>
    [GeneratedRegex(@"审计(?:局|厅|署|机关)[^。；;]{0,4}?对(?![^。；;]{0,4}?(?:我|本(?:局|单位|部门|院|委|办|中心|校)))[^。；;]{0,40}?预算执行[^。；;]{0,30}?(?:实施|进行|开展)了(?:审计|审计调查)")]
    private static partial Regex AuditOpening { get; }

    /// <summary>
    /// Fewer placeholder figures than this and a document is not called a template: a unit that left two or three
    /// “XX%” in its text published a disclosure with a defect, which the template-text rules report.
    /// </summary>
    private const int TemplateMinimumPlaceholders = 5;

    /// <summary>
    /// A government's own budget or final account, or the finance bureau's report on it, named in a title (a place's as its
    /// subject: 重庆市某区2024年决算报告; not a township's, whose 决算 may be its own department's), or in the first lines of its
    /// contents or its first heading as the whole place's funds (一、2022年全县一般公共预算收支执行情况表, 一、2020年全区收支决算), or a
    /// reading of the budget report to the congress (预算报告系列解读之七：深化推进国有资本经营预算管理), or as
    /// the place's own level (2021年省级一般公共预算支出情况), which no department states (a finance bureau's duty, 负责全区收支决算的
    /// 编制, 负责编制县级一般公共预算, 承担财政预算调整方案的编制工作, is no such heading).
    /// </summary>
    [GeneratedRegex(@"^[\u4e00-\u9fff]{2,12}?(?:省|市|区|县|旗|州)(?:本级)?(?:19|20)\d{2}年度?(?:预算|决算)(?:报告|草案)|政府(?:预算|决算|预决算)|(?<!负责|编制|组织|拟订|承担|管理|汇总|审核|审查)财政(?:总?预算|总?决算|收支(?:预算|决算))|总(?:预算|决算)|本级(?:财政)?(?:预算|决算)|预算执行(?:情况)?和.{0,16}预算(?:草案|安排)|预算草案的报告|决算草案|(?<!部门|单位)预算报告(?:系列)?解读|(?:全(?:省|市|县|区|旗)|(?<!负责|编制|组织|拟订|承担|管理|汇总)(?:省|市|县|区|旗)级)(?:一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算)|(?<!负责|编制|组织|拟订|承担|管理|汇总)全(?:省|市|县|区|旗)(?:财政)?收支(?:预算|决算)")]
    private static partial Regex GovernmentTitle { get; }
    /// <summary>
    /// A department's or unit's budget named (部门预算, 单位决算, 部门财政预算, 部门2026年预算 …): the document is one, whatever else it
    /// says. Not 部门决算“三公”经费, which names the expenses, not the document (a place's 2020年某市部门决算“三公经费”…情况说明).
    /// </summary>
    [GeneratedRegex(@"(?:部门|单位)(?:(?!三公)[^。，；：:]){0,6}?(?:预算|决算)" + DocumentPartsExtractor.NotOfThreePublic)]
    private static partial Regex DepartmentTitle { get; }
    /// <summary>A place, not an agency: 阳城县, 泉州市泉港区, 某镇, or its government as a whole (云溪区人民政府决算, with no 部门 in the title).</summary>
    // A township's 人民政府 is an agency: it publishes its own accounts, with or without 部门 in the title.
    [GeneratedRegex(@"^[\u4e00-\u9fff]{1,12}?(?:(?:省|自治区|市|区|县|自治县|州|自治州|盟|旗)(?:本级|人民政府|政府)?|(?:镇|乡|街道)(?:本级)?)$")]
    private static partial Regex Place { get; }

    /// <summary>A blank template, an audit report (before the government's budget, whose execution its title names), a government's budget, a report to a congress whose title is lost, a place's “三公” summary, a place's own level's accounts: each says why, or null.</summary>
    private static readonly System.Func<ExtractionContext, string?>[] OtherKinds = [BlankTemplate, AuditReport, GovernmentBudget, ReportToCongress, PlacesThreePublicSummary, PlacesOwnLevel];

    /// <summary>
    /// One project's performance form: its self-evaluation (项目支出绩效自评表) or its targets as filed or approved (项目支出绩效目标
    /// 申报表, 审批表). The form, not a report: a project's self-evaluation report (项目支出绩效自评报告) is a performance report, which
    /// the rules read.
    /// </summary>
    [GeneratedRegex(@"项目(?:支出)?绩效(?:目标)?(?:自评|申报|审批)表")]
    private static partial Regex ProjectSelfEvaluation { get; }
    /// <summary>A department's or unit's budget or final account named in the opening (部门决算, 单位预算), not a form's heading before its project (部门预算项目支出绩效自评表).</summary>
    [GeneratedRegex(@"(?:部门|单位)(?:预算|决算)(?!项目)")]
    private static partial Regex DepartmentsAccounts { get; }

    /// <summary>
    /// A quarter's or part of a year's budget execution (2021年第二季度部门预算执行情况, 上半年预算执行情况, 1-6月预算执行情况),
    /// which some provinces have their units publish beside the budget and the final account: what was spent so far, not
    /// the year's budget or its outturn.
    /// </summary>
    [GeneratedRegex(@"(?:第[一二三四1-4]季度|(?<![\d-])[一二三四1-4]季度|上半年|前三季度|(?<!\d)\d{1,2}\s*[-—－至~]\s*(?!12\s*月)\d{1,2}\s*月(?:份)?)(?:部门|单位)?(?:财政)?预算执行情况")]
    private static partial Regex PeriodsExecution { get; }

    /// <summary>
    /// A circular's opening (现将评价情况通报如下, 现将检查结果通报如下): a finance bureau reports results across units (of
    /// performance evaluations, of an inspection). A disclosure states its own figures; it never 通报s.
    /// </summary>
    [GeneratedRegex(@"现将[^。；]{0,40}?通报如下")]
    private static partial Regex CircularOpening { get; }

    /// <summary>
    /// A news lede: a day, then a meeting held (4月10日上午，某乡召开…会议) or a disclosure made public by someone
    /// (7月25日,中央广播电视总台公布了2022年度部门决算; 7月17日,教育部公布《2019年度部门决算报告》), at the start of the text or of
    /// one of its first four lines (below a picture's credit, a headline and its date), the outlet's credit maybe before the day
    /// (某某文 7月17日), or 近日 or 日前 for the day (近日,北京市110个部门公布了2015年度预算, a magazine's repost, held-out set BD).
    /// </summary>
    [GeneratedRegex(@"(?:^|\s)(?:[\u4e00-\u9fff]{2,6}?文)?(?:(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日|近日|日前)(?:上午|下午|晚上|晚)?\s*[，,]?\s*[^，。；]{1,30}?(?:(?:召开|举行)[^，。；]{0,40}?(?:会议|大会)|(?:公布|公开|发布)(?:了|《))")]
    private static partial Regex MeetingLede { get; }

    /// <summary>The end mark of a news agency's story, （完） or (完), closing the text's last line; null when it has none.</summary>
    private static string? EndsAsWireStory(ExtractionContext context)
    {
        var lines = context.Document.Lines;
        for (int i = lines.Count - 1; i >= 0; i--)
        {
            if (lines[i].IsBlank) continue;
            string last = lines[i].Text.TrimEnd();
            foreach (string mark in WireEnds)
                if (last.EndsWith(mark, System.StringComparison.Ordinal)) return mark;
            return null;
        }
        return null;
    }

    private static readonly string[] WireEnds = ["（完）", "(完)"];

    public static void Judge(ExtractionContext context)
    {
        var report = context.Report;
        // Documents of other kinds that may print tables and many figures: told before the table test below.
        foreach (var otherKind in OtherKinds)
        {
            if (otherKind(context) is not { } reason) continue;
            report.NotDisclosureReason = reason;
            return;
        }
        if (PrintsTables(context)) return;
        int statements = DocumentPartsExtractor.Statements(context);
        var links = context.Document.LinkedDocuments;
        if (links.Count > 0 && statements < 3)
        {
            report.NotDisclosureReason = "不是预决算公开文件：网页只链接到公开文件（" + string.Join("、", Limit(links, 3)) +
                (links.Count > 3 ? $" 等{links.Count}个" : "") + "），本身没有预决算报表和数字；请检查所链接的文件";
            return;
        }
        string head = Head(context, 12);
        // The opening without what it quotes in 《》: a cited title names no kind of the page itself.
        string uncited = Cited.Replace(head, "");
        // A notice's own title says 通知; a disclosure's first sentence may cite one (按照《…关于印发〈…〉的通知》), which does
        // not make it one: what is quoted in 《》 is left out. So is the site's navigation: a disclosure is often filed under
        // a column 通知公告 or 公告公示, which its breadcrumb (当前位置：首页>政务公开>通知公告) or menu line names.
        // A notice's number (某府办发〔2021〕3号) is printed on a line of its own under its title; one a sentence cites (根据某府办发
        // 〔2019〕29号文件规定) makes no notice.
        bool notice = NoticeTitle.IsMatch(Cited.Replace(HeadWithoutNavigation(context, 12, withoutListItems: true), "")) || NumberedLine(context);
        bool budgetTitle = BudgetTitle.IsMatch(head);
        if (InformationReport.Match(uncited) is { Success: true } information && statements < 3)
        {
            // 政府信息公开工作年度报告, a report every agency publishes each year in a template of its own (主动公开政府信息情况,
            // 收到和处理政府信息公开申请情况 …), often without its title on a copied page: it counts requests, not money.
            report.NotDisclosureReason = "不是预决算公开文件：是政府信息公开工作年度报告（“" + Around(uncited, information) + "”），文中没有预决算报表";
            return;
        }
        if (NewsDateline.Match(head) is { Success: true } dateline)
        {
            // A news report on the disclosures (中新社北京7月25日电, 记者 …) states figures, but it is nobody's disclosure.
            report.NotDisclosureReason = "不是预决算公开文件：是新闻报道（" + Shorten(dateline.Index < 40 ? head : head[dateline.Index..]) + "），文中没有预决算报表";
            return;
        }
        if (ProjectSelfEvaluation.Match(head) is { Success: true } evaluation && head.Contains("项目名称", System.StringComparison.Ordinal) &&
            !DepartmentsAccounts.IsMatch(head) && !NamesADepartment(context))
        {
            // One project's performance self-evaluation (项目支出绩效自评表: its targets, its money, its score) or approved targets
            // (项目支出绩效目标审批表), filed beside the disclosures and often reposted alone, a Word file's metadata above it: no
            // department's budget or final account. The
            // form's own field (项目名称) is in the opening too, not only a contents line naming the form.
            report.NotDisclosureReason = "不是预决算公开文件：是一个项目的绩效表（“" + Around(head, evaluation) + "”），不是部门预决算";
            return;
        }
        if (PeriodsExecution.Match(uncited) is { Success: true } period && !report.Parts.HasTables && !HasUnitsOwnParts(context))
        {
            // A Yunnan research institute's page (现将我单位2021年第二季度部门预算执行情况进行公开): its own money, but spent so far
            // in the year; the rules of a budget or a final account do not apply to it.
            report.NotDisclosureReason = "不是部门预决算公开文件：是一段时间的预算执行情况（“" + Around(uncited, period) + "”），不是全年的部门预算或决算";
            return;
        }
        if (CircularOpening.Match(uncited) is { Success: true } circular && !NamesADepartment(context))
        {
            // A finance bureau's circular of nine projects' evaluation grades across seven units (held-out set AQ, Zhejiang),
            // its title lost on a copied page: figures and 绩效, but nobody's budget.
            report.NotDisclosureReason = "不是预决算公开文件：是通报（“" + Around(uncited, circular) + "”），不是部门预决算";
            return;
        }
        if (MeetingLede.Match(Head(context, 4)) is { Success: true } lede && !NamesADepartment(context))
        {
            // A news report's lede: the day, then who met (4月10日上午，某乡召开第十三届人民代表大会第九次会议). A disclosure opens
            // with its title or its unit, never with the day of a meeting.
            report.NotDisclosureReason = "不是预决算公开文件：是新闻报道（“" + Shorten(lede.Value) + "”），文中没有预决算报表";
            return;
        }
        if (EndsAsWireStory(context) is { } end && !NamesADepartment(context))
        {
            // A wire story's end mark, its dateline lost on a copied page (“新部门”把钱花在哪? … 比2017年增长121.03%。(完)): it
            // quotes several departments' budgets and is none of them.
            report.NotDisclosureReason = "不是预决算公开文件：是新闻报道（文末“" + end + "”），文中没有预决算报表";
            return;
        }
        if (statements < 3 && AboutTheWork(context) is { } work)
        {
            report.NotDisclosureReason = "不是预决算公开文件：是关于预决算公开工作的通知或报道（标题“" + Shorten(work) + "”），文中没有预决算报表" +
                (statements == 0 ? "，也没有预决算数字" : "");
            return;
        }
        // A notice addressed to many (市政府各部门、直属各单位：) is the government's letter to its departments, whatever budget it
        // hands down and however many figures it prints (关于下达2024年市级政府投资预算的通知, a city's, held-out set BC).
        if (notice && (!budgetTitle || statements < 3 || AddressedToMany(context)))
        {
            report.NotDisclosureReason = "不是预决算公开文件：开头是通知、公告或发文（" + Shorten(head) + "），文中没有预决算报表" +
                (statements == 0 ? "，也没有预决算数字" : "");
            return;
        }
        // After the news and the notices, which may count units too (某省111个省级部门向社会公开决算信息) and say better what they are.
        if (ManyUnits(context) is { } many)
        {
            report.NotDisclosureReason = many;
            return;
        }
        if (statements == 0 && !report.Parts.TablesElsewhere && report.Kind == DocumentKind.Unknown)
            report.NotDisclosureReason = "不是预决算公开文件：没有预决算报表，没有收支数字，也没有写明是预算或决算";
        // Figures, but not one word of a budget, a final account or what a disclosure states apart (“三公”, 机关运行经费, 政府
        // 采购, 财政拨款) anywhere: a bureau's annual work summary that counts its spending on schools. A page of the “三公”
        // alone may say neither 预算 nor 决算, and is judged as before.
        else if (statements > 0 && report.Kind == DocumentKind.Unknown && !SaysBudgetOrFinalAccount(context))
            report.NotDisclosureReason = "不是预决算公开文件：全文没有“预算”“决算”“三公”“机关运行经费”“政府采购”或“财政拨款”，也没有预决算报表";
    }

    private static bool SaysBudgetOrFinalAccount(ExtractionContext context)
    {
        foreach (var line in context.Document.Lines)
        {
            // Letter-spaced words (预  算) count too.
            string text = line.Text.Contains(' ') ? line.Text.Replace(" ", "") : line.Text;
            foreach (string word in DisclosureWords)
                if (text.Contains(word, System.StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static readonly string[] DisclosureWords = ["预算", "决算", "預算", "決算", "三公", "機關運行", "机关运行", "政府采购", "政府採購", "财政拨款", "財政撥款",
        "公务接待", "公務接待", "公务用车", "公務用車", "因公出国", "因公出國", "国有资产", "國有資產"];
}
