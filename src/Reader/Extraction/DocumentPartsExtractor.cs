using System.Collections.Generic;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Normalization;
using ComplianceGen.Reader.Tables;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// What the file holds of a disclosure (<see cref="Runtime.DocumentParts"/>): explanatory prose that states
/// figures, the template's tables, or only the names of tables published elsewhere (a contents page or an
/// 附件 line listing 收支总表, 收入总表 … with none of them printed).
/// </summary>
public static partial class DocumentPartsExtractor
{

    [GeneratedRegex(@"^(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]?\s*|附件\d*[:：]?\s*|附表\d*[:：]?\s*)*(?<name>.{2,40}?表(?:（[^（）]{1,10}）)?)(?:[.…·\s\d]*)$")]
    private static partial Regex ListedTable { get; }

    /// <summary>Runs after every table is known, those read and those found by their title only (<see cref="TitledTables"/>).</summary>
    public static void Extract(ExtractionContext context)
    {
        var parts = context.Report.Parts;

        // A cover, a contents page or a file of tables states no figure in prose and has no section that explains.
        parts.HasExplanation = Statements(context) > 0 || context.Structure.Headings.Exists(h => Explains(h.Match.Title));
        // A unit's “三公” section published on its own (某局2019年“三公”经费决算情况说明, as some cities publish it beside the whole
        // disclosure): one section of the explanation, not the explanation. The rest is published elsewhere, and the rules
        // about it (收支总体情况, 机关运行经费, 政府采购 …) are not judged on this file; the “三公” rules are.
        bool threePublicSection = parts.HasExplanation && OnlyTheThreePublicSection(context);
        if (threePublicSection)
        {
            context.ThreePublicSectionAlone = true;
            parts.HasExplanation = false;
            // The “三公” table it prints under it (一般公共预算“三公”经费支出预算表) is that section's table, not the disclosure's
            // tables: those are published with the rest, and the rule that they are all there (TB-002) is not judged here either.
            parts.HasTables = false;
        }
        // A table found by its title only counts as printed; whether the rest is published elsewhere is told from the tables
        // read, as before such tables were looked for.
        bool tablesRead = parts.HasTables;
        if (context.PrintsTitledTables && !threePublicSection) parts.HasTables = true;
        if (tablesRead) return;
        var named = new HashSet<TemplateTableKind>();
        foreach (var line in context.Document.Lines)
        {
            // A listed table's name ends in 表; the pattern is not tried on a line without one.
            if (line.IsBlank || !line.Text.Contains('表') || context.Structure.TableLines.Contains(line.Number)) continue;
            var m = ListedTable.Match(line.Trimmed);
            if (!m.Success) continue;
            var kind = TemplateTables.Recognise(m.Groups["name"].Value);
            if (kind != TemplateTableKind.Other) named.Add(kind);
        }
        // A disclosure always has its tables: a file of explanation without any is one part of a publication.
        parts.TablesElsewhere = named.Count >= 2 || parts.HasExplanation || threePublicSection;
    }

    /// <summary>
    /// A title's words for the whole disclosure (部门预算, 单位决算, 部门收支, 预算公开), but not 部门预算 or 部门决算 that only says
    /// whose “三公” expenses follow (某局2018年部门预算“三公”经费公开情况说明, 2019年部门决算中的“三公”经费…).
    /// </summary>
    [GeneratedRegex(@"(?:部门|单位)(?:综合)?(?:预决算|预算|决算|收支)" + NotOfThreePublic + @"|(?<!三公[“”""‘’']?经费)(?:预算|决算)公开")]
    private static partial Regex WholeDisclosure { get; }

    /// <summary>
    /// What follows a 部门预算 or 部门决算 that is not the document's name but says whose “三公” expenses follow (部门预算“三公”经费,
    /// 部门决算中的“三公”经费, 部门预算一般公共预算财政拨款“三公”经费).
    /// </summary>
    internal const string OfThreePublic = @"(?:中的?|的)?(?:一般公共预算)?(?:财政拨款)?[“”""‘’']?三公";

    /// <summary>Not followed by <see cref="OfThreePublic"/>.</summary>
    internal const string NotOfThreePublic = "(?!" + OfThreePublic + ")";
    /// <summary>A heading of another part of the explanation than the “三公” one.</summary>
    [GeneratedRegex(@"收支总体|收入支出|机关运行经费|政府采购|国有资产|绩效")]
    private static partial Regex OtherSection { get; }

    /// <summary>
    /// Whether the file's title names the “三公” section (a title that names 三公 and 说明, 情况 or 公开), and the file states no
    /// total of the unit's income or spending and prints no template table but the “三公” one: a whole disclosure that names
    /// its “三公” part in its title (某局2022年部门预算及“三公”经费预算公开) still states its totals.
    /// </summary>
    private static bool OnlyTheThreePublicSection(ExtractionContext context)
    {
        var report = context.Report;
        if (report.Income.GrandTotal is not null || report.Income.Total is not null || report.Expenditure.Total is not null) return false;
        if (Tables.TemplateTables.AnyButThreePublic(report.TemplateTables)) return false;
        // The title's lines read as one, without spaces: 某中心2018年部门预算 / 及“三公”经费预算编制说明 (or 部门预 / 算及…) is the
        // whole budget, its “三公” part named beside it.
        // Each line is tried alone too: a first line that ends 某局2022年部门预算, over a second “三公”经费预算编制说明, names the whole
        // budget, though the two read as one say whose “三公” expenses.
        var title = new System.Text.StringBuilder();
        foreach (var line in context.Structure.TitleLines)
        {
            string own = WhiteSpace.Removed(line.Trimmed);
            if (WholeDisclosure.IsMatch(own)) return false;
            title.Append(own);
        }
        string text = title.ToString();
        if (text.Length == 0 || text.Length > 120 || WholeDisclosure.IsMatch(text) || !text.Contains("三公", System.StringComparison.Ordinal) ||
            !(text.Contains("说明", System.StringComparison.Ordinal) || text.Contains("情况", System.StringComparison.Ordinal) || text.Contains("公开", System.StringComparison.Ordinal)))
            return false;
        // And no section of the rest of the explanation is there.
        return !context.Structure.Headings.Exists(h => OtherSection.IsMatch(h.Match.Title));
    }

    private static bool Explains(string title) =>
        (title.Contains("说明", System.StringComparison.Ordinal) || title.Contains("情况", System.StringComparison.Ordinal) || title.Contains("概况", System.StringComparison.Ordinal) || title.Contains("名词解释", System.StringComparison.Ordinal)) &&
        !title.Contains("表", System.StringComparison.Ordinal) && !title.Contains("…", System.StringComparison.Ordinal) && !title.Contains("..", System.StringComparison.Ordinal);

    /// <summary>Prose sentences (not headings, not the glossary) that state at least one amount.</summary>
    public static int Statements(ExtractionContext context) => context.StatementCount ??= CountStatements(context);

    // Counted once a document: what the file holds and the judge of what it is both ask.
    private static int CountStatements(ExtractionContext context)
    {
        int statements = 0;
        foreach (var sentence in context.Structure.Sentences)
            if (!sentence.IsHeading && !sentence.InGlossary && context.Amounts(sentence).Count > 0) statements++;
        return statements;
    }
}
