using System.Text.RegularExpressions;
using ComplianceGen.Reader.Normalization;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// 名词解释 entries: "1.基本支出：指…", "（一）财政拨款收入：指…", "9.科学技术支出（206类）…,指…".
/// The section runs from its heading to the next heading at the same or an outer level;
/// a wrapped definition's continuation lines are appended to it.
/// </summary>
public static partial class GlossaryExtractor
{
    // An entry's term ends at a colon or at a comma before 指/反映/是: a line with neither is no entry.
    private static readonly GuardedRegex Entry = new(EntryPattern, "：，,");
    [GeneratedRegex(@"^\s*(?:\d{1,2}\s*[.、．]|（[\d一二三四五六七八九十]+）|[一二三四五六七八九十]+、)?\s*(?<term>[^：，,。]{1,64}?)\s*(?:：|[，,](?=指|反映|是))\s*(?<def>\S.*)$")]
    private static partial Regex EntryPattern { get; }

    public static void Extract(ExtractionContext context)
    {
        var headings = context.Structure.Headings;
        var lines = context.Document.Lines;
        for (int h = 0; h < headings.Count; h++)
        {
            if (!headings[h].Match.Title.Contains("名词解释")) continue;
            int level = headings[h].Level;
            int end = lines.Count;
            for (int k = h + 1; k < headings.Count; k++)
                if (headings[k].Level <= level) { end = headings[k].Line.Number - 1; break; }
            ReadEntries(context, headings[h].Line.Number, end);
        }

        // An unnumbered "名词解释" title line (PDF layers often lose the numbering): its entries run
        // to the next heading.
        for (int n = 0; n < lines.Count; n++)
        {
            if (!BareTitle.Match(lines[n].Text).Success || context.Structure.TableLines.Contains(lines[n].Number)) continue;
            if (headings.Exists(x => x.Line.Number == lines[n].Number)) continue;
            int end = lines.Count;
            foreach (var heading in headings)
                if (heading.Line.Number > lines[n].Number) { end = heading.Line.Number - 1; break; }
            ReadEntries(context, lines[n].Number, end);
        }
    }

    private static readonly GuardedRegex BareTitle = new(BareTitlePattern, "释");
    [GeneratedRegex(@"^\s*(?:专业性?)?名词解释\s*[：:]?\s*$")]
    private static partial Regex BareTitlePattern { get; }

    /// <summary>Reads entries from the lines after line number <paramref name="title"/> up to line number <paramref name="end"/>.</summary>
    private static void ReadEntries(ExtractionContext context, int title, int end)
    {
        var lines = context.Document.Lines;
        GlossaryEntry? last = null;
        for (int n = title; n < end; n++)
        {
            var line = lines[n];
            if (line.IsBlank || context.Structure.TableLines.Contains(line.Number)) continue;
            var m = Entry.Match(line.Text);
            // "注：本部门无…预算，故本表为空表": a table's note, not a term being defined.
            // "部门预算公开联系人：李海燕 联系方式：…" closes the document; it defines nothing either.
            if (m.Success && (m.Groups["term"].Value.Trim() is "注" or "备注" || m.Groups["term"].Value.Contains("联系")))
            {
                last = null;
                continue;
            }
            if (m.Success)
            {
                var mapped = MappedText.Of(line);
                string definition = m.Groups["def"].Value.Trim();
                last = new GlossaryEntry
                {
                    Term = new TextFact(m.Groups["term"].Value.Trim(), mapped.EvidenceFor(m.Groups["term"].Index, m.Groups["term"].Length)),
                    Definition = new TextFact(definition, mapped.EvidenceFor(m.Groups["def"].Index, m.Groups["def"].Length)),
                };
                context.Report.Glossary.Add(last);
            }
            else if (last?.Definition is not null && Structure.Headings.Match(line.Text) is null)
            {
                last.Definition = new TextFact(last.Definition.Value + line.Trimmed, last.Definition.Evidence);
            }
        }
    }
}
