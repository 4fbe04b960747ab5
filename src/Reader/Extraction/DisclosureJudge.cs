using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using ComplianceGen.Runtime;
using ComplianceGen.Reader.Normalization;

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
    /// reporter named after a paper, a site or a station (（中国青年报·中青在线记者某某）; not 组织中外记者采访), a line that opens
    /// 记者某某 通讯员某某报道 (not a duty such as 负责记者管理和新闻报道, which is inside a sentence), a line that opens with the
    /// reporters after their paper and nothing else (■某某经济报记者 某某 某某, 本报记者 某某; the opening lines are read without their
    /// spaces, so the names run to the line's end; not a 记者站's budget), or a news agency as the page's
    /// source (来源：新华社, 来源：某某日报, on a report another site reposted) or a newspaper's lede (某某商报消息), or any
    /// site's or paper's dateline opening a line (大西北网10月20日讯, a news site's story on a district's “三公”).
    /// </summary>
    [GeneratedRegex(@"(?:新华社|中新社|新华网|人民网|央视网?|总台)[^ ]{0,12}?\d{1,2}月\d{1,2}日(?:电|讯|消息)|(?:^| )[\u4e00-\u9fff]{2,8}?(?:网|报|电视台)\d{1,2}月\d{1,2}日(?:电|讯)|[\u4e00-\u9fff]{1,8}?(?:日报|晚报|早报|时报|商报)(?:网)?消息|来源[:：](?:新华社|中新社|新华网|人民网|人民日报|中国新闻网|央视网?|[\u4e00-\u9fff]{1,8}?(?:日报|晚报|早报|时报|商报|新闻网)(?!社|集团|传媒))|[（(](?:[\u4e00-\u9fff·]{0,14}?(?:报|网|台|社|在线))?记者\s*[\u4e00-\u9fff]{2,4}[）)]|(?:^| )本报[\u4e00-\u9fff]{0,4}\d{1,2}月\d{1,2}日电|(?:^| )[□■]?本报(?!告)[\u4e00-\u9fff]{0,3}讯|(?:^| )[□■]?记者[^ ，。；、]{1,20}?报道|(?:^| )[□■]?[\u4e00-\u9fff]{1,10}?报社?(?:全媒体)?记者(?!站)(?![\u4e00-\u9fff、·]*?(?:预算|决算|经费|公开))[\u4e00-\u9fff、·]{2,16}(?= )")]
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

    /// <summary>A blank template, an audit report (before the government's budget, whose execution its title names), a government's budget, a report to a congress whose title is lost, a place's “三公” summary: each says why, or null.</summary>
    private static readonly System.Func<ExtractionContext, string?>[] OtherKinds = [BlankTemplate, AuditReport, GovernmentBudget, ReportToCongress, PlacesThreePublicSummary];

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

    /// <summary>A news lede: a day, then a meeting held (4月10日上午，某乡召开…会议), at the text's start.</summary>
    [GeneratedRegex(@"^\s*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?\s*[，,]?\s*[^，。；]{1,30}?(?:召开|举行)[^，。；]{0,40}?(?:会议|大会)")]
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
        if (MeetingLede.Match(Head(context, 2)) is { Success: true } lede && !NamesADepartment(context))
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
        if (notice && (!budgetTitle || statements < 3))
        {
            report.NotDisclosureReason = "不是预决算公开文件：开头是通知、公告或发文（" + Shorten(head) + "），文中没有预决算报表" +
                (statements == 0 ? "，也没有预决算数字" : "");
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

    /// <summary>
    /// A blank template: its unit is a placeholder (or not named at all), and it states more of its figures as
    /// placeholders (or leaves their place blank) than as numbers. A disclosure that kept a few of the template's placeholders still names its
    /// unit and states its figures, and is checked.
    /// </summary>
    private static string? BlankTemplate(ExtractionContext context)
    {
        string? unit = context.Report.UnitName?.Value;
        if (unit is not null && !Placeholder.IsMatch(unit)) return null;
        int placeholders = 0, figures = 0;
        string? example = null;
        foreach (var sentence in context.Structure.Sentences)
        {
            if (sentence.InGlossary) continue;
            foreach (Match m in PlaceholderFigure.Matches(sentence.Text))
            {
                placeholders++;
                example ??= m.Value;
            }
            // A template may leave the figure's place blank instead (“收入支出总计    万元”).
            placeholders += StatementExtractor.BlankAmounts(sentence.Text, out string? blank);
            example ??= blank;
            if (!sentence.IsHeading) figures += context.Amounts(sentence).Count;
        }
        if (placeholders < TemplateMinimumPlaceholders || placeholders <= figures) return null;
        return "不是预决算公开文件：是未填写的公开模板（" + (unit is null ? "没有写明单位" : "单位写作“" + unit + "”") +
            $"，{placeholders}处金额或比例是占位符或留空，如“{example}”，实际数字只有{figures}处）；应检查各单位按模板填写后公开的文件";
    }

    /// <summary>
    /// A government's budget or final account (政府预决算: 阳城县2023年政府决算, 关于…预算执行情况和…预算草案的报告) is
    /// published beside the departments' in the same column of a finance bureau's site, and a crawl finds both. Its
    /// requirements are not a department's: it states the place's revenue and spending, not one unit's 机关运行经费,
    /// 政府采购 or assets. It is told by its title, which names a government budget and no department's or unit's,
    /// and by whom it is about: a place (阳城县), not an agency (阳城县财政局), or no one named.
    /// </summary>
    private static string? GovernmentBudget(ExtractionContext context)
    {
        string? unit = context.Report.UnitName?.Value;
        if (unit is not null && !Place.IsMatch(unit)) return null;
        // The title is among the first lines (a cover may print the place and the year above it, a web page its site's
        // name and search box: 阳城县财政局 / 搜索位置 / 匹配度 / 排序 / 阳城县2023年政府决算).
        var (title, m) = TitleLine(context, GovernmentTitle);
        if (title is null)
        {
            // A finance bureau's report of the place's revenue and spending so far (4月，一般公共预算收入累计完成24627万元；全区财政总收入
            // 累计完成41.73亿元, pages of Yunnan and Jiangxi), or of the year's plan (全县一般公共预算收入安排69669万元, a Liaoning
            // county's budget, held-out set AS): the place's taxes and revenue, which no department collects.
            string head = Head(context, 12);
            if (unit is not null || PrintsTables(context)) return null;
            // The plan's report says it arranged the departments' budgets (科学合理的安排了2022年部门预算), in a sentence: only a
            // title naming a department's budget keeps the page a department's.
            var progress = FiscalProgress.Match(head) is { Success: true } soFar && !DepartmentTitle.IsMatch(head) ? soFar
                : PlaceRevenue.Match(head) is { Success: true } planned && !NamesADepartment(context) && !HasUnitsOwnParts(context) && !SpeaksOfItself.IsMatch(head) ? planned : null;
            if (progress is null) return null;
            return "不是部门预决算公开文件：是地方的财政收支（“" + Around(head, progress) + "”说的是地方的财政，不是一个部门的）；部门预决算的规则不适用于它";
        }
        // Its opening names a department's budget, or speaks of the unit itself (2023年本部门“三公”经费预算10万元 under a title
        // 2023年区级一般公共预算“三公”经费预算情况说明): the unit's own page.
        string opening = Head(context, 12);
        if (NamesADepartmentsBudget(opening) || SpeaksOfItself.IsMatch(opening)) return null;
        return "不是部门预决算公开文件：是政府预决算（标题“" + Shorten(title) + "”写的是" + m.Value + "，" +
            (unit is null ? "没有写明部门" : "说的是地区“" + unit + "”，不是一个部门") + "）；部门预决算的规则不适用于它";
    }

    /// <summary>
    /// Whether the opening names a department's or unit's budget (某镇2023年部门预算, 现将我镇2023年部门预算公开如下), not the
    /// departments' budgets of the whole place, which a government's report speaks of (省级部门预算一般性支出进一步压减, 全县部门预算,
    /// 各部门预算).
    /// </summary>
    private static bool NamesADepartmentsBudget(string head)
    {
        for (var m = DepartmentTitle.Match(head); m.Success; m = m.NextMatch())
        {
            var before = System.MemoryExtensions.AsSpan(head, 0, m.Index);
            if (before.Length > 0 && before[^1] is '级' or '各' || before.Length >= 2 && before[^2] == '全') continue;
            return true;
        }
        return false;
    }

    /// <summary>The place's revenue collected so far, as a finance bureau reports it through the year.</summary>
    [GeneratedRegex(@"(?:财政总收入|一般公共预算收入|税收收入|非税收入|政府性基金(?:预算)?收入)累计完成")]
    private static partial Regex FiscalProgress { get; }
    /// <summary>
    /// The whole place's finances, which no department states: its revenue planned or collected (2022年全县一般公共预算收入安排
    /// 69669万元, 1-5月,全县完成财政总收入4348万元, 2014年全国社会保险基金收入37667亿元, a township's 全镇一般公共预算收入4402万元
    /// beside its transfers from above), its government's debt (全市新增地方政府
    /// 债务296.87亿元, 年末全市地方政府债务余额…), or its budget's adjustment (县级财政预算调整方案).
    /// </summary>
    [GeneratedRegex(@"全(?:国|省|市|县|区|州|旗|盟|镇|乡)(?:完成|实现)?(?:地方)?(?:一般公共预算收入|一般财政公共总收入|财政总收入|税收收入|社会保险基金(?:预算)?收入)(?:安排|预计|完成|实现|为|达到)?\s*\d|全(?:国|省|市|县|区|州|旗|盟)[^，。；\s]{0,8}?地方政府债务[^，。；\s]{0,4}?\d|(?<!编制|拟订|拟定|负责|组织|审核|审查)财政预算调整方案")]
    private static partial Regex PlaceRevenue { get; }

    /// <summary>
    /// The finance bureau compiled it: 经长乐区财政局汇总, 经县财政局汇总, 经高新区财政金融局汇总. Not 经费 or 经营 (“三公”经费财政拨款
    /// 汇总表), and not a township's finance office (财政所, 财政办), which compiles the township's own accounts.
    /// </summary>
    [GeneratedRegex(@"经(?![费营济])[\u4e00-\u9fff]{0,12}?财政[\u4e00-\u9fff]{0,2}?(?:局|厅)[\u4e00-\u9fff]{0,4}?汇总")]
    private static partial Regex CompiledByFinance { get; }
    /// <summary>
    /// The whole place's units as its scope: 全市行政单位, 县本级, 区级“三公”经费, 各乡（镇）, 部门及乡镇政府, or the summary template's
    /// 行政单位（含参照公务员法管理的事业单位）、事业单位和其他单位. A department that says the province's finance department compiled
    /// the accounts (经云南省财政厅汇总，…现将普洱市审计局（本级）…) names no such scope.
    /// </summary>
    [GeneratedRegex(@"全(?:省|市|县|区|旗|州)|(?:省|市|县|区|旗|州|盟)(?:本级|级)|各(?:部门|单位|乡|镇|街道)|部门及乡镇|行政单位[（(]含参照公务员法?管理的事业单位[）)]、?事业单位和其他单位")]
    private static partial Regex PlaceWide { get; }
    /// <summary>经汇总 and then the departments of the whole place (区级部门, 县本级各部门, 全市行政单位); not a township's own (全镇), nor a unit's own (本局及所属区级单位).</summary>
    [GeneratedRegex(@"经汇总[，,]?(?:(?![本我所])[^，。；]){0,8}?(?:(?:省|市|县|区|旗)(?:本级|级)|全(?:省|市|县|区|旗))各?(?:部门|单位|行政单位|预算单位)")]
    private static partial Regex PlaceDepartmentsCompiled { get; }
    /// <summary>A place (衢江区, 南安市) right before the year of a “三公” figure, after a clause's start: the place's own total.</summary>
    [GeneratedRegex(@"(?:^|[，,。；：:])\s*(?<place>[\u4e00-\u9fff]{2,10}?)\s*(?:19|20)\d{2}\s*年度?的?[^，。；]{0,12}?[“""]?三公[”""]?经费")]
    private static partial Regex PlaceSpends { get; }
    /// <summary>A unit speaking of itself (我局, 本单位, 本部门): a department's page, whatever place it names.</summary>
    [GeneratedRegex(@"(?:我|本)(?:局|委|办|院|单位|部门|中心|馆|校|所)")]
    private static partial Regex SpeaksOfItself { get; }
    /// <summary>A clause's opening words before a place (按照某县…, 根据某市…, 现将…), and agencies named after an area (某镇中心学区, 某工业园区).</summary>
    [GeneratedRegex(@"^(?:按照|根据|依据|现将|落实|执行|本|我)|(?:学区|园区|景区|保护区|社区|林区|矿区)$")]
    private static partial Regex NotAPlaceName { get; }

    private static bool IsPlaceName(string name) => Place.IsMatch(name) && !Township.IsMatch(name) && !NotAPlaceName.IsMatch(name);

    /// <summary>A title naming a summary of the “三公” spending: 2017年“三公”经费决算汇总情况, 2024年财政拨款“三公”经费预算汇总说明.</summary>
    /// <summary>
    /// A level's or a whole place's “三公” expenses: 省级“三公”经费, 州本级“三公”经费, 区级部门“三公”经费, 2020年度全区“三公”经费决算情况
    /// (a county's summary titled so, whose unit is no agency): at a clause's start or after its year, and not a rule or a
    /// yardstick the page follows (按照全市“三公”经费…要求, 低于全区“三公”经费平均水平).
    /// </summary>
    [GeneratedRegex(@"(?<!按照|根据|依据|遵照|参照|贯彻|对照|执行|落实|按|省(?=市)|市(?=[县区]))(?:省|市|县|区|州|旗|盟)本?级(?:部门)?[“""]?三公|(?<=^|[，。；：,;:\s]|年度?)全(?:省|市|县|区|州|旗|盟)(?:各?部门)?[“""]?三公[”""]?经费(?![^，。；]{0,12}?(?:要求|规定|办法|标准|水平|平均))")]
    private static partial Regex LevelsThreePublic { get; }

    [GeneratedRegex(@"三公”?经费[\u4e00-\u9fff]{0,8}?汇总")]
    private static partial Regex ThreePublicSummaryTitle { get; }
    /// <summary>A title naming the “三公” expenses of departments (部门决算“三公经费”, 部门预算中的“三公”经费): with a place as the unit, its departments'.</summary>
    [GeneratedRegex(@"(?:部门|单位)(?:预算|决算)" + DocumentPartsExtractor.OfThreePublic)]
    private static partial Regex DepartmentsThreePublicTitle { get; }
    /// <summary>A government as a whole (某县人民政府): a place to the place test, but a title of its 部门决算 is its own accounts.</summary>
    [GeneratedRegex(@"政府$")]
    private static partial Regex Government { get; }
    /// <summary>A township or a street (某镇, 某乡, 某街道, 某镇本级): an agency that publishes its own accounts, summaries of its own “三公” included.</summary>
    [GeneratedRegex(@"(?:镇|乡|街道)(?:本级|人民政府|办事处)?$")]
    private static partial Regex Township { get; }

    /// <summary>
    /// A place's “三公” summary: the finance bureau adds up every unit's “三公” spending of a county, a district or a city
    /// (经长乐区财政局汇总，2017年区级“三公”经费…) and publishes the sum beside the departments' disclosures. It is no
    /// department's budget or final account: it states no unit's 收支, 机关运行经费, 政府采购 or assets, so the departments'
    /// completeness rules would call all of them missing. It is told by who compiled it, or by a title naming a “三公”
    /// summary of a place (黔江区本级) or, with a place as the unit, its departments' “三公” expenses (2020年某市部门决算“三公经费”
    /// …情况说明); and it names no agency, no department's or unit's budget in a title (a 部门决算 before “三公” names the expenses), and prints
    /// none of a department's tables other than the “三公” one. A township's or street's summary of its own spending
    /// (某镇人民政府…“三公”经费决算汇总, 某街道2022年“三公”经费决算汇总情况) is its own disclosure, and is checked.
    /// </summary>
    private static string? PlacesThreePublicSummary(ExtractionContext context)
    {
        var report = context.Report;
        string? unit = report.UnitName?.Value;
        bool place = unit is not null && IsPlaceName(unit);
        if (unit is not null && !place) return null;
        if (Tables.TemplateTables.AnyButThreePublic(report.TemplateTables)) return null;
        if (NamesADepartment(context)) return null;
        // 2020年某市部门决算“三公经费”…: with a place as the unit, its departments' “三公” expenses; but 某县人民政府2019年部门决算
        // “三公”经费…: the government names its own accounts so, as a department would.
        string? departmentsTitle = place ? TitleLine(context, DepartmentsThreePublicTitle).Line : null;
        if (departmentsTitle is not null && Government.IsMatch(unit!)) return null;
        var lines = System.Array.ConvertAll(OpeningLines(context), l => Cited.Replace(l, ""));
        string? said = null;
        bool threePublic = false;
        foreach (string own in lines)
        {
            threePublic |= own.Contains("三公", System.StringComparison.Ordinal);
            // The words around who compiled it, not the line's start (a long first sentence cites the rules before it).
            if (said is null && CompiledByFinance.Match(own) is { Success: true } compiled && PlaceWide.IsMatch(own)) said = Around(own, compiled);
            // 经汇总，2023年区级部门（单位）一般公共预算“三公”经费…: compiled over the place's departments, whoever compiled it.
            if (said is null && PlaceDepartmentsCompiled.Match(own) is { Success: true } departments) said = Around(own, departments);
        }
        if (!threePublic) return null;
        if (said is null && place) said = TitleLine(context, ThreePublicSummaryTitle).Line;
        // A page that speaks of itself (本部门, 我局) is a unit's, whatever place it names.
        bool speaksOfItself = said is null && SpeaksOfItself.IsMatch(string.Concat(lines));
        if (said is null && !speaksOfItself) said = departmentsTitle;
        // 衢江区2016年一般公共预算安排“三公”经费决算数2364万元 / 鄂城区2022年的“三公”经费决算数合计为…: the place itself, not an
        // agency, spends the “三公” figure (a department writes 本部门, or its own name).
        if (said is null && !speaksOfItself)
            foreach (string line in lines)
                if (PlaceSpends.Match(line) is { Success: true } spends && IsPlaceName(spends.Groups["place"].Value))
                { said = Around(line, spends); break; }
        // 2016年省级“三公”经费支出2.29亿元, 州本级“三公”经费: the whole level's departments' expenses (a province's news, a
        // prefecture's summary).
        if (said is null && !speaksOfItself)
            foreach (string line in lines)
                if (LevelsThreePublic.Match(line) is { Success: true } level)
                { said = Around(line, level); break; }
        if (said is null) return null;
        return "不是部门预决算公开文件：是地区各单位“三公”经费的汇总（“" + (said.Length <= 62 ? said : Shorten(said)) + "”，" +
            (unit is null ? "未读出部门或单位的名称" : "说的是地区“" + unit + "”，不是一个部门") + "）；部门预决算的规则不适用于它";
    }

    /// <summary>
    /// An audit report (关于2022年度区本级预算执行和其他财政收支的审计报告, …审计结果公告) speaks of a budget's execution and
    /// states its figures, and sits in the same columns, but it is the auditor's report on others' accounts, not a unit's
    /// disclosure. Its title is one of the first twelve lines (a web page prints its share buttons and particulars above
    /// it), or, the title lost, its opening sentence says the bureau audited the budget's execution; it prints none of a
    /// department's tables.
    /// </summary>
    private static string? AuditReport(ExtractionContext context)
    {
        if (PrintsTables(context) || NamesADepartment(context)) return null;
        foreach (string line in TitleLikeLines(context, 12, 60))
            // Not the site's menu or breadcrumb (当前位置：首页>审计结果公告), under which an audit bureau files its own pages.
            if (!Navigation.IsMatch(line) && AuditReportTitle.IsMatch(line))
                return "不是预决算公开文件：是审计报告（标题“" + Shorten(line) + "”），审计机关对预算执行的报告不是部门预决算；部门预决算的规则不适用于它";
        // The announcement itself says so (现将审计结果公告如下); a unit's own page that says its budget was audited does not.
        string head = Head(context, 6);
        if (head.Contains("审计结果", System.StringComparison.Ordinal) && !HasUnitsOwnParts(context) && AuditOpening.Match(head) is { Success: true } audit)
            return "不是预决算公开文件：是审计报告（“" + Around(head, audit) + "”），审计机关对预算执行的报告不是部门预决算；部门预决算的规则不适用于它";
        return null;
    }

    /// <summary>The salutation a report to a people's congress or its standing committee opens with, on a line of its own (主任、各位副主任、各位委员：, 各位代表：, 各位代表、同志们：).</summary>
    [GeneratedRegex(@"^[\u4e00-\u9fff、，,]{0,20}?各位(?:代表|委员)(?:[、，,][\u4e00-\u9fff]{1,6})?[:：]$")]
    private static partial Regex CongressSalutation { get; }

    /// <summary>
    /// Its first sentence, in the first person: the government entrusted the speaker to report to the congress (我受区人民政府的
    /// 委托，向区人大常委会报告…), or the report is put to the congress (受县人民政府委托，现将…提请大会审议). A bureau's duty
    /// (受区政府委托，向区人大常委会报告调整预算及决算等事项) says neither 我 nor 审议.
    /// </summary>
    [GeneratedRegex(@"^(?:[\u4e00-\u9fff、，,]{0,20}?各位(?:代表|委员)[:：])?(?:我受[\u4e00-\u9fff]{0,12}?政府的?委托|受[\u4e00-\u9fff]{0,12}?政府的?委托[^。；;]{0,60}?(?:请予审议|提请[^。；;]{0,12}审议|请予审查))")]
    private static partial Regex EntrustedToReport { get; }

    /// <summary>
    /// A heading of the parts a unit's disclosure opens with: its basics, duties and organisation (一、部门职责, 二、部门基本情况,
    /// 第一部分 某局概况, (一)职能职责). Numbered, so that a report's sentence about duties (认真履行审计监督职责) is none.
    /// </summary>
    [GeneratedRegex(@"^(?:第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])[:：]?[^，。；;,]{0,20}?(?:职责|基本情况|概况|主要职能|机构设置)")]
    private static partial Regex UnitsOwnPartHeading { get; }

    /// <summary>Whether one of the first twelve lines heads a unit's own part.</summary>
    private static bool HasUnitsOwnParts(ExtractionContext context)
    {
        foreach (string line in OpeningLines(context))
            if (UnitsOwnPartHeading.IsMatch(line)) return true;
        return false;
    }

    /// <summary>
    /// A report to a people's congress or its standing committee (or to another body's congress of members): the audit
    /// bureau's report on the budget's execution, the finance bureau's on the budget or the final account, a society's on
    /// its accounts. A page may leave its title out (a site prints it as the page's
    /// heading, which a copy may lose); its opening still says what it is: the salutation to the deputies or the members, or
    /// the sentence that the government entrusted the speaker to report. No department's disclosure opens so; a finance or
    /// audit bureau's duties that say it reports to the congress are no such sentence, and a page with a unit's own parts
    /// (its duties, its basics, its organisation) is a unit's.
    /// </summary>
    private static string? ReportToCongress(ExtractionContext context)
    {
        if (PrintsTables(context) || NamesADepartment(context)) return null;
        var opening = OpeningLines(context);
        string? said = null;
        foreach (string line in opening)
        {
            if (line.Length <= 40 && CongressSalutation.IsMatch(line)) { said = line; break; }
            if (EntrustedToReport.Match(line) is { Success: true } m) { said = Around(line, m); break; }
        }
        if (said is null) return null;
        string head = Head(context, 12);
        // A township's government may publish its own final account as its report to the township's congress, with a
        // unit's parts (一、单位基本情况 (一)职能职责 (二)机构设置, a page of Chongqing): that is its disclosure.
        if (HasUnitsOwnParts(context)) return null;
        return head.Contains("审计", System.StringComparison.Ordinal)
            ? "不是部门预决算公开文件：是审计工作报告（“" + Shorten(said) + "”），审计机关对预算执行的报告不是部门预决算；部门预决算的规则不适用于它"
            : "不是部门预决算公开文件：是向代表大会或其常委会所作的报告（“" + Shorten(said) + "”），不是一个部门的预决算公开；部门预决算的规则不适用于它";
    }

    /// <summary>
    /// Whether the file prints a template table: the disclosure's tables, or the “三公” table of a unit's “三公” section published
    /// on its own, which is not the disclosure's tables (<see cref="Runtime.DocumentParts.HasTables"/> is false then) but is a
    /// unit's table all the same, as no notice, news report or linking page prints.
    /// </summary>
    private static bool PrintsTables(ExtractionContext context) =>
        context.Report.Parts.HasTables || context.ThreePublicSectionAlone && context.Report.TemplateTables.ThreePublic;

    /// <summary>
    /// Whether one of the first twelve lines is a title naming a department's or unit's budget (某市审计局2022年度部门决算); not
    /// one whose 部门决算 only says whose “三公” expenses follow (2020年某市部门决算“三公经费”…).
    /// </summary>
    private static bool NamesADepartment(ExtractionContext context) => AnyTitleLikeLine(context, 12, DepartmentTitle);

    /// <summary>The first lines that may be a title: short, and without a sentence's stops (占支出总预算的95.57%，… is prose).</summary>
    private static IEnumerable<string> TitleLikeLines(ExtractionContext context, int lines, int maxLength)
    {
        var opening = OpeningLines(context);
        for (int i = 0; i < opening.Length && i < lines; i++)
            if (opening[i] is var line && line.Length <= maxLength && line.IndexOfAny(SentenceStops) < 0) yield return line;
    }

    /// <summary>A match with a few words either side, marked “…” where the text goes on.</summary>
    private static string Around(string text, Match m)
    {
        int start = System.Math.Max(0, m.Index - 12), end = System.Math.Min(text.Length, m.Index + m.Length + 24);
        return (start > 0 ? "…" : "") + text[start..end] + (end < text.Length ? "…" : "");
    }

    /// <summary>The first of the first six lines that is a title (not a sentence: 占支出总预算的95.57%，…) and matches <paramref name="pattern"/>, and its match.</summary>
    private static (string? Line, Match Match) TitleLine(ExtractionContext context, Regex pattern)
    {
        // Six, not three: a cover may print the place and the year above the title, a web page its site's name and search box.
        foreach (string line in TitleLikeLines(context, 6, 40))
            if (pattern.Match(line) is { Success: true } m) return (line, m);
        return (null, Match.Empty);
    }

    private static readonly char[] SentenceStops = ['，', '。', '；', ',', ';', '%'];

    /// <summary>The first non-blank lines, joined without spaces.</summary>
    private static string Head(ExtractionContext context, int lines)
    {
        var opening = OpeningLines(context);
        int count = System.Math.Min(lines, opening.Length);
        return count == 0 ? "" : string.Join(' ', opening, 0, count) + ' ';
    }

    /// <summary>A title about the disclosure work (认真开展2022年度决算公开工作, 做好部门预算公开工作): a report on the work, not the disclosure.</summary>
    private static string? AboutTheWork(ExtractionContext context) => FirstTitleLikeLine(context, 6, WorkTitle);

    [GeneratedRegex(@"(?:预算|决算|预决算)(?:信息)?公开工作$")]
    private static partial Regex WorkTitle { get; }

    private static bool NumberedLine(ExtractionContext context) => AnyTitleLikeLine(context, 12, DocumentNumber);

    private static bool AnyTitleLikeLine(ExtractionContext context, int lines, Regex pattern) => FirstTitleLikeLine(context, lines, pattern) is not null;

    /// <summary>The first of the first <paramref name="lines"/> lines that may be a title and matches <paramref name="pattern"/>, or null.</summary>
    private static string? FirstTitleLikeLine(ExtractionContext context, int lines, Regex pattern)
    {
        foreach (string line in TitleLikeLines(context, lines, 40))
            if (pattern.IsMatch(line)) return line;
        return null;
    }

    /// <summary>How long a particular's value printed on the line after its label may be.</summary>
    private const int MaxParticularValue = 16;

    /// <summary>A line of a page's particulars: a label of the site's table (in brackets, after a bar or alone before one), not its source line.</summary>
    [GeneratedRegex(@"^[\[【|｜•·]*(?:索引号|发文字号|文号|主题分类|体裁分类|组配分类|发布机构|发文机构|发文机关|发布日期|发文日期|成文日期|生成日期|有效性|公开方式|公开时限|公开范围|所属机构|责任部门)[\]】]?(?:(?<sep>[|｜:：])|$)")]
    private static partial Regex Particulars { get; }

    /// <summary>A line of the site's navigation: a breadcrumb (您的位置：首页 > 通知公告), a menu (网站首页 校务公开 公告公示), or a column's name alone.</summary>
    [GeneratedRegex(@"首页|位置[:：]|^(?:通知|公告|公示|通告){2}$")]
    private static partial Regex Navigation { get; }

    /// <summary>
    /// The first non-blank lines as <see cref="Head"/> joins them, the site's navigation left out; a breadcrumb's last step is
    /// kept when it is longer than a column's name, since it may be the page's own title (当前位置：首页>通知公告>关于…的通知).
    /// </summary>
    private static string HeadWithoutNavigation(ExtractionContext context, int lines, bool withoutListItems = false)
    {
        var opening = OpeningLines(context);
        var kept = new List<string>(lines);
        for (int i = 0; i < opening.Length && i < lines; i++)
        {
            string line = opening[i];
            // An item of a list, in sentences, is no title: a unit's duties (1.承办省人大会议…会议简报、新闻宣传等准备工作;)
            // make no notice.
            if (withoutListItems && ListItem.IsMatch(line) && line.IndexOfAny(SentenceStops) >= 0) continue;
            if (!Navigation.IsMatch(line)) { kept.Add(line); continue; }
            int step = line.LastIndexOfAny(BreadcrumbSteps);
            if (step >= 0 && line.Length - step - 1 > 8) kept.Add(line[(step + 1)..]);
        }
        return kept.Count == 0 ? "" : string.Join(' ', kept) + ' ';
    }

    [GeneratedRegex(@"^(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[）)])")]
    private static partial Regex ListItem { get; }

    private static readonly char[] BreadcrumbSteps = ['>', '＞', '»', '›', '/'];

    private static string[] OpeningLines(ExtractionContext context, int lines = 12) =>
        // Up to twelve lines are asked for by every check: they are read once per document.
        context.OpeningLines ??= ReadOpening(context, lines);

    private static string[] ReadOpening(ExtractionContext context, int lines)
    {
        var opening = new List<string>(lines);
        bool valueNext = false;
        foreach (var line in context.Document.Lines)
        {
            if (line.IsBlank) continue;
            string text = WhiteSpace.Removed(line.Text);
            // A government site's table of the page's particulars (索引号, 发布机构, 成文日期 …, a row or a line each, or a label
            // alone on its line with its value on the next) is the site's, above the document: its dozen lines would push the
            // document's title out of the opening, and its values (体裁分类 / 财政预算、决算) are the site's words.
            if (valueNext)
            {
                valueNext = false;
                // A value is short (a date, a code, a name); a longer line after a label left empty is the document's own.
                if (!Particulars.IsMatch(text) && text.Length <= MaxParticularValue) continue;
            }
            // Not a line that also names the page's source (发布日期：… 来源：某某日报) or a document's number (发文字号：某府办发
            // 〔2021〕3号): the news and notice tests read them.
            if (Particulars.Match(text) is { Success: true } particular && !text.Contains("来源", System.StringComparison.Ordinal) && !DocumentNumber.IsMatch(text))
            {
                // A label alone on its line (• 索引号, 体裁分类：), not a cell of a table's row (| 有效性 |), has its value on the next line.
                valueNext = particular.Length == text.Length && particular.Groups["sep"].Value is not ("|" or "｜");
                continue;
            }
            opening.Add(text);
            if (opening.Count == lines) break;
        }
        return opening.ToArray();
    }

    private static IEnumerable<string> Limit(IReadOnlyList<string> items, int count)
    {
        for (int i = 0; i < items.Count && i < count; i++) yield return items[i];
    }

    private static string Shorten(string text)
    {
        string t = text.Trim();
        return t.Length <= 60 ? t : t.Substring(0, 60) + "…";
    }
}
