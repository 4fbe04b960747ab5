using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Normalization;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// Unit name, fiscal year and document kind, from the title block when there is one
/// ("攀枝花市西区科学技术协会2024年 / 部门预算编制说明", "2020年度芙蓉区科学技术协会整体支出绩效 /
/// 报告"), else from headings and the first sentences that name the unit with a year; a page with none of these names its
/// unit as the subject of one of its first statements (<see cref="FromOpeningSubject"/>, once the sentences are read).
/// </summary>
public static partial class IdentityExtractor
{
    // A date (天津市宝坻区人民政府 2019年12月3日星期二, a site's banner above the title) names no fiscal year.
    [GeneratedRegex(@"^(?<unit>[^\d]{2,40}?)\s*(?<year>(?:19|20)\d{2})\s*年度?(?!\s*\d{1,2}\s*月)")]
    private static partial Regex UnitThenYear { get; }
    /// <summary>
    /// The year, then the unit, then what the title is of; the unit stops before a fund's name too (2023年广东省财政厅一般公共预算
    /// 财政拨款“三公”经费支出决算情况说明: the unit is 广东省财政厅, not 广东省财政厅一般公共).
    /// </summary>
    [GeneratedRegex(@"^(?<year>(?:19|20)\d{2})\s*年度?(?<unit>[^\d]{2,40}?)(?=整体支出|部门预算|部门决算|单位预算|单位决算|一般公共预算|政府性基金预算|国有资本经营预算|财政拨款|预算|决算|绩效)")]
    private static partial Regex YearThenUnit { get; }
    /// <summary>A year before the kind: 2022年部门预算, 2017年度决算, and 2022年单位预算 (a unit's own budget, as a Hubei school titles it).</summary>
    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})\s*年度?\s*(?:部门|单位)?(?:预算|决算)")]
    private static partial Regex KindYear { get; }
    /// <summary>A year and a kind on one line, in either order and whatever between (2026 部门预算情况的说明, 部门决算（2024年度）).</summary>
    [GeneratedRegex(@"(?:19|20)\d{2}.*(?:预算|决算)|(?:预算|决算).*(?:19|20)\d{2}")]
    private static partial Regex YearAndKind { get; }
    private static readonly Regex[] UnitInProse = [UnitBeforeYearInProse, YearBeforeUnitInProse];
    [GeneratedRegex(@"纳入(?<unit>[^\d，。；,;]{2,40}?)\s*(?<year>(?:19|20)\d{2})\s*年度?\s*部门(?:决算|预算)")]
    private static partial Regex UnitBeforeYearInProse { get; }
    [GeneratedRegex(@"^(?<year>(?:19|20)\d{2})\s*年度?\s*[，,]?\s*(?<unit>[^\d，。；,;]{4,40}?(?:局|委|委员会|协会|办公室|中心|院|馆|站|所|会|部|厅|处|政府|学校))(?=收入|支出|部门|财政|收支|机关)")]
    private static partial Regex YearBeforeUnitInProse { get; }

    /// <summary>
    /// A cover's field naming the unit: 预算主管部门：…, 单位名称：…, and a form's 部门（单位）全称：… (a performance self-report's
    /// cover), the form's colon full-width or not. A stamp's place after it ((公章), (盖章), (单位签章)) is no part of the name.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:预算主管部门|主管部门|单位名称|部门名称|预算单位|编制部门|部门)\s*：|(?:(?:部门|单位)\s*[（(]\s*(?:单位|部门)\s*[）)]\s*(?:全称|名称)|(?:部门|单位)全称)\s*[：:])\s*(?<unit>(?:(?![（(][^）)]{0,4}章[）)])[^\s，。；：:]){2,40})")]
    private static partial Regex DeclaredUnit { get; }
    [GeneratedRegex(@"(?<![\d])(?<year>(?:19|20)\d{2})(?![\d])")]
    private static partial Regex FileYear { get; }

    public static void Extract(ExtractionContext context)
    {
        var report = context.Report;
        // A cover that names the unit outright ("预算主管部门：上海市普陀区文化和旅游局") beats the title.
        for (int i = 0; i < context.Document.Lines.Count && i < 20; i++)
        {
            var line = context.Document.Lines[i];
            var d = DeclaredUnit.Match(line.Text);
            if (!d.Success) continue;
            var u = d.Groups["unit"];
            if (!IsDeclaredName(u.Value)) continue;
            report.UnitName = new TextFact(u.Value, MappedText.Of(line).EvidenceFor(u.Index, u.Length));
            break;
        }
        var structure = context.Structure;
        var title = new MappedText();
        var titleLines = DocumentTitleLines(structure.TitleLines);
        foreach (var line in titleLines)
        {
            var (start, end) = TitleSpan(line.Text);
            title.Append(line, start, end - start);
        }
        string titleText = title.Text.Replace(" ", "");

        report.Kind = KindOf(titleText);
        // A performance report's text speaks of budgets and final accounts throughout, so its headings and words would make it one
        // of those: a title line of its own below a web page's lines names it (部门整体支出及项目支出绩效评价报告).
        if (report.Kind == DocumentKind.Unknown && NamesAPerformanceReport(context)) report.Kind = DocumentKind.PerformanceReport;
        if (report.Kind == DocumentKind.Unknown)
        {
            foreach (var heading in structure.Headings.OrderBy(h => h.Level))
            {
                report.Kind = KindOf(heading.Match.Title);
                if (report.Kind != DocumentKind.Unknown) break;
            }
        }

        if (title.Length > 0)
        {
            // Match against the spaced title so offsets map back; spaces are dropped from the values.
            string t = title.Text;
            var m = YearThenUnit.Match(t);
            if (!m.Success) m = UnitThenYear.Match(t);
            if (m.Success)
            {
                SetYear(report, m.Groups["year"], title);
                var unit = m.Groups["unit"];
                string printed = unit.Value.Replace(" ", "").Trim(), name = WithoutKindWord(printed);
                // The evidence ends where the name does: before the 部门 or 单位 left out, or the name's second printing.
                int length = name.Length == printed.Length ? unit.Length : Shortened(unit.Value, name);
                if (report.UnitName is null && IsName(name))
                    report.UnitName = new TextFact(name, title.EvidenceFor(unit.Index, length));
                else if (report.UnitName is null && !GovernmentReport.IsMatch(t) && AboutTitleUnit(unit.Value) is var (at, span) && IsName(unit.Value.Substring(at, span))
                         && !FinanceBureau.IsMatch(unit.Value.Substring(at, span)))
                    report.UnitName = new TextFact(unit.Value.Substring(at, span), title.EvidenceFor(unit.Index + at, span));
            }
            else if (titleText.Length >= 2 && KindYear.IsMatch(t) is false && titleLines.Count > 1
                     && titleLines[0].Trimmed is var firstName && IsName(firstName) && EndsAsTitledUnit(firstName))
            {
                // "上海市普陀区财政局 / 2024年度部门决算": the unit is the line above the year. A line that does not end as a unit's
                // name does (a site's tool bar, 页面 / 配色, 登录 | 注册) names none.
                var first = titleLines[0];
                string name = first.Text.Trim();
                var second = MappedText.Of(titleLines[1]);
                var y = KindYear.Match(second.Text);
                if (y.Success) SetYear(report, y.Groups["year"], second);
                // Only above a line of the year and the kind (2024年度部门决算, 2026 部门预算情况的说明): a site's name over its table
                // of particulars (• 某市教育体育局 / • 索引号 / …, the page's own title further down naming a school) is the
                // publisher, not the unit.
                if (y.Success || YearAndKind.IsMatch(second.Text))
                    report.UnitName ??= new TextFact(name, MappedText.Of(first).EvidenceFor(first.Text.IndexOf(name, System.StringComparison.Ordinal), name.Length));
            }
        }
        if (report.UnitName is null || report.Year is null) FromTitleLine(context, titleNamedNothing: report.UnitName is null && report.Year is null);
        if (report.Year is null)
        {
            foreach (var heading in structure.Headings)
            {
                var mapped = MappedText.Of(heading.Line);
                var y = KindYear.Match(mapped.Text);
                // (一)财政拨款收支与2018年度决算对比情况: the year compared with, not the document's.
                if (y.Success && ComparedYear.IsMatch(mapped.Text.AsSpan(0, y.Index))) continue;
                if (y.Success) { SetYear(report, y.Groups["year"], mapped); break; }
            }
        }
        if (report.UnitName is null || report.Year is null)
        {
            foreach (var sentence in structure.Sentences)
            {
                foreach (var pattern in UnitInProse)
                {
                    var m = pattern.Match(sentence.Text);
                    if (!m.Success) continue;
                    if (report.UnitName is null)
                        report.UnitName = new TextFact(m.Groups["unit"].Value, sentence.EvidenceFor(m.Groups["unit"].Index, m.Groups["unit"].Length));
                    if (report.Year is null && int.TryParse(m.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int year))
                        report.Year = new CountFact(year, sentence.EvidenceFor(m.Groups["year"].Index, 4));
                }
                if (report.UnitName is not null && report.Year is not null) break;
            }
        }
        if (report.UnitName is null || report.Year is null) FromRunningHeaders(context);
        if (report.UnitName is null) FromPartHeading(context);
        if (report.UnitName is null) FromTableHeads(context);
        if (report.Kind == DocumentKind.Unknown)
        {
            // No title or heading says it: count the words in headings and prose as a last resort.
            int budget = 0, final = 0;
            foreach (var s in structure.Sentences)
            {
                // 一般公共预算 and the other funds' names, and a final account's 年初预算 / 完成预算, name no budget.
                string text = NotTheKind.Replace(WithoutBoth(s.Text), "");
                if (text.Contains("决算")) final++;
                if (text.Contains("预算")) budget++;
            }
            report.Kind = final > 0 && final * 2 >= budget ? DocumentKind.FinalAccount : budget > 0 ? DocumentKind.Budget : DocumentKind.Unknown;
        }
        if (report.Year is null) FromOpeningStatements(context);
        if (report.Year is null || report.Kind == DocumentKind.Unknown) FromFileName(context);
    }

    /// <summary>The length of <paramref name="printed"/> (spaced as the title prints it) up to the end of <paramref name="name"/>, its first characters.</summary>
    private static int Shortened(string printed, string name)
    {
        int at = 0;
        for (int kept = 0; at < printed.Length && kept < name.Length; at++)
            if (printed[at] != ' ') kept++;
        return at;
    }

    /// <summary>
    /// A name without the 部门 or 单位 a title prints after it before the year (<c>北京市信访办公室部门 2026 年度部门预算</c>): the
    /// word belongs to 部门预算 / 单位预算, and no unit's name ends in it.
    /// </summary>
    private static string WithoutKindWord(string name)
    {
        // A name printed twice over (a site's name over the article's title, both read as title lines) is the name once.
        if (name.Length >= 8 && name.Length % 2 == 0 && name.AsSpan(0, name.Length / 2).SequenceEqual(name.AsSpan(name.Length / 2))) name = name[..(name.Length / 2)];
        // 某区教育体育局（汇总）, 某乡人民政府（部门）: the scope of the accounts (all the units together), not part of the name;
        // （本级）, the department's own office alone, is kept, as the corpus's titles use it to tell two documents apart.
        foreach (var scope in ScopeMarks)
            if (name.Length > scope.Length + 3 && name.EndsWith(scope, System.StringComparison.Ordinal)) return name[..^scope.Length];
        // 北京市水务局及所属单位 keeps its 单位: what is left must end as a unit's name does (局, 委员会, 中心 …, or a bracket).
        return name.Length >= 6 && (name.EndsWith("部门", System.StringComparison.Ordinal) || name.EndsWith("单位", System.StringComparison.Ordinal))
            && UnitMentionExtractor.EndsAsUnitName(name.AsSpan(0, name.Length - 2)) ? name[..^2] : name;
    }

    private static readonly string[] ScopeMarks = ["（汇总）", "(汇总)", "（部门）", "(部门)"];

    /// <summary>
    /// Words read where a unit's name stands that name no unit: "2026 年度部门预算" gives "部门" there, "本单位预算" gives
    /// "本单位". The unit is then read elsewhere (the prose, a running header, the table heads).
    /// </summary>
    private static bool IsName(string name) =>
        name.Length >= 2 && !name.Contains("部门预算") && !name.Contains("部门决算") && !GenericName.IsMatch(name) && !NotInAName.IsMatch(Bracketed.Replace(name, ""));

    /// <summary>
    /// A declared value that names a unit: not a note (部门: (略)) nor a web form's prompt (部门:请选择), so it ends as a unit's
    /// name does, or as a township of Inner Mongolia (某苏木), an area's agency (某经济技术开发区), a unit's own office (…本级) or its
    /// offices (…机关) do.
    /// </summary>
    private static bool IsDeclaredName(string value) => !IsNoteAlone(value) && (EndsAsTitledUnit(value) || "木区级关".Contains(value[^1]));

    /// <summary>A declared value that is a note alone (部门: (略), a page's text read from a picture with the name left out): it names no unit.</summary>
    private static bool IsNoteAlone(string value) => Bracketed.Replace(value, "").Length < 2;

    /// <summary>What a name puts in brackets (中共某县委宣传部（县新闻出版局、县版权局）): other names of the same office, where 、 is at home.</summary>
    [GeneratedRegex(@"[（(][^）)]*[）)]")]
    private static partial Regex Bracketed { get; }

    /// <summary>
    /// What no unit's name holds: quotation marks, an enumeration's 、, a sentence's end mark (a news headline's 过紧日子!2021年…;
    /// a name whose characters an encoding lost to ? is no name either), 经费, 情况说明, 关于 (a heading read where a title would be:
    /// 七、一般公共预算“三公”经费情况说明), a report's name (a report's title over its year: 部门整体支出绩效评价自评报告 / (2023年度));
    /// 报告 inside a name is kept (某省报告文学学会).
    /// </summary>
    [GeneratedRegex(@"[“”""、!！?？。]|经费|情况说明|关于|(?:评价|自评|工作|审计|决算|预算|执行)报告|报告[（(]?$")]
    private static partial Regex NotInAName { get; }

    /// <summary>Words that stand where a unit's name would and name none: the unit itself (本部门, 单位, 部门（单位）), or a fund (2022年一般公共预算“三公”经费决算 gives 一般公共), or the public finances (2023年财政决算情况 gives 财政, 2023年全县财政收支预算
    /// 全县财政收支).</summary>
    [GeneratedRegex(@"^(?:(?:本|我|该)?(?:部门|单位|机关)(?:整体)?|(?:部门|单位)[（(](?:部门|单位)[）)]|(?:全(?:省|市|县|区|旗)|(?:省|市|县|区|旗)?本级|(?:省|市|县|区|旗)级)?(?:一般公共|政府性基金|国有资本经营|社会保险基金|财政拨款|财政)(?:预算)?(?:财政拨款)?(?:收支)?|全(?:省|市|县|区|旗)收支|全(?:省|市|县|区|旗|州|盟)|(?:省|市|县|区|旗|州|盟)?本级|(?:省|市|县|区|旗|州|盟)级)$")]
    private static partial Regex GenericName { get; }

    /// <summary>
    /// A web page's own banner, slogans and telephone numbers above the document (<c>欢迎来到某市中医医院</c> /
    /// <c>24小时应诊电话:…</c> / <c>国家三级甲等中医医院</c> / <c>2023年度某市中医医院单位决算</c>) are read as its title block,
    /// and the block then names no unit or year. The document's own title is still one of the first lines, on a line of its
    /// own: unit, year and kind (<see cref="TitleLine"/>), or year, unit and kind. The first such line gives what the block did not.
    /// </summary>
    private static void FromTitleLine(ExtractionContext context, bool titleNamedNothing)
    {
        var report = context.Report;
        var lines = context.Document.Lines;
        var candidates = new List<SourceLine>();
        for (int i = 0; i < lines.Count && candidates.Count < MaxTitleLineSearch; i++)
            if (!lines[i].IsBlank) candidates.Add(lines[i]);
        // "2026年部门（单位）预算情况说明": a title that names the year and the kind, and no unit. Its year is the document's only
        // when no title further down names a unit (a side menu's 2023年部门决算 over 某局2024年部门预算 is not).
        (Group Year, MappedText Text)? unnamed = null;
        // A title on one line first; then one printed over two (2021年度 / 某乡人民政府部门决算, 某市卫生健康委 / 2023年部门预算编制说明).
        foreach (bool pairs in new[] { false, true })
        {
            for (int i = 0; i + (pairs ? 1 : 0) < candidates.Count; i++)
            {
                if (!MayBeTitleLine(candidates[i]) || pairs && !MayBeTitleLine(candidates[i + 1])) continue;
                // A numbered line (a heading's or the contents') is a title on its own or not at all: with the line above it, a note (（公开表格附后）)
                // would be read as the unit.
                if (pairs && (Headings.Match(candidates[i].Text) is not null || Headings.Match(candidates[i + 1].Text) is not null)) continue;
                var (start, end) = TitleSpan(candidates[i].Text);
                var mapped = MappedText.Of(candidates[i], start, end - start);
                if (pairs)
                {
                    (start, end) = TitleSpan(candidates[i + 1].Text);
                    mapped.Append(candidates[i + 1], start, end - start);
                }
                var text = mapped.Text;
                if (text.AsSpan().IndexOfAny("预决绩") < 0) continue;
                var m = YearFirstTitleLine.Match(text);
                if (!m.Success) m = TitleLine.Match(text);
                if (!m.Success) continue;
                var unit = m.Groups["unit"];
                string printed = unit.Value.Replace(" ", "").Trim(), name = WithoutKindWord(printed);
                if (GenericName.IsMatch(printed)) unnamed ??= (m.Groups["year"], mapped);
                if (!IsTitledName(name)) continue;
                SetYear(report, m.Groups["year"], mapped);
                int length = name.Length == printed.Length ? unit.Length : Shortened(unit.Value, name);
                report.UnitName ??= new TextFact(name, mapped.EvidenceFor(unit.Index, length));
                // The lines read as the title named neither unit nor year: they were the site's (长沙市财政预算公开_…), not the
                // document's, and the document's title says its kind.
                if (titleNamedNothing && KindOf(text.Replace(" ", "")) is var kind and not DocumentKind.Unknown) report.Kind = kind;
                return;
            }
        }
        if (unnamed is { } year) SetYear(report, year.Year, year.Text);
    }

    /// <summary>
    /// The unit of a title written as a letter's subject, 关于…的说明 (pages of four Sichuan cities): before 关于 (某院 / 关于财政拨款
    /// “三公”经费预算 / 2014年情况的说明), or after it up to the money the title speaks of (关于某局2019年…, 关于某局 / 财政拨款“三公”
    /// 经费预算2014年情况的说明). Where in <paramref name="printed"/> (the title's words before the year) the name stands, or null
    /// when the words there do not end as a unit's name does or hold a space.
    /// </summary>
    private static (int Start, int Length)? AboutTitleUnit(string printed)
    {
        int about = printed.IndexOf("关于", StringComparison.Ordinal);
        if (about < 0) return null;
        // Words before 关于 that are only a bracket's note ((贵州省)关于某县…的报告) name no unit: the words after it may.
        bool before = about > 0 && printed[0] is not ('（' or '(' or '[' or '【');
        int start = before ? 0 : about + 2;
        int end = before ? about : printed.Length;
        var money = TitleMoney.Match(printed, start, end - start);
        if (money.Success) end = money.Index;
        while (start < end && WhiteSpace.Is(printed[start])) start++;
        while (end > start && WhiteSpace.Is(printed[end - 1])) end--;
        if (end - start < 2 || printed.AsSpan(start, end - start).IndexOf(' ') >= 0 || !EndsAsTitledUnit(printed[start..end])) return null;
        return (start, end - start);
    }

    /// <summary>
    /// A report on a government's budget (某县财政局关于2022年县本级财政决算的报告, 关于某开发区管委会2022年财政决算的报告): the
    /// agency that reports is not whose accounts they are, and the judge tells the report by its place or by no unit named.
    /// </summary>
    [GeneratedRegex(@"财政(?:总?预算|总?决算|收支)|预算执行|预算草案|决算草案|本级(?:财政)?(?:预算|决算)")]
    private static partial Regex GovernmentReport { get; }

    /// <summary>The money a 关于 title speaks of, right after the unit's name.</summary>
    [GeneratedRegex(@"财政拨款|一般公共预算|[“""]?三公|部门(?:预算|决算)|(?:预算|决算)")]
    private static partial Regex TitleMoney { get; }

    /// <summary>A name a title line gives that is a unit's: four characters at least, not a bracket's note, not a sentence's opening, ending as a unit's name does.</summary>
    private static bool IsTitledName(string name) =>
        name.Length >= 4 && name[0] is not ('（' or '(') && IsName(name) && EndsAsTitledUnit(name) && !ProseOpening.IsMatch(name);

    /// <summary>
    /// Where a title line's own words are: after the tag of the site's column (<c>【财政预算】某镇政府2020年部门预算</c>), the
    /// label of a page's table of particulars (<c>名 称 | 某局2016年部门预算说明 | 索引号 | …</c>) or the number of a line of the
    /// contents (<c>二、某中心2021年度部门决算表</c>, on a page with no title), and before that table's next cell.
    /// </summary>
    private static (int Start, int End) TitleSpan(string text)
    {
        var frame = TitleFrame.Match(text);
        int start = frame.Success ? frame.Length : 0;
        // A line of the contents is numbered as a heading is: its title starts where the heading's would.
        if (Headings.Match(text) is { } numbered) start = Math.Max(start, numbered.TitleStart);
        while (start < text.Length && WhiteSpace.Is(text[start])) start++;
        int end = text.AsSpan(start).IndexOfAny('|', '｜') is var bar and >= 0 ? start + bar : text.Length;
        while (end > start && WhiteSpace.Is(text[end - 1])) end--;
        return (start, end);
    }

    [GeneratedRegex(@"^\s*(?:[•·●▪◆■]\s*)?(?:【[^】]{1,12}】\s*)*(?:(?:(?:信息|文件|文章)?名\s*称|标\s*题|题\s*名)\s*[|｜:：]\s*)?")]
    private static partial Regex TitleFrame { get; }

    /// <summary>A line short enough to be a title, with no sentence's stops (纳入…部门决算编制范围的二级预算单位包括：is prose).</summary>
    private static bool MayBeTitleLine(SourceLine line)
    {
        var text = line.Trimmed;
        return text.Length <= 60 && text.AsSpan().IndexOfAny("，。；：,;:") < 0 && !IsFileName(text);
    }

    /// <summary>How many non-blank lines from the top the document's own title may stand below a web page's banner.</summary>
    private const int MaxTitleLineSearch = 40;

    /// <summary>A document's title on a line of its own: the unit, the year, and the kind right after it (<c>某市中医医院2023年度单位决算</c>).</summary>
    [GeneratedRegex(@"^\s*(?<unit>[^\d\s，。；：:]{2,40}?)\s*(?<year>(?:19|20)\d{2})\s*年度?\s*" + TitleKind)]
    private static partial Regex TitleLine { get; }

    /// <summary>What a title says the document is: a budget or final account, or a performance report (整体支出绩效评价报告).</summary>
    private const string TitleKind = @"(?:(?:部门|单位)?\s*(?:预算|决算)|(?:一般公共预算)?(?:财政拨款)?[“""]?三公[”""]?经费(?:支出)?(?:预算|决算)|(?:整体支出|项目支出|部门整体)?\s*绩效[^，。；\d]{0,6}?(?:评价|自评)?\s*报告)";

    /// <summary>The same, year first (<c>2023年度某市中医医院单位决算</c>).</summary>
    [GeneratedRegex(@"^\s*(?<year>(?:19|20)\d{2})\s*年度?\s*(?<unit>[^\d\s，。；：:]{2,40}?)\s*" + TitleKind)]
    private static partial Regex YearFirstTitleLine { get; }

    /// <summary>
    /// The lines read as the title without the web page's own lines above the document's: everything down to the last line
    /// that holds a site's words (欢迎, 网站, 首页, 专栏, 登录 …), a file's name (an attachment's link, 某局2021年度部门决算.pdf)
    /// or only a page number. Left as they are when nothing would be left.
    /// </summary>
    private static List<SourceLine> DocumentTitleLines(List<SourceLine> lines)
    {
        int last = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Trimmed;
            if (SiteFrame.IsMatch(text) || SiteColumn.IsMatch(text) || IsFileName(text) || IsPageNumber(text) || IsBreadcrumb(text)) last = i;
        }
        var block = last < 0 || last == lines.Count - 1 ? lines : lines.GetRange(last + 1, lines.Count - last - 1);
        // A line that is a whole title on its own (海口市中级人民法院2021年…“三公”经费支出决算情况说明: a unit, a year and a kind)
        // starts the title: a site's slogan or column printed above it (深化司法公开 促进司法公正 / 财务数据) is no part of the name.
        // Not when the line above is the name's first part: it ends with a joining word (某市人力资源和 / 社会保障局2023年…) or as a
        // unit's name does (中共某市委机构编制委员会 / 办公室2023年…).
        for (int i = block.Count - 1; i > 0; i--)
            if (IsWholeTitle(block[i].Trimmed) && !ContinuesBelow(block[i - 1].Trimmed)) return block.GetRange(i, block.Count - i);
        return block;
    }

    private static bool ContinuesBelow(string line) => line.Length > 0 && (line[^1] is '和' or '与' or '及' or '、' || EndsAsTitledUnit(line));

    private static bool IsWholeTitle(string line)
    {
        var (start, end) = TitleSpan(line);
        string t = line[start..end];
        if (KindOf(t.Replace(" ", "")) == DocumentKind.Unknown) return false;
        var m = YearThenUnit.Match(t);
        if (!m.Success) m = UnitThenYear.Match(t);
        if (!m.Success) return false;
        return IsTitledName(WithoutKindWord(m.Groups["unit"].Value.Replace(" ", "").Trim()));
    }

    /// <summary>What a web site prints around a document, and no document's title holds (注册 alone is in 注册会计师协会).</summary>
    [GeneratedRegex(@"欢迎|网站|首页|专栏|栏目|门户|政府网|搜索|当前位置|现在位置|您的位置|登录|用户注册|无障碍|关怀版|长者模式|简体|繁体|字体|打印本页|分享")]
    private static partial Regex SiteFrame { get; }

    /// <summary>A line that is only the name of the site's column the page sits in (政府信息公开, 通知公告, 财政预决算).</summary>
    [GeneratedRegex(@"^(?:政府)?信息公开$|^政务公开$|^通知公告$|^(?:财政|部门)?预决算(?:公开|及.{0,10})?$|^文章标题")]
    private static partial Regex SiteColumn { get; }

    /// <summary>A file's name, as a page prints an attachment's link (<c>某局2021年度部门决算公开说明.pdf</c>): the web page reader's test.</summary>
    private static bool IsFileName(string text) => Documents.HtmlLoader.IsDocument(text);

    /// <summary>The site's trail to the page (<c>政务公开 > 某镇人民政府 > 预算/决算</c>): two steps or more.</summary>
    private static bool IsBreadcrumb(string text)
    {
        int first = text.AsSpan().IndexOfAny(Documents.HtmlLoader.TrailArrows);
        return first >= 0 && text.AsSpan(first + 1).IndexOfAny(Documents.HtmlLoader.TrailArrows) >= 0;
    }

    private static bool IsPageNumber(string text) => text.Length is > 0 and <= 3 && text.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>Words that open a sentence, not a unit's name (关于2023年度部门决算的说明, 根据…).</summary>
    // Not 本 or 将 alone: 本溪市 and 将乐县 are places.
    [GeneratedRegex(@"^(?:关于|根据|按照|纳入|经过|对于|本(?:部门|单位|机关|局|委|院|中心)|我(?:局|委|院|办|单位|部门|中心)|该(?:局|单位|部门))")]
    private static partial Regex ProseOpening { get; }

    /// <summary>
    /// Whether a name read from a title line ends as a unit's does: the kinds of unit prose names (<see cref="UnitMentionExtractor.EndsAsUnitName"/>)
    /// and those a title also names: 镇, 乡, 街道, 中学, 联 (妇联, 残联), 场 (林场), 台 (气象台), 宫 (少年宫), 库, 监狱, 养护段, 厂.
    /// </summary>
    private static bool EndsAsTitledUnit(string name) => UnitMentionExtractor.EndsAsUnitName(name) || "镇乡道学联场台宫库狱段厂".Contains(name[^1]);

    private const int MinPerformanceTitle = 10;

    /// <summary>Whether one of the first lines, a title on its own (short, no sentence's stops, no heading's number), names a performance report.</summary>
    private static bool NamesAPerformanceReport(ExtractionContext context)
    {
        int seen = 0;
        foreach (var line in context.Document.Lines)
        {
            if (line.IsBlank) continue;
            if (++seen > 12) break;
            // A title names whose spending it evaluates (部门整体支出…绩效评价报告); a site's menu item is shorter (绩效自评报告).
            if (MayBeTitleLine(line) && line.Trimmed.Length >= MinPerformanceTitle && Headings.Match(line.Text) is null
                && KindOf(line.Trimmed.Replace(" ", "")) == DocumentKind.PerformanceReport) return true;
        }
        return false;
    }

    /// <summary>
    /// The year of a page without a title or a heading that gives it (a page cut from a site after its title): the year one of
    /// its first statements opens with, stating the unit's totals (2018年度收入总计13,398.8万元, 本部门2019年度财政拨款本年收入…) or its
    /// “三公” figures (2024年“三公”经费预算2万元, 2017年一般公共预算财政拨款“三公”经费决算20.2万元, a “三公” page on its own)
    /// or naming its accounts (2023年部门预算…, …“三公”经费预算2014年情况如下). Comparisons come after (与2017年度相比) and open no
    /// statement; of two years that open statements, the later is the document's.
    /// </summary>
    private static void FromOpeningStatements(ExtractionContext context)
    {
        var sentences = context.Structure.Sentences;
        CountFact? first = null;
        for (int i = 0; i < sentences.Count && i < MaxYearStatements; i++)
        {
            var sentence = sentences[i];
            if (OpeningYear.Match(sentence.Text) is not { Success: true } m) continue;
            var year = m.Groups["year"];
            if (!int.TryParse(year.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int value)) continue;
            // Statements that open with two years: the later is the document's, the earlier the year before's outturn that a
            // budget reports beside its own, first (一、2022年“三公”经费预算执行情况 … 二、2023年“三公”经费预算安排情况) or after
            // (一、2022年“三公”经费预算安排情况 … 二、2021年“三公”经费决算情况, Inner Mongolia, held-out set AO).
            if (first is null || value > first.Value) first = new CountFact(value, sentence.EvidenceFor(year.Index, year.Length));
        }
        if (first is not null) context.Report.Year = first;
    }
    private const int MaxYearStatements = 12;

    /// <summary>A statement's number, if it has one: （一）, 1、, 二.</summary>
    private const string LeadingNumber = @"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,2}[、.．])?";

    [GeneratedRegex(@"(?:与|比|较|同)\s*$")]
    private static partial Regex ComparedYear { get; }

    // Or the accounts named first and their year after them, as a Sichuan template of 2014 opens a unit's “三公” page (pages of
    // Meishan and Dazhou): 某检察院财政拨款“三公”经费预算2014年情况如下.
    [GeneratedRegex(@"^\s*" + LeadingNumber + @"\s*(?:本部门|本单位|我单位|本院|我院|本局|我局)?\s*(?<year>(?:19|20)\d{2})\s*年度?\s*(?:收、?支总计|收支总计|收入|支出|部门(?:预算|决算)|单位(?:预算|决算)|财政拨款|一般公共预算|[“""]?三公)|^\s*" + LeadingNumber + @"[^，。；：:\d]{2,40}?(?:预算|决算)\s*(?<year>(?:19|20)\d{2})\s*年度?的?(?:执行)?情况")]
    private static partial Regex OpeningYear { get; }

    /// <summary>How many of the first sentences may name the unit as their subject when nothing above them does.</summary>
    private const int OpeningSubjectSentences = 3;

    /// <summary>
    /// The unit of a page without a title (a “三公” section published on its own, an excerpt): the unit one of its first
    /// sentences states figures for (<see cref="UnitMentionExtractor"/>'s subjects), unless the page lists it as one of its own
    /// subordinate units.
    /// </summary>
    internal static void FromOpeningSubject(ExtractionContext context)
    {
        var sentences = context.Structure.Sentences;
        if (sentences.Count == 0) return;
        // Where the sentence after the first ones starts (line and column: a paragraph of a web page or a .docx is one line).
        var after = sentences.Count > OpeningSubjectSentences ? sentences[OpeningSubjectSentences].Evidence : null;
        bool Opening(Evidence e) => after is null || e.Line < after.Line || e.Line == after.Line && e.Column < after.Column;
        foreach (var mention in context.Report.UnitMentions)
        {
            if (mention.IsListedSubordinate || mention.Name is not { } name || name.Evidence is not { } evidence || !Opening(evidence)) continue;
            // 2016年省财政厅预算安排“因公出国（境）费”15万元: the finance bureau allots other units' budgets, and is named so in theirs.
            if (!IsName(name.Value) || FinanceBureau.IsMatch(name.Value)) continue;
            context.Report.UnitName = name;
            return;
        }
        // Or the unit its overview opens with, saying what it is (某区残疾人联合会为区级部门预算单位, 某街道办事处属区级直属单位,
        // 主要负责：某区疾病预防控制中心是由政府举办…).
        for (int i = 0; i < sentences.Count && i < OpeningSubjectSentences; i++)
        {
            var sentence = sentences[i];
            if (OverviewSubject.Match(sentence.Text) is not { Success: true } m) continue;
            var unit = m.Groups["unit"];
            if (!IsTitledName(unit.Value)) continue;
            context.Report.UnitName = new TextFact(unit.Value, sentence.EvidenceFor(unit.Index, unit.Length));
            return;
        }
    }

    /// <summary>A sentence that opens with a unit's name and says what the unit is: 是, 为, 属, 系 (after its number, （一）, or a label such as 主要负责：).</summary>
    [GeneratedRegex(@"^\s*" + LeadingNumber + @"\s*(?:[^，。；：:]{0,8}[：:]\s*)?(?<unit>[\u4e00-\u9fff（）()]{4,30}?)(?:是|为|属|系)(?!\d)")]
    private static partial Regex OverviewSubject { get; }

    [GeneratedRegex(@"财政(?:局|厅|部)$")]
    private static partial Regex FinanceBureau { get; }

    /// <summary>A running header often names the unit and year ("无锡市统计局2026年部门预算").</summary>
    private static void FromRunningHeaders(ExtractionContext context)
    {
        var report = context.Report;
        foreach (var header in context.Document.RunningHeaders)
        {
            string text = header.Replace(" ", "");
            var m = YearThenUnit.Match(text);
            if (!m.Success) m = UnitThenYear.Match(text);
            if (!m.Success) continue;
            // Running headers are out of the text flow: the evidence is the title block, where the finding will point.
            if (report.Year is null && int.TryParse(m.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int year))
                report.Year = new CountFact(year, new Evidence(0, 0, header.Trim()));
            string unit = m.Groups["unit"].Value.Trim();
            if (report.UnitName is null && IsName(unit))
                report.UnitName = new TextFact(unit, new Evidence(0, 0, header.Trim()));
            if (report.Kind == DocumentKind.Unknown) report.Kind = KindOf(text);
            // A header that names no unit ("2026年度部门预算") leaves the unit to the next one.
            if (report.UnitName is not null) return;
        }
    }

    /// <summary>
    /// A document without a title of its own (a web page that starts at its 目录) still names its unit where the template
    /// opens its first part: <c>第一部分 某市民政局概况</c>, <c>第一部分 某街道办事处部门概况</c>, <c>一、某县中医院概况</c>.
    /// </summary>
    private static void FromPartHeading(ExtractionContext context)
    {
        var lines = context.Document.Lines;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Text.IndexOf('况') < 0 && line.Text.IndexOf('介') < 0) continue;
            var m = PartOverview.Match(line.Text);
            if (!m.Success) continue;
            var unit = m.Groups["unit"];
            if (!IsName(unit.Value) || !EndsAsTitledUnit(unit.Value) || ProseOpening.IsMatch(unit.Value)) continue;
            context.Report.UnitName = new TextFact(unit.Value, MappedText.Of(line).EvidenceFor(unit.Index, unit.Length));
            return;
        }
    }

    [GeneratedRegex(@"^\s*(?:第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,2}、)\s*[:：]?\s*(?<unit>[^\d\s，。；：:、]{4,40}?)\s*(?:部门|单位){0,2}\s*(?:基本)?(?:概况|情况|简介)\s*$")]
    private static partial Regex PartOverview { get; }

    /// <summary>
    /// A part of a document published alone may be its tables only, each headed "部门：中共江苏省委办公厅  单位：万元". When
    /// nothing else named the unit, the unit two or more table heads declare, the one most of them declare, is the document's.
    /// </summary>
    private static void FromTableHeads(ExtractionContext context)
    {
        var counts = new Dictionary<string, (int Count, SourceLine Line, Group Unit)>(StringComparer.Ordinal);
        foreach (var line in context.Document.Lines)
        {
            if (line.Text.IndexOf('：') < 0) continue;
            var d = DeclaredUnit.Match(line.Text);
            if (!d.Success || !IsDeclaredName(d.Groups["unit"].Value)) continue;
            var u = d.Groups["unit"];
            counts[u.Value] = counts.TryGetValue(u.Value, out var seen) ? (seen.Count + 1, seen.Line, seen.Unit) : (1, line, u);
        }
        (int Count, SourceLine Line, Group Unit) best = default;
        bool tie = false;
        foreach (var entry in counts.Values)
        {
            if (entry.Count > best.Count) { best = entry; tie = false; }
            else if (entry.Count == best.Count) tie = true;
        }
        if (best.Count >= 2 && !tie && best.Line is { } head && best.Unit is { } unit)
            context.Report.UnitName = new TextFact(unit.Value, MappedText.Of(head).EvidenceFor(unit.Index, unit.Length));
    }

    /// <summary>The last resort: the year and kind the file's name gives (a part published alone may print neither).</summary>
    private static void FromFileName(ExtractionContext context)
    {
        var report = context.Report;
        string name = System.IO.Path.GetFileNameWithoutExtension(context.Document.Path);
        if (report.Year is null)
        {
            var y = FileYear.Match(name);
            if (y.Success && int.TryParse(y.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int year))
                report.Year = new CountFact(year, new Evidence(0, 0, System.IO.Path.GetFileName(context.Document.Path)));
        }
        if (report.Kind == DocumentKind.Unknown)
        {
            var kind = KindOf(name);
            if (kind == DocumentKind.Unknown && name.Contains("budget", System.StringComparison.OrdinalIgnoreCase)) kind = DocumentKind.Budget;
            if (kind == DocumentKind.Unknown && (name.Contains("final", System.StringComparison.OrdinalIgnoreCase) || name.Contains("account", System.StringComparison.OrdinalIgnoreCase))) kind = DocumentKind.FinalAccount;
            report.Kind = kind;
        }
    }

    [GeneratedRegex(FundNames.Pattern + @"|预算单位|年初预算|全年预算|调整预算|完成预算|(?:比|较|与)预算")]
    private static partial Regex NotTheKind { get; }

    /// <summary>The text without 预决算 (budgets and final accounts together: a site's 财政预决算 column, 预决算公开), which names neither kind.</summary>
    // A site's column named for both (预决算, 预算/决算 in its trail) says nothing of the kind.
    private static string WithoutBoth(string text) => text.Contains("决算", System.StringComparison.Ordinal) ? BothKinds.Replace(text, "") : text;
    [GeneratedRegex(@"预决算|预算\s*[/／、和及与]\s*决算")]
    private static partial Regex BothKinds { get; }

    private static DocumentKind KindOf(string text)
    {
        // A fund's name says no kind: "二、2021年度一般公共预算财政拨款“三公”经费支出情况说明" heads a final account's section (an
        // Anhui district office's page, whose table above is titled …支出决算表). When no title or heading says one, the words
        // of the prose are counted, fund names left out there too.
        text = FundNames.Any.Replace(WithoutBoth(text), "");
        if (text.Contains("绩效") && (text.Contains("报告") || text.Contains("自评"))) return DocumentKind.PerformanceReport;
        if (text.Contains("决算")) return DocumentKind.FinalAccount;
        if (text.Contains("预算")) return DocumentKind.Budget;
        return DocumentKind.Unknown;
    }

    private static void SetYear(DisclosureReport report, Group group, MappedText text)
    {
        if (report.Year is not null) return;
        if (int.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int year))
            report.Year = new CountFact(year, text.EvidenceFor(group.Index, group.Length));
    }
}
