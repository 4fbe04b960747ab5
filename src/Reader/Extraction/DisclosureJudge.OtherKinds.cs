using System.Text.RegularExpressions;

namespace ComplianceGen.Reader.Extraction;

// The documents of other kinds that print tables and many figures, told before the table test: a blank template, an audit
// report, a government's budget or the place's finances, a report to a congress, a place's “三公” summary.
public static partial class DisclosureJudge
{
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
    /// A page about many units, its title counting them (2017年预算81个单位未公开政府采购安排情况说明, a county finance office's
    /// explanation, held-out set BB); told after the news and the notices, which may count units too. A disclosure is one
    /// unit's: a department that counts its own units names itself first (某局及所属3个单位2024年部门预算), so the page must name
    /// no unit, print no tables, hold none of a unit's own parts and not speak of itself (本部门由本级及所属12个单位组成).
    /// </summary>
    private static string? ManyUnits(ExtractionContext context)
    {
        if (context.Report.UnitName is not null || PrintsTables(context) || HasUnitsOwnParts(context)) return null;
        if (SpeaksOfItself.IsMatch(Head(context, 12))) return null;
        var (title, _) = TitleLine(context, UnitsCounted);
        return title is null ? null
            : "不是部门预决算公开文件：说的是多个部门或单位（标题“" + Shorten(title) + "”），不是一个部门的预决算；部门预决算的规则不适用于它";
    }

    /// <summary>A count of units or departments (81个单位, 111个省级部门, 52家预算单位), not a department's own (所属12个单位, 含5个单位).</summary>
    [GeneratedRegex(@"(?<!\d|所属|下属|含)\d+\s*(?:个|家)(?:[省市县区]级)?(?:预算)?(?:部门|单位)")]
    private static partial Regex UnitsCounted { get; }

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
            if (FiscalProgress.Match(head) is { Success: true } soFar && !DepartmentTitle.IsMatch(head)) return PlaceFinances(head, soFar);
            return PlaceFinancesIn(context, head, PlaceRevenue);
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
    /// beside its transfers from above, a district's 全区地方教育经费总收入144682.33万元 in its yearly education funding bulletin),
    /// its government's debt (全市新增地方政府
    /// 债务296.87亿元, 年末全市地方政府债务余额…), or its budget's adjustment (县级财政预算调整方案).
    /// </summary>
    [GeneratedRegex(@"全(?:国|省|市|县|区|州|旗|盟|镇|乡)(?:完成|实现)?(?:地方)?(?:一般公共预算收入|一般财政公共总收入|财政总收入|税收收入|社会保险基金(?:预算)?收入)(?:安排|预计|完成|实现|为|达到)?\s*\d|全(?:国|省|市|县|区|州|旗|盟)[^，。；\s]{0,8}?地方政府债务[^，。；\s]{0,4}?\d|(?<!编制|拟订|拟定|负责|组织|审核|审查)财政预算调整方案|全(?:国|省|市|县|区|州|旗|盟)(?:地方)?教育经费总(?:收入|投入)\s*\d")]
    private static partial Regex PlaceRevenue { get; }

    /// <summary>A place's own level's revenue or spending (2022年度某区本级一般公共预算支出数为459989万元).</summary>
    [GeneratedRegex(@"(?:省|市|县|区|旗|州|盟)本级(?:一般公共预算|政府性基金预算|国有资本经营预算)(?:收入|支出)(?:决算数|预算数|数)?(?:为|完成|安排)?\s*\d")]
    private static partial Regex LevelRevenue { get; }

    /// <summary>
    /// A government's own level's accounts explained without a title line (现将2022年区本级财政总决算相关重要事项说明如下 /
    /// 2022年度某区本级一般公共预算支出数为459989万元, a district of Fujian, held-out set BC): told after the reports to a congress,
    /// which state such figures too and say better what they are, with the guards of the place's revenue.
    /// </summary>
    private static string? PlacesOwnLevel(ExtractionContext context) =>
        context.Report.UnitName is null && !PrintsTables(context) ? PlaceFinancesIn(context, Head(context, 12), LevelRevenue) : null;

    /// <summary>
    /// The place's finances, when the opening states them (<paramref name="pattern"/>) on a page that names no department in a
    /// title, heads none of a unit's own parts and does not speak of itself (我局, 本单位): the guards of every such test.
    /// </summary>
    private static string? PlaceFinancesIn(ExtractionContext context, string head, Regex pattern) =>
        pattern.Match(head) is { Success: true } m && !NamesADepartment(context) && !HasUnitsOwnParts(context) && !SpeaksOfItself.IsMatch(head)
            ? PlaceFinances(head, m) : null;

    private static string PlaceFinances(string head, Match m) =>
        "不是部门预决算公开文件：是地方的财政收支（“" + Around(head, m) + "”说的是地方的财政，不是一个部门的）；部门预决算的规则不适用于它";

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

    /// <summary>
    /// A level's or a whole place's “三公” expenses: 省级“三公”经费, 州本级“三公”经费, 区级部门“三公”经费, 中央本级“三公”经费 (the central
    /// departments together, in the news), 2020年度全区“三公”经费决算情况
    /// (a county's summary titled so, whose unit is no agency): at a clause's start or after its year, and not a rule or a
    /// yardstick the page follows (按照全市“三公”经费…要求, 低于全区“三公”经费平均水平).
    /// </summary>
    [GeneratedRegex(@"(?<!按照|根据|依据|遵照|参照|贯彻|对照|执行|落实|按|省(?=市)|市(?=[县区]))(?:省|市|县|区|州|旗|盟|中央)本?级(?:部门)?[“""]?三公|(?<=^|[，。；：,;:\s]|年度?)全(?:省|市|县|区|州|旗|盟)(?:各?部门)?[“""]?三公[”""]?经费(?![^，。；]{0,12}?(?:要求|规定|办法|标准|水平|平均))")]
    private static partial Regex LevelsThreePublic { get; }

    /// <summary>A title naming a summary of the “三公” spending: 2017年“三公”经费决算汇总情况, 2024年财政拨款“三公”经费预算汇总说明.</summary>
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
    private static bool HasUnitsOwnParts(ExtractionContext context) => AnyOpeningLine(context, UnitsOwnPartHeading);

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
}
