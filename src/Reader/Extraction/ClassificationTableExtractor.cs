using System.Collections.Generic;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Normalization;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// Classification rows in tables. Cell-per-line tables print the whole code in one cell
/// (<c>2060101 | 行政运行 | 1,951,646.68 | 29.50</c>); pdftotext layouts print 类/款/项 in
/// separate columns (<c>201   06   01   行政运行   1,511.90</c>), sometimes with the name
/// wrapped onto the following lines. Codes starting 2 are functional, 30x economic.
/// The first table that prints a code wins; later tables repeating it are not added again.
/// </summary>
public static class ClassificationTableExtractor
{
    private static readonly Regex WholeCode = new(@"^(?:2\d{2}|30\d)(?:\d{2}){0,2}$", RegexOptions.Compiled);
    private static readonly Regex LayoutRow = new(@"^\s*(?:(?<a>(?:2\d{2}|30\d)\d{2}(?:\d{2})?)|(?<a>2\d{2}|30\d)(?:\s+(?<b>\d{2}))?(?:\s+(?<c>\d{2}))?)(?=\s|$)", RegexOptions.Compiled);
    private static readonly Regex BareCode = new(@"^(?:2\d{2}|30\d)$", RegexOptions.Compiled);
    private static readonly Regex CellUnit = new(@"（(?<u>万元|亿元|元)）|单位：\s*(?<u>万元|亿元|元)", RegexOptions.Compiled);
    private static readonly Regex NameOnly = new(@"^\s{6,}(?<n>[\u4e00-\u9fff（）“”、]+)(?:\s{2,}.*)?$", RegexOptions.Compiled);

    public static void Extract(ExtractionContext context)
    {
        var seen = new HashSet<string>();
        foreach (var table in context.Structure.Tables)
        {
            if (table.Layout == TableLayout.CellPerLine) FromCells(table, context, seen);
            else FromLayout(table, context, seen);
        }
    }

    private static void FromCells(DocTable table, ExtractionContext context, HashSet<string> seen)
    {
        AmountUnit? unit = table.Unit;
        List<DocCell>? header = null;
        foreach (var row in table.Rows)
        {
            foreach (var cell in row.Cells)
            {
                var u = CellUnit.Match(cell.Text);
                if (u.Success && unit is null && AmountUnits.TryParse(u.Groups["u"].Value, out var parsed)) unit = parsed;
            }
            if (row.Cells.Exists(c => c.Text.Contains("代码") || c.Text.Contains("编码"))) header = row.Cells;
            if (row.Cells.Count < 3) continue;
            string first = row.Cells[0].Text.Trim();
            var effectiveUnit = unit ?? context.Report.MainUnit;
            if (WholeCode.IsMatch(first) && !Numbers.FullNumber.IsMatch(row.Cells[1].Text.Trim()))
            {
                int amountIndex = row.Cells.FindIndex(2, c => Numbers.FullNumber.IsMatch(c.Text.Trim()));
                Amount? amount = amountIndex < 0 ? null : ParseAmount(row.Cells[amountIndex], effectiveUnit);
                Share? share = null;
                if (amountIndex >= 0 && amountIndex + 1 < row.Cells.Count && header is not null && amountIndex + 1 < header.Count &&
                    (header[amountIndex + 1].Text.Contains("百分比") || header[amountIndex + 1].Text.Contains("比例") || header[amountIndex + 1].Text.Contains('%')))
                    share = ParseShare(row.Cells[amountIndex + 1]);
                var nameCell = row.Cells[1];
                Add(context, seen, first, nameCell.Text.Trim(), nameCell.Mapped.EvidenceFor(0, nameCell.Length),
                    row.Cells[0].Mapped.EvidenceFor(0, row.Cells[0].Length), amount, share);
            }
            else if (row.Cells.Exists(c => c.Text.Trim() == "合计") && header is not null)
            {
                var total = row.Cells.Find(c => Numbers.FullNumber.IsMatch(c.Text.Trim()));
                if (total is not null) context.Report.FunctionalClassification.Total ??= ParseAmount(total, effectiveUnit);
            }
        }
    }

