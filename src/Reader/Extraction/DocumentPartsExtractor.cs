using System.Collections.Generic;
using System.Text.RegularExpressions;
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

    public static void Extract(ExtractionContext context)
    {
        var parts = context.Report.Parts;

        // A cover, a contents page or a file of tables states no figure in prose and has no section that explains.
        parts.HasExplanation = Statements(context) > 0 || context.Structure.Headings.Exists(h => Explains(h.Match.Title));
        if (parts.HasTables) return;
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
        parts.TablesElsewhere = named.Count >= 2 || parts.HasExplanation;
    }

    private static bool Explains(string title) =>
        (title.Contains("说明", System.StringComparison.Ordinal) || title.Contains("情况", System.StringComparison.Ordinal) || title.Contains("概况", System.StringComparison.Ordinal) || title.Contains("名词解释", System.StringComparison.Ordinal)) &&
        !title.Contains("表", System.StringComparison.Ordinal) && !title.Contains("…", System.StringComparison.Ordinal) && !title.Contains("..", System.StringComparison.Ordinal);

    /// <summary>Prose sentences (not headings, not the glossary) that state at least one amount.</summary>
    public static int Statements(ExtractionContext context)
    {
        int statements = 0;
        foreach (var sentence in context.Structure.Sentences)
            if (!sentence.IsHeading && !sentence.InGlossary && context.Amounts(sentence).Count > 0) statements++;
        return statements;
    }
}
