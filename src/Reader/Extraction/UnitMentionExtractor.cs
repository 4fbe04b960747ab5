using System;
using System.Buffers;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Normalization;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// Units named as the subject of a budget statement: at the start of a sentence (after its
/// numbering and an optional year), a name ending in a kind of unit (局, 协会, 中心, 部 …) directly
/// followed by what it reports (收入, 支出, 无, 政府采购, “三公”, 部门决算 …). Also the unit a
/// table title names ("上海市XX局2024年度部门决算表"). Names in lists of subordinate units, in
/// glossary entries and in narrative ("经区财政局批复") are not subjects and are left out.
/// </summary>
public sealed partial class UnitMentionExtractor : ISentenceExtractor
{
    /// <summary>A unit's name: up to 30 characters ending in a kind of unit; shared with <see cref="YearStatementExtractor"/>.</summary>
    internal const string UnitName =
        @"(?<u>(?!本(?:部门|单位|局|委|办|院|所|站|校|会|中心|机关|级|县|市|区|省|州|镇|乡|年|月|次|项))(?![我该])[\u4e00-\u9fff（）()]{1,30}?(?:委员会|联合会|办公室|协会|科协|中心|政府|学校|公司|局|委|办|会|院|所|馆|站|部|厅|处|室|队|社|团|署|校|园))";

    private const string Reports =
        @"(?=收入|支出|一般公共预算|政府性基金|国有资本|机关运行经费|政府采购|“三公”|""三公""|三公|无|没有|未|共有|部门(?:预算|决算)|预算|决算|年初|本年|当年|财政拨款)";

    [GeneratedRegex(@"^\s*(?:第[一二三四五六七八九十\d]+部分\s*|[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*)?" +
        @"(?:(?:19|20)\d{2}\s*年度?\s*[，,]?\s*)?(?:纳入)?" + UnitName +
        @"\s*(?:(?:19|20)\d{2}\s*年度?)?\s*" + Reports)]
    internal static partial Regex Subject { get; }

    [GeneratedRegex(@"^" + UnitName + @"(?:(?:19|20)\d{2}年度?)?" + Reports)]
    private static partial Regex TableTitle { get; }

    /// <summary>The last character of every kind of unit <see cref="UnitName"/> ends with (委员会, 科协, 中心, 政府, 局 …).</summary>
    private static readonly SearchValues<char> KindEnds = SearchValues.Create("会室协心府校司局委办院所馆站部厅处队社团署园");

    /// <summary>Whether <paramref name="name"/> ends as a unit's name does: in a kind of unit, or in a bracket (<c>无锡市教育局（本级）</c>).</summary>
    internal static bool EndsAsUnitName(ReadOnlySpan<char> name) => !name.IsEmpty && (KindEnds.Contains(name[^1]) || name[^1] is '）' or ')');

    /// <summary>The first character of every word of <see cref="Reports"/>, and the 1 or 2 of a year printed before it.</summary>
    private static readonly SearchValues<char> ReportStarts = SearchValues.Create("收支一政国机“\"三无没未共部预决年本当财12");

    /// <summary>
    /// Whether <see cref="Subject"/> may match: a name ends in a kind of unit and what it reports follows, past white space
    /// and a year. A sentence with no such pair anywhere is turned away before the engine starts. Most sentences have none,
    /// and on each the pattern tries every length of name, with and without the numbering, the year and 纳入 before it.
    /// </summary>
    internal static bool MayNameSubject(string text)
    {
        var rest = text.AsSpan();
        for (int at = rest.IndexOfAny(KindEnds); at >= 0; at = rest.IndexOfAny(KindEnds))
        {
            rest = rest[(at + 1)..];
            var next = rest.TrimStart();
            if (!next.IsEmpty && ReportStarts.Contains(next[0])) return true;
        }
        return false;
    }

    public void Extract(Sentence sentence, ExtractionContext context)
    {
        if (sentence.InGlossary || !MayNameSubject(sentence.Text)) return;
        var m = Subject.Match(sentence.Text);
        if (!m.Success) return;
        var name = m.Groups["u"];
        if (!Plausible(name.Value)) return;
        context.Report.UnitMentions.Add(new UnitMention { Name = new TextFact(name.Value, sentence.EvidenceFor(name.Index, name.Length)) });
    }

    /// <summary>
    /// Words of narrative, headings and classification that never belong to a unit's name; 机构设置 and 概况 are a part's
    /// heading printed without a number, run on into the sentence under it (某区城市管理行政执法局机构设置 / 某区城市管理行政执法局部门
    /// 预算包括…).
    /// </summary>
    [GeneratedRegex(@"说明|原因|部分|情况|（[类款项]）|本年|主要|根据|按照|查处|其中|用于|增加|减少|机构设置|概况")]
    private static partial Regex NotAName { get; }