    private static void FromLayout(DocTable table, ExtractionContext context, HashSet<string> seen)
    {
        var unit = table.Unit ?? context.Report.MainUnit;
        var owned = NameOwners(table);
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var line = row.Cells[0].Line;
            var m = LayoutRow.Match(line.Text);
            if (!m.Success)
            {
                if (row.Cells.Count >= 2 && row.Cells[0].Text == "合计" && table.Title is not null && table.Title.Contains("支出"))
                {
                    var total = row.Cells.Find(c => Numbers.FullNumber.IsMatch(c.Text));
                    if (total is not null) context.Report.FunctionalClassification.Total ??= ParseAmount(total, unit);
                }
                continue;
            }
            string code = m.Groups["a"].Value + m.Groups["b"].Value + m.Groups["c"].Value;
            int afterCode = m.Index + m.Length;
            DocCell? nameCell = null;
            Amount? amount = null;
            foreach (var cell in row.Cells)
            {
                if (cell.Start < afterCode) continue;
                string t = cell.Text;
                if (BareCode.IsMatch(t)) break; // the next code column of a side-by-side table
                if (Numbers.FullNumber.IsMatch(t)) { amount ??= ParseAmount(cell, unit); continue; }
                if (nameCell is null && amount is null && Regex.IsMatch(t, @"^[\u4e00-\u9fff]"))
                {
                    // A name and a figure separated by one space only: "行政单位医疗 60.99".
                    nameCell = cell;
                }
            }
            string name = "";
            Evidence? nameEvidence = null;
            // A long name wraps in its cell onto name-only lines (see NameOwners).
            var pieces = new MappedText();
            foreach (var k in owned.TryGetValue(r, out var list) ? list : new List<int>())
                if (k < r) AppendNameOnly(pieces, table, k);
            if (nameCell is not null)
            {
                var nm = Regex.Match(nameCell.Text, @"^[\u4e00-\u9fff（）“”、]+");
                pieces.Append(line, nameCell.Start + nm.Index, nm.Length);
                if (amount is null)
                {
                    var rest = Numbers.Number.Match(nameCell.Text, nm.Length);
                    if (rest.Success) amount = ParseAmount(new DocCell(line, nameCell.Start + rest.Index, rest.Length, 0), unit);
                }
            }
            foreach (var k in owned.TryGetValue(r, out var after) ? after : new List<int>())
                if (k > r) AppendNameOnly(pieces, table, k);
            if (pieces.Length > 0)
            {
                name = pieces.Text;
                nameEvidence = pieces.EvidenceFor(0, pieces.Length);
            }
            if (name.Length == 0 && amount is null) continue;
            var codeEvidence = MappedText.Of(line).EvidenceFor(m.Groups["a"].Index, afterCode - m.Groups["a"].Index);
            Add(context, seen, code, name, nameEvidence, codeEvidence, amount, null);
        }
    }

    /// <summary>
    /// Which code row each name-only line belongs to. A block of name-only lines between two code
    /// rows continues the row above ("…养老保险缴" / "费支出"; or a row that printed no name at all
    /// and has none above it), unless the row below prints no name on its own line while the row
    /// above already has one: then the cell is centred on the code below ("其他…支" / "20799" / "出").
    /// </summary>
    private static Dictionary<int, List<int>> NameOwners(DocTable table)
    {
        var owners = new Dictionary<int, List<int>>();
        void Give(List<int> block, int row)
        {
            if (row < 0 || block.Count == 0) return;
            if (!owners.TryGetValue(row, out var list)) owners[row] = list = new List<int>();
            list.AddRange(block);
        }
        var pending = new List<int>();
        int previous = -1;
        bool previousHasName = false, previousHasPrefix = false;
        for (int k = 0; k < table.Rows.Count; k++)
        {
            string text = table.Rows[k].Cells[0].Line.Text;
            if (LayoutRow.IsMatch(text))
            {
                bool hasName = HasNameOnLine(table, k);
                bool toPrevious = pending.Count > 0 && previous >= 0 && (hasName || (!previousHasName && !previousHasPrefix));
                // A row that prints its own name takes no prefix: lines above it with no row to continue
                // ("合计", a header) are not part of it.
                if (toPrevious || !hasName) Give(pending, toPrevious ? previous : k);
                previousHasPrefix = pending.Count > 0 && !toPrevious && !hasName;
                pending.Clear();
                previous = k;
                previousHasName = hasName;
            }
            else if (IsNameOnly(table, k) && pending.Count < 3 && !Regex.IsMatch(text, @"^\s*(?:合\s*计|总\s*计|小\s*计)\s*$"))
            {
                pending.Add(k);
            }
            else
            {
                Give(pending, previous);
                pending.Clear();
                previous = -1;
            }
        }
        Give(pending, previous);
        return owners;
    }

    private static bool IsNameOnly(DocTable table, int row)
    {
        var text = table.Rows[row].Cells[0].Line.Text;
        return NameOnly.IsMatch(text) && !LayoutRow.IsMatch(text);
    }

    private static void AppendNameOnly(MappedText pieces, DocTable table, int row)
    {
        var line = table.Rows[row].Cells[0].Line;
        var nm = NameOnly.Match(line.Text);
        pieces.Append(line, nm.Groups["n"].Index, nm.Groups["n"].Length);
    }

    /// <summary>Whether a code row prints its name on the code's own line.</summary>
    private static bool HasNameOnLine(DocTable table, int row)
    {
        var line = table.Rows[row].Cells[0].Line;
        var m = LayoutRow.Match(line.Text);
        return m.Success && Regex.IsMatch(line.Text.Substring(m.Index + m.Length), @"^\s*[\u4e00-\u9fff]");
    }

    private static void Add(ExtractionContext context, HashSet<string> seen, string code, string name, Evidence? nameEvidence,
        Evidence codeEvidence, Amount? amount, Share? share)
    {
        bool economic = code.StartsWith('3');
        if (!seen.Add((economic ? "e" : "f") + code)) return;
        var line = new ClassificationLine
        {
            Form = ClassificationForm.TableRow,
            Code = new CodeFact(code, codeEvidence),
            Level = ClassificationLevels.FromCode(code),
            Name = name.Length > 0 ? new TextFact(name, nameEvidence) : null,
            Path = name.Length > 0 ? new TextFact(name, nameEvidence) : null,
            Amount = amount,
            Share = share,
            Evidence = codeEvidence,
        };
        (economic ? context.Report.EconomicClassification : context.Report.FunctionalClassification).Add(line);
    }

    private static Amount? ParseAmount(DocCell cell, AmountUnit unit)
    {
        string t = cell.Text.Trim();
        if (!Numbers.TryParse(t, out decimal value, out int decimals)) return null;
        int offset = cell.Text.IndexOf(t, System.StringComparison.Ordinal);
        return new Amount(value, unit, decimals, cell.Mapped.EvidenceFor(offset, t.Length));
    }

    private static Share? ParseShare(DocCell cell)
    {
        string t = cell.Text.Trim().TrimEnd('%');
        if (!Numbers.TryParse(t, out decimal value, out int decimals)) return null;
        int offset = cell.Text.IndexOf(t, System.StringComparison.Ordinal);
        return new Share(value, decimals, cell.Mapped.EvidenceFor(offset, t.Length));
    }
}
