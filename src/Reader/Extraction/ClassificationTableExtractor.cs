using System.Collections.Generic;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Normalization;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// Classification rows in tables. Cell-per-line tables print the whole code in one cell
/// (<c>2060101 | 行政运行 | 1,951,646.68 | 29.50</c>); pdftotext layouts print 类/款/项 in one
/// column or in separate ones (<c>201   06   01   行政运行   1,511.90</c>), wrap long names onto
/// the lines around the code, and may print the table twice side by side (see
/// <see cref="TableHalves"/>, <see cref="CodeRowAssembler"/>). Codes starting 2 are functional,
/// 3 economic. Tables are read in the order <see cref="TableRanking"/> gives; the first table
/// that prints a code wins and later tables repeating it are not added again. A layout row keeps
/// its first figure: every classification layout table in these documents prints its total
/// column (合计 / 本年支出合计 / 决算数) first, and a blank total means zero parts. Cell-per-line
/// tables name their columns in one header row, so there the column is chosen by its header
/// (<see cref="AmountColumns"/>).
/// </summary>
public static partial class ClassificationTableExtractor
{
    [GeneratedRegex(@"^(?:2\d{2}|3[01]\d|399)(?:\d{2}){0,2}$")]
    private static partial Regex WholeCode { get; }
    [GeneratedRegex(@"（(?<u>万元|亿元|元)）|单位：\s*(?<u>万元|亿元|元)")]
    private static partial Regex CellUnit { get; }

    public static void Extract(ExtractionContext context)
    {
        var seen = new HashSet<string>();
        foreach (var table in TableRanking.Order(context.Structure.Tables))
        {
            int number = context.Structure.Tables.IndexOf(table) + 1;
            var title = table.Title is null ? null : new TextFact(table.Title, table.TitleEvidence);
            if (table.Layout == TableLayout.CellPerLine) FromCells(table, context, seen, new TablePlacement(number, title));
            else FromLayout(table, context, seen, number, title);
        }
    }

    private static void FromCells(DocTable table, ExtractionContext context, HashSet<string> seen, TablePlacement placement)
    {
        AmountUnit? unit = table.Unit;
        List<DocCell>? header = null;
        int column = -1, functional = 0, economic = 0;
        foreach (var row in table.Rows)
        {
            foreach (var cell in row.Cells)
            {
                var u = CellUnit.Match(cell.Text);
                if (u.Success && unit is null && AmountUnits.TryParse(u.Groups["u"].Value, out var parsed)) unit = parsed;
            }
            if (row.Cells.Exists(c => c.Text.Contains("代码") || c.Text.Contains("编码")))
            {
                header = row.Cells;
                column = AmountColumns.Choose(header);
            }
            if (row.Cells.Count < 3) continue;
            string first = row.Cells[0].Trimmed;
            var effectiveUnit = unit ?? context.Report.MainUnit;
            if (WholeCode.IsMatch(first) && !Numbers.IsFullNumber(row.Cells[1].Trimmed))
            {
                int amountIndex = AmountIndex(row, column);
                Amount? amount = amountIndex < 0 ? null : ParseAmount(row.Cells[amountIndex], effectiveUnit);
                Share? share = null;
                if (amountIndex >= 0 && amountIndex + 1 < row.Cells.Count && header is not null && amountIndex + 1 < header.Count &&
                    AmountColumns.IsShare(header[amountIndex + 1].Text))
                    share = ParseShare(row.Cells[amountIndex + 1]);
                var nameCell = row.Cells[1];
                if (first.StartsWith('3')) economic++;
                else functional++;
                Add(context, seen, placement, first, nameCell.Trimmed, nameCell.EvidenceFor(0, nameCell.Length),
                    row.Cells[0].EvidenceFor(0, row.Cells[0].Length), amount, share);
            }
            else if (row.Cells.Exists(c => c.Trimmed == "合计") && header is not null)
            {
                int totalIndex = AmountIndex(row, column);
                if (totalIndex < 0) continue;
                var section = economic > functional ? context.Report.EconomicClassification : context.Report.FunctionalClassification;
                section.Total ??= ParseAmount(row.Cells[totalIndex], effectiveUnit);
            }
        }
    }

    /// <summary>The header's amount column when this row prints a figure there, else the row's first figure after the name.</summary>
    private static int AmountIndex(DocRow row, int column)
    {
        if (column >= 1 && column < row.Cells.Count && Numbers.IsFullNumber(row.Cells[column].Trimmed)) return column;
        return row.Cells.FindIndex(2, c => Numbers.IsFullNumber(c.Trimmed));
    }

