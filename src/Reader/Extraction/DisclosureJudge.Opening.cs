using System.Collections.Generic;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Normalization;

namespace ComplianceGen.Reader.Extraction;

// How the judge reads a page's opening: its first lines without the site's navigation and particulars, the lines that may
// be a title, and the short quotes its reasons give.
public static partial class DisclosureJudge
{
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

    /// <summary>
    /// The first lines that may be a title: short, without a sentence's stops (占支出总预算的95.57%，… is prose), and not a credit of
    /// the source (政策来源:教育部2019年度部门决算, under a news story: the disclosure it quotes, not the page's title).
    /// </summary>
    private static IEnumerable<string> TitleLikeLines(ExtractionContext context, int lines, int maxLength)
    {
        var opening = OpeningLines(context);
        for (int i = 0; i < opening.Length && i < lines; i++)
            if (opening[i] is var line && line.Length <= maxLength && line.IndexOfAny(SentenceStops) < 0 && !SourceCredit.IsMatch(line)) yield return line;
    }

    [GeneratedRegex(@"^[\u4e00-\u9fff]{0,4}来源[:：]")]
    private static partial Regex SourceCredit { get; }

    /// <summary>Whether one of the first twelve lines, whole, matches <paramref name="pattern"/>.</summary>
    private static bool AnyOpeningLine(ExtractionContext context, Regex pattern)
    {
        foreach (string line in OpeningLines(context))
            if (pattern.IsMatch(line)) return true;
        return false;
    }

    /// <summary>A letter's addressees, many of them, on a line of their own (市政府各部门、直属各单位：, 各乡镇人民政府，县政府各部门：); not 各位代表：, a report's hearers.</summary>
    private static bool AddressedToMany(ExtractionContext context) => AnyOpeningLine(context, Addressees);

    [GeneratedRegex(@"^[\u4e00-\u9fff（）()]{0,12}?各(?!位)[\u4e00-\u9fff、，,（）()]{1,40}[:：]$")]
    private static partial Regex Addressees { get; }

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
