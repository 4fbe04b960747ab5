using System.Text.RegularExpressions;
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
public sealed class UnitMentionExtractor : ISentenceExtractor
{
    /// <summary>A unit's name: up to 30 characters ending in a kind of unit; shared with <see cref="YearStatementExtractor"/>.</summary>
    internal const string UnitName =
        @"(?<u>(?![本我该])[\u4e00-\u9fff（）()]{1,30}?(?:委员会|联合会|办公室|协会|科协|中心|政府|学校|公司|局|委|办|会|院|所|馆|站|部|厅|处|室|队|社|团|署|校|园))";

    private const string Reports =
        @"(?=收入|支出|一般公共预算|政府性基金|国有资本|机关运行经费|政府采购|“三公”|""三公""|三公|无|没有|未|共有|部门(?:预算|决算)|预算|决算|年初|本年|当年|财政拨款)";

    private static readonly Regex Subject = new(
        @"^\s*(?:第[一二三四五六七八九十\d]+部分\s*|[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*)?" +
        @"(?:(?:19|20)\d{2}\s*年度?\s*[，,]?\s*)?(?:纳入)?" + UnitName +
        @"\s*(?:(?:19|20)\d{2}\s*年度?)?\s*" + Reports,
        RegexOptions.Compiled);

    private static readonly Regex TableTitle = new(@"^" + UnitName + @"(?:(?:19|20)\d{2}年度?)?" + Reports, RegexOptions.Compiled);

    public void Extract(Sentence sentence, ExtractionContext context)
    {
        if (ExtractionContext.InGlossary(sentence)) return;
        var m = Subject.Match(sentence.Text);
        if (!m.Success) return;
        var name = m.Groups["u"];
        context.Report.UnitMentions.Add(new UnitMention { Name = new TextFact(name.Value, sentence.EvidenceFor(name.Index, name.Length)) });
    }

    /// <summary>Table titles are not sentences; they name the unit the tables are about.</summary>
    public static void FromTableTitles(ExtractionContext context)
    {
        foreach (var table in context.Structure.Tables)
        {
            if (table.Title is null) continue;
            var m = TableTitle.Match(table.Title);
            if (m.Success)
                context.Report.UnitMentions.Add(new UnitMention { Name = new TextFact(m.Groups["u"].Value, table.TitleEvidence) });
        }
    }
}