    private static void FromLayout(DocTable table, ExtractionContext context, HashSet<string> seen, int number, TextFact? title)
    {
        // The “三公” table prints no classification: a figure of it on a line of its own (公务接待费 240, from a table a page
        // flattened to one cell a line) is no code 240.
        if (Tables.TemplateTables.Recognise(table.Title) == Tables.TemplateTableKind.ThreePublic) return;
        var unit = table.Unit ?? context.Report.MainUnit;
        int functional = 0, economic = 0;
        var totals = new List<(string Label, LayoutToken Figure)>();
        var lines = UnitBlocks.FirstBlock(table.Lines, out bool wholeTable);
        // A row keeps its first figure, which is the year's only when the table prints one year: with columns for two
        // years (2025年执行数 | 2026年预算数) or for budget and outturn, the first may be the other one, so none is taken.
        // Nor when the block read is one unit's of a department's table: its figures are not the department's.
        bool figuresAmbiguous = SeveralYearsOrStages(lines) || !wholeTable;
        foreach (var half in TableHalves.Split(lines))
        {
            var reading = CodeRowAssembler.Read(half);
            // Each half is a column of codes of its own: 302 heads the right half, not the left.
            var placement = new TablePlacement(number, title);
            foreach (var row in reading.Rows)
            {
                if (row.Code.StartsWith('3')) economic++;
                else functional++;
                string name = row.Name.Text;
                var nameEvidence = name.Length > 0 ? row.Name.EvidenceFor(0, name.Length) : null;
                var amount = row.Figure is null || figuresAmbiguous ? null : ParseAmount(row.Figure, unit);
                if (name.Length == 0 && amount is null) continue;
                Add(context, seen, placement, row.Code, name, nameEvidence, row.CodeEvidence, amount, null);
            }
            totals.AddRange(reading.Totals);
        }
        if (functional == 0 && economic == 0) return;
        var section = economic > functional ? context.Report.EconomicClassification : context.Report.FunctionalClassification;
        if (section.Total is not null || !TableRanking.TotalsExpenditure(table)) return;
        var total = totals.Find(t => t.Label is "合计" or "总计");
        if (total.Figure is not null)
        {
            section.Total = ParseAmount(total.Figure, unit);
            return;
        }
        // The basic-expenditure table of a 决算 has no 合计 row: it totals its halves as 人员经费合计
        // (301 + 303) and 公用经费合计 (302 + 310 …), which together are the table's total.
        var personnel = totals.Find(t => t.Label == "人员经费合计");
        var operating = totals.Find(t => t.Label == "公用经费合计");
        if (section == context.Report.EconomicClassification && personnel.Figure is not null && operating.Figure is not null)
            section.Total = SumOf(personnel.Figure, operating.Figure, unit);
    }

    private static readonly GuardedRegex HeaderYear = new(HeaderYearPattern, "年");
    [GeneratedRegex(@"(?:19|20)\d{2}(?=\s*年)")]
    private static partial Regex HeaderYearPattern { get; }

    /// <summary>Whether the header (the lines above the first code) names two years, or a column of last year's figures.</summary>
    private static bool SeveralYearsOrStages(List<SourceLine> lines)
    {
        // Line by line, stopping at the answer: no pattern here reaches across a line (the lines were joined with
        // "|"), and a table without codes would otherwise be copied whole as its own "header".
        var years = new HashSet<string>();
        foreach (var line in lines)
        {
            if (LayoutToken.Split(line).Exists(t => t.IsCodeLike && t.Text.Length >= 3)) break;
            // Both tests need 年 (上年执行数, 2025年): a line without it names no year and no column of last year's.
            if (!line.Text.Contains('年')) continue;
            string text = line.Text.Replace(" ", "");
            if (text.Contains("上年执行数") || text.Contains("上年预算数")) return true;
            for (var m = HeaderYear.Match(text); m.Success; m = m.NextMatch())
                if (years.Add(m.Value) && years.Count > 1) return true;
        }
        return false;
    }

    /// <summary>Two printed figures added; the evidence covers both when one line prints them.</summary>
    private static Amount? SumOf(LayoutToken a, LayoutToken b, AmountUnit unit)
    {
        if (!Numbers.TryParse(a.Text, out decimal x, out int dx) || !Numbers.TryParse(b.Text, out decimal y, out int dy)) return null;
        var evidence = ReferenceEquals(a.Line, b.Line) && a.Start < b.Start
            ? MappedText.Of(a.Line, a.Start, b.End - a.Start).EvidenceFor(0, b.End - a.Start)
            : a.Evidence;
        return new Amount(x + y, unit, System.Math.Max(dx, dy), evidence);
    }

    private static void Add(ExtractionContext context, HashSet<string> seen, TablePlacement placement, string code, string name, Evidence? nameEvidence,
        Evidence codeEvidence, Amount? amount, Share? share)
    {
        bool economic = code.StartsWith('3');
        var printedParent = placement.Under(code, codeEvidence);
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
            TableNumber = new CountFact(placement.Number, codeEvidence),
            TableTitle = placement.Title,
            PrintedParent = printedParent,
        };
        (economic ? context.Report.EconomicClassification : context.Report.FunctionalClassification).Add(line);
    }

    private static Amount? ParseAmount(DocCell cell, AmountUnit unit)
    {
        string t = cell.Trimmed;
        if (!Numbers.TryParse(t, out decimal value, out int decimals)) return null;
        int offset = cell.Text.IndexOf(t, System.StringComparison.Ordinal);
        return new Amount(value, unit, decimals, cell.EvidenceFor(offset, t.Length));
    }

    private static Amount? ParseAmount(LayoutToken token, AmountUnit unit) =>
        Numbers.TryParse(token.Text, out decimal value, out int decimals) ? new Amount(value, unit, decimals, token.Evidence) : null;

    private static Share? ParseShare(DocCell cell)
    {
        string t = cell.Trimmed.TrimEnd('%');
        if (!Numbers.TryParse(t, out decimal value, out int decimals)) return null;
        int offset = cell.Text.IndexOf(t, System.StringComparison.Ordinal);
        return new Share(value, decimals, cell.EvidenceFor(offset, t.Length));
    }
}