    /// <summary>A unit's name starts with its place (省/市/区/县 …, within six characters) or with 中共: a fragment of a heading or a sentence does not.</summary>
    [GeneratedRegex(@"^(?:中共|中国共产党)|^[\u4e00-\u9fff]{0,6}?[省市区县州盟旗]")]
    private static partial Regex StartsWithPlace { get; }

    private static bool Plausible(string name) => !NotAName.IsMatch(name) && StartsWithPlace.IsMatch(name);

    [GeneratedRegex(@"(?<![无没不未])(?:下属|所属|下设|直属)|二级预算单位|预算单位(?:包括|有|共)|单位构成|部门构成|纳入[^。；]{0,10}?(?:编制范围|部门预算)|纳入[^。；]{2,20}?(?:19|20)\d{2}\s*年度?\s*(?:部门|单位)(?:预算|决算)\s*(?:编制|编报|汇编)")]
    private static partial Regex ListsUnits { get; }

    /// <summary>
    /// Marks the mentions of units the document itself lists as its own subordinates: named in a sentence that
    /// lists units (下属…单位, 二级预算单位, 纳入编制范围, or the department whose accounts take the unit in, 纳入某县教育局2021年部门
    /// 决算编制范围的二级决算单位包括：…, which names the parent, not another unit's copied text), or as a row of a table (its 预算单位 column).
    /// </summary>
    public static void MarkSubordinates(ExtractionContext context)
    {
        if (context.Report.UnitMentions.Count == 0) return;
        var listing = new System.Text.StringBuilder();
        foreach (var sentence in context.Structure.Sentences)
            if (ListsUnits.IsMatch(sentence.Text)) listing.Append(sentence.Text).Append('|');
        // A department's document that gives each of its units a part of its own heads the part with the unit's name
        // alone (四、深圳市生态环境监测站, （二）福州市医疗保障基金中心): the unit is the department's, whether or not a table
        // lists it too (a web page may print the tables as attachments).
        // Two such headings at least (the department's own office, 一、深圳市生态环境局（本级）, and a unit's), so that one heading
        // copied from another unit's text hides nothing; the department's own office is not marked, since it is the unit itself.
        int unitHeadings = 0;
        var headed = new System.Text.StringBuilder();
        foreach (var heading in context.Structure.Headings)
        {
            if (!HeadingNamesUnit(heading.Match.Title, out bool ownOffice)) continue;
            unitHeadings++;
            if (!ownOffice) headed.Append(heading.Match.Title).Append('|');
        }
        if (unitHeadings >= 2) listing.Append(headed);
        // A narrow 预算单位 column wraps a unit's name over rows ("深圳市环境科学" / "研究院"): the labels are also read run together.
        var labels = new System.Text.StringBuilder();
        foreach (var table in context.Report.Tables)
            foreach (var row in table.Rows)
                if (row.Label is not null)
                {
                    listing.Append(row.Label.Value).Append('|');
                    labels.Append(row.Label.Value);
                }
        string listed = listing.ToString().Replace(" ", "");
        string runTogether = labels.ToString().Replace(" ", "");
        foreach (var mention in context.Report.UnitMentions)
        {
            string name = mention.Name?.Value.Replace(" ", "") ?? "";
            if (name.Length >= 4 && (listed.Contains(name, System.StringComparison.Ordinal) || runTogether.Contains(name, System.StringComparison.Ordinal)))
                mention.IsListedSubordinate = true;
        }
    }

    [GeneratedRegex(@"^" + UnitName + @"(?:[（(]本级[）)])?$")]
    private static partial Regex UnitNameAlone { get; }

    /// <summary>Whether a heading's title is a unit's name and nothing else; <paramref name="ownOffice"/> when it is marked 本级.</summary>
    private static bool HeadingNamesUnit(string title, out bool ownOffice)
    {
        string name = WhiteSpace.Removed(title);
        ownOffice = name.EndsWith("本级）", StringComparison.Ordinal) || name.EndsWith("本级)", StringComparison.Ordinal);
        // A numbered item of spending cut at the line's end (十四、城乡社区支出(类)…其他城乡社) is no unit, whatever it ends in.
        return name.Length is >= 4 and <= 40 && EndsAsUnitName(name) && !name.Contains("支出", StringComparison.Ordinal)
            && UnitNameAlone.IsMatch(name) && Plausible(name);
    }

    /// <summary>Table titles are not sentences; they name the unit the tables are about.</summary>
    public static void FromTableTitles(ExtractionContext context)
    {
        foreach (var table in context.Structure.Tables)
        {
            if (table.Title is null) continue;
            var m = TableTitle.Match(table.Title);
            if (m.Success && Plausible(m.Groups["u"].Value))
                context.Report.UnitMentions.Add(new UnitMention { Name = new TextFact(m.Groups["u"].Value, table.TitleEvidence) });
        }
    }
}
