using System.Text.RegularExpressions;
using ComplianceGen.Reader.Extraction;

namespace ComplianceGen.Reader.Tables;

/// <summary>
/// A template table whose title the table finder did not take for a title (printed at the margin without a 单位
/// line under it, or numbered like a heading: "十一、一般公共预算“三公”经费、会议费、培训费支出预算表") is still
/// printed: a title line after the contents, followed within six lines (a 单位 line and a header of stacked words) by a line of cells. Such tables count in
/// <see cref="Runtime.TemplateTableSet"/>, and the file prints tables (<see cref="DocumentPartsExtractor"/> says so); their figures are not read.
/// </summary>
internal static partial class TitledTables
{
    // Every table title, and every wrapped tail of one, holds 表: the thousands of lines without it are passed by at once.
    private static readonly GuardedRegex Title = new(TitlePattern, "表");
    [GeneratedRegex(@"^(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*|表\s*\d+(?:-\d+)?[：:.．、]?\s*)?(?<t>\S.{1,64}?表(?:（[^（）]{1,10}）)?)$")]
    private static partial Regex TitlePattern { get; }
    private static readonly GuardedRegex WrappedTail = new(WrappedTailPattern, "表");
    [GeneratedRegex(@"^\s*\S{0,5}表\s*$")]
    private static partial Regex WrappedTailPattern { get; }
    [GeneratedRegex(@"\S\s{2,}\S|^\t")]
    private static partial Regex Cells { get; }

    public static void Mark(ExtractionContext context)
    {
        var lines = context.Document.Lines;
        var set = context.Report.TemplateTables;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Number <= context.ContentsEnd || line.IsBlank) continue;
            // A title too wide for the page wraps its last characters onto a line of their own ("…支出预算" / "表").
            bool wrapped = i + 1 < lines.Count && WrappedTail.Match(lines[i + 1].Text).Success;
            if (!wrapped && !line.Text.Contains('表')) continue;
            string text = line.Trimmed;
            if (wrapped) text += lines[i + 1].Trimmed;
            var m = Title.Match(text);
            if (!m.Success) continue;
            var kind = TemplateTables.Recognise(m.Groups["t"].Value);
            if (kind == TemplateTableKind.Other || !CellsFollow(lines, i)) continue;
            TemplateTableFacts.Mark(set, kind);
            context.PrintsTitledTables = true;
        }
    }

    private static bool CellsFollow(System.Collections.Generic.IReadOnlyList<Normalization.SourceLine> lines, int i)
    {
        for (int k = i + 1, seen = 0; k < lines.Count && seen < 6; k++)
        {
            if (lines[k].IsBlank) continue;
            if (Cells.IsMatch(lines[k].Trimmed) || lines[k].Text.StartsWith('\t')) return true;
            seen++;
        }
        return false;
    }
}
