using System.Collections.Generic;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Normalization;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Structure;

/// <summary>
/// Rebuilds the column-aligned tables of <c>pdftotext -layout</c> output. A table starts at an
/// indented title line ending in 表 (the PDF centres it) and runs until the next such title,
/// a 第X部分 heading, or a line of prose. Cells are split at runs of two or more spaces and
/// keep their visual column, so rows can be aligned with the header.
/// </summary>
public static class LayoutTables
{
    private static readonly Regex Title = new(@"^\s{6,}(?<t>[^\s，。：；].{1,38}?表(（续）)?)\s*$", RegexOptions.Compiled);
    private static readonly Regex Part = new(@"^\s*第[一二三四五六七八九十\d]+部分", RegexOptions.Compiled);
    private static readonly Regex Cell = new(@"\S+(?: \S+)*", RegexOptions.Compiled);
    private static readonly Regex UnitLine = new(@"单位：\s*(?<u>万元|亿元|元)", RegexOptions.Compiled);

    public static List<DocTable> Find(IReadOnlyList<SourceLine> lines, ISet<int> tableLines)
    {
        var tables = new List<DocTable>();
        int i = 0;
        while (i < lines.Count)
        {
            var title = Title.Match(lines[i].Text);
            if (!title.Success || tableLines.Contains(lines[i].Number))
            {
                i++;
                continue;
            }
            var table = new DocTable(TableLayout.Columns)
            {
                Title = title.Groups["t"].Value.Replace(" ", ""),
                TitleEvidence = MappedText.Of(lines[i]).EvidenceFor(title.Groups["t"].Index, title.Groups["t"].Length),
                FirstLine = lines[i].Number,
            };
            tableLines.Add(lines[i].Number);
            i++;
            while (i < lines.Count && !Title.IsMatch(lines[i].Text) && !Part.IsMatch(lines[i].Text) && !IsProse(lines[i]))
            {
                var line = lines[i];
                tableLines.Add(line.Number);
                table.LastLine = line.Number;
                table.Lines.Add(line);
                var unit = UnitLine.Match(line.Text);
                if (unit.Success && table.Unit is null && AmountUnits.TryParse(unit.Groups["u"].Value, out var parsed)) table.Unit = parsed;
                if (!line.IsBlank)
                {
                    var row = new DocRow();
                    foreach (Match cell in Cell.Matches(line.Text))
                        row.Cells.Add(new DocCell(line, cell.Index, cell.Length, cell.Index));
                    table.Rows.Add(row);
                }
                i++;
            }
            tables.Add(table);
        }
        return tables;
    }

    /// <summary>Prose: starts near the margin, is long and reads as a sentence.</summary>
    private static bool IsProse(SourceLine line)
    {
        string text = line.Text;
        int indent = 0;
        while (indent < text.Length && text[indent] == ' ') indent++;
        string rest = text.Substring(indent);
        return indent <= 4 && rest.Length >= 20 && (rest.Contains('。') || rest.Contains('，')) && !rest.StartsWith("注", System.StringComparison.Ordinal);
    }
}
