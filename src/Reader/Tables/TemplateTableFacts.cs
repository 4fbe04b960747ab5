using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Extraction;
using ComplianceGen.Reader.Normalization;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Tables;

/// <summary>
/// The fact layer over tables: every table is read by its headers (<see cref="GridBuilder"/>) into the model's
/// <see cref="TableInfo"/> list, the template's tables are marked in <see cref="DisclosureReport.TemplateTables"/>,
/// and what a table declares that the prose did not is filled in: each “三公” item, 机关运行经费 printed beside
/// them, and 政府性基金 / 国有资本经营 money (an empty table with its note declares there is none).
/// Prose always comes first; a table never overwrites a fact the prose stated.
/// <para>
/// Scope is read from the headers and row labels: a column or row for another year (2025年, 上年) or for a
/// change (增减变化) is never this year's figure. Where one item has several candidate figures that disagree,
/// none is taken.
/// </para>
/// </summary>
internal static partial class TemplateTableFacts
{
    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})年")]
    private static partial Regex Year { get; }
    [GeneratedRegex(@"上年|增减|变化|比上年|增长|减少|变动|差额|同比")]
    private static partial Regex OtherScope { get; }

    public static List<TableGrid> Extract(ExtractionContext context)
    {
        var report = context.Report;
        var grids = new List<TableGrid>();
        var tables = context.Structure.Tables;
        var kinds = new TemplateTableKind[tables.Count];
        for (int t = 0; t < tables.Count; t++) kinds[t] = TemplateTables.Recognise(tables[t].Title);
        // A table of all general-budget spending by economic class (一般公共预算支出经济分类情况表) stands for the 基本支出表
        // only in a file that prints no table titled 基本支出: Fuzhou prints both, and the first holds project spending too.
        bool titledBasic = false;
        for (int t = 0; t < tables.Count; t++)
            titledBasic |= kinds[t] == TemplateTableKind.BasicExpenditure && (tables[t].Title ?? "").Contains("基本支出", StringComparison.Ordinal);
        for (int t = 0; t < tables.Count && titledBasic; t++)
            if (kinds[t] == TemplateTableKind.BasicExpenditure && !(tables[t].Title ?? "").Contains("基本支出", StringComparison.Ordinal)) kinds[t] = TemplateTableKind.Other;
        for (int t = 0; t < tables.Count; t++)
        {
            var table = tables[t];
            var kind = kinds[t];
            var grid = GridBuilder.Build(table, kind);
            if (grid.EmptyNote is null && !grid.HasNonZeroFigure && LastLine(table) is > 0 and var last)
                GridBuilder.FindNoteAfter(grid, context.Document.Lines, last, t + 1 < tables.Count ? FirstLine(tables[t + 1]) : int.MaxValue);
            grids.Add(grid);
            report.Tables.Add(Describe(grid, report));
        }
        foreach (var grid in grids)
        {
            if (grid.Kind == TemplateTableKind.Other) continue;
            // A template table printed without rows is still printed (a unit with no basic spending prints an empty 基本支出表),
            // but a title with no header under it is a line of the contents, not a table.
            if (grid.Rows.Count == 0 && grid.Columns.Count == 0 && grid.EmptyNote is null) continue;
            Mark(report.TemplateTables, grid.Kind);
            report.Parts.HasTables = true;
            switch (grid.Kind)
            {
                case TemplateTableKind.ThreePublic:
                    ThreePublic(grid, report);
                    break;
                case TemplateTableKind.GovernmentFund:
                    Fund(grid, report.GovernmentFund);
                    break;
                case TemplateTableKind.StateCapital:
                    Fund(grid, report.StateCapital);
                    break;
            }
        }
        return grids;
    }

    // A one-cell-a-line table keeps its rows but not its lines: where it ends is its last cell's line.
    private static int LastLine(DocTable table) =>
        System.Math.Max(table.Lines.Count > 0 ? table.Lines[^1].Number : 0, table.Rows.Count > 0 && table.Rows[^1].Cells.Count > 0 ? table.Rows[^1].Cells.Max(c => c.Line.Number) : 0);

    private static int FirstLine(DocTable table) =>
        table.Lines.Count > 0 ? table.Lines[0].Number : table.Rows.Count > 0 && table.Rows[0].Cells.Count > 0 ? table.Rows[0].Cells.Min(c => c.Line.Number) : int.MaxValue;

    private static TableInfo Describe(TableGrid grid, DisclosureReport report)
    {
        var table = grid.Table;
        var evidence = table.TitleEvidence ?? (table.Rows.Count > 0 ? table.Rows[0].Cells[0].EvidenceFor(0, table.Rows[0].Cells[0].Length) : null);
        var info = new TableInfo
        {
            Title = table.Title is null ? null : new TextFact(table.Title, table.TitleEvidence),
            Kind = grid.Kind == TemplateTableKind.Other ? null : new TextFact(TemplateTables.Name(grid.Kind), evidence),
            RowCount = new CountFact(table.Rows.Count, evidence),
            ColumnCount = new CountFact(grid.Columns.Count, evidence),
            Evidence = evidence,
            EmptyNote = grid.EmptyNote is null ? null : new TextFact(grid.EmptyNote.Text, grid.EmptyNote),
            HasFigures = grid.HasNonZeroFigure,
        };
        foreach (var column in grid.Columns) info.Columns.Add(new TextFact(column.Header, evidence));
        // A cell is named by its column's header without the unit printed after it: worked out once per column.
        var names = new string[grid.Columns.Count];
        foreach (var column in grid.Columns) names[column.Index] = GridBuilder.WithoutUnit(column.Header);
        foreach (var row in grid.Rows)
        {
            var tableRow = new TableRow { TableKind = info.Kind };
            int unplaced = row.UnplacedFigures;
            string label = "";
            foreach (var column in grid.Columns)
            {
                if (!row.Cells.TryGetValue(column.Index, out var cell)) continue;
                if (column.IsLabel)
                {
                    label += cell.Trimmed;
                    continue;
                }
                var amount = AmountOf(cell, grid.Unit);
                if (amount is not null) tableRow.Cells.Add(new TableCell { Column = new TextFact(names[column.Index], amount.Evidence), Amount = amount });
            }
            if (label.Length > 0) tableRow.Label = new TextFact(label, tableRow.FirstAmount?.Evidence);
            tableRow.UnplacedFigures = new CountFact(unplaced, tableRow.FirstAmount?.Evidence);
            info.Rows.Add(tableRow);
            report.TableRows.Add(tableRow);
        }
        return info;
    }

    internal static void Mark(TemplateTableSet set, TemplateTableKind kind)
    {
        switch (kind)
        {
            case TemplateTableKind.IncomeExpenditure: set.IncomeExpenditure = true; break;
            case TemplateTableKind.Income: set.Income = true; break;
            case TemplateTableKind.Expenditure: set.Expenditure = true; break;
            case TemplateTableKind.Appropriation: set.Appropriation = true; break;
            case TemplateTableKind.GeneralBudgetExpenditure: set.GeneralBudgetExpenditure = true; break;
            case TemplateTableKind.BasicExpenditure: set.BasicExpenditure = true; break;
            case TemplateTableKind.ThreePublic: set.ThreePublic = true; break;
            case TemplateTableKind.GovernmentFund: set.GovernmentFund = true; break;
            case TemplateTableKind.StateCapital: set.StateCapital = true; break;
            case TemplateTableKind.Procurement: set.Procurement = true; break;
        }
    }

    /// <summary>
    /// “三公” items from their table, printed across (one column an item) or down (one row an item). The row is
    /// this year's: the one labelled with the document's year when rows are years, else 合计, else the first.
    /// </summary>
    private static void ThreePublic(TableGrid grid, DisclosureReport report)
    {
        var group = report.ThreePublicExpenses;
        bool final = report.Kind == DocumentKind.FinalAccount;
        // A table that splits every item by fund (一般公共预算 / 政府性基金 / 国有资本经营) has headers too deep to
        // be sure which column is the fiscal figure: it still shows each item, but no figure is taken from it.
        bool byFund = grid.Columns.Exists(c => c.HeaderSays("政府性基金") || c.HeaderSays("国有资本经营"));
        // Tables that add 会议费 and 培训费 to the three (“三公”经费、会议费、培训费支出表) have a 合计 over all five.
        bool withMeetings = grid.Columns.Exists(c => c.HeaderSays("会议费") || c.HeaderSays("培训费")) ||
                            grid.Rows.Exists(r => grid.Columns.Exists(c => c.IsLabel && (r.TextAt(c.Index)?.Contains("会议费") == true || r.TextAt(c.Index)?.Contains("培训费") == true)));
        var candidates = new Dictionary<object, List<Amount>>();
        var rows = ThisYearsRows(grid, report.Year?.Value);
        foreach (var column in grid.Columns)
        {
            if (column.IsLabel || OtherYear(column.Header, report.Year?.Value) || OtherScope.IsMatch(column.Header)) continue;
            // A 决算 table prints 预算数 and 决算数 side by side; only the 决算数 columns are this year's spending.
            if (final && column.Header.Contains("预算", StringComparison.Ordinal) && !column.Header.Contains("决算", StringComparison.Ordinal)) continue;
            object? byColumn = Target(column.Leaf, group) ?? Target(column.Header, group);
            foreach (var row in rows)
            {
                if (!row.Cells.TryGetValue(column.Index, out var cell) && byColumn is null) continue;
                string label = grid.LabelOf(row, column);
                if (OtherScope.IsMatch(label)) continue;
                object? target = byColumn is null || byColumn is ThreePublicExpenses && Target(label, group) is ExpenseItem ? Target(label, group) ?? byColumn : byColumn;
                if (target is null) continue;
                var amount = cell is null ? ZeroAt(grid, row, column) : AmountOf(cell, grid.Unit);
                if (amount is null) continue;
                if (byFund) continue;
                if (!candidates.TryGetValue(target, out var list)) candidates[target] = list = new List<Amount>();
                list.Add(amount);
            }
        }
        NamedInTable(grid, group);
        foreach (var (target, amounts) in candidates)
        {
            var amount = Agreed(amounts);
            if (amount is null) continue;
            switch (target)
            {
                case ThreePublicExpenses:
                    group.Total ??= amount;
                    break;
                case ExpenseItem item when item.Amount is null && item.NoneStatement is null:
                    item.Amount = amount;
                    break;
                case OperatingCosts costs when costs.Amount is null && costs.NoneStatement is null:
                    costs.Amount = amount;
                    break;
            }
        }

        object? Target(string text, ThreePublicExpenses g)
        {
            if (text.Contains("机关运行经费", StringComparison.Ordinal)) return report.OperatingCosts;
            if (text.Contains("购置及运行", StringComparison.Ordinal) && !text.EndsWith("购置费", StringComparison.Ordinal) && !EndsWithOperation(text)) return g.Vehicles;
            if (text.EndsWith("购置费", StringComparison.Ordinal) || text.Contains("车购置费", StringComparison.Ordinal)) return g.VehiclePurchase;
            if (EndsWithOperation(text) || text.Contains("车运行", StringComparison.Ordinal)) return g.VehicleOperation;
            if (text.Contains("因公出国", StringComparison.Ordinal)) return g.OverseasTravel;
            if (text.Contains("公务接待", StringComparison.Ordinal)) return g.Reception;
            if (text.Contains("三公", StringComparison.Ordinal)) return g;
            if (!withMeetings && (text.Contains("合计", StringComparison.Ordinal) || text.Contains("总计", StringComparison.Ordinal))) return g;
            return null;
        }
    }

    /// <summary>
    /// Every item the table names, in a header or a row label, is declared by it: the template's table has a place
    /// for each item, and a reader that cannot map a deep header to its figure still sees the item is there.
    /// </summary>
    private static void NamedInTable(TableGrid grid, ThreePublicExpenses group)
    {
        var evidence = grid.Table.TitleEvidence;
        if (evidence is null) return;
        var names = new System.Text.StringBuilder();
        foreach (var column in grid.Columns) names.Append(column.Header).Append('|');
        foreach (var row in grid.Rows)
            foreach (var column in grid.Columns)
                if (column.IsLabel && row.TextAt(column.Index) is { } t) names.Append(t).Append('|');
        string all = names.ToString().Replace("购置和运行", "购置及运行").Replace("购置与运行", "购置及运行");
        if (all.Contains("因公出国", StringComparison.Ordinal)) group.OverseasTravel.TableEvidence ??= evidence;
        if (all.Contains("公务接待", StringComparison.Ordinal)) group.Reception.TableEvidence ??= evidence;
        // The template's column for vehicles always has its two parts; a header wrapped past reading still has them.
        if (all.Contains("公务用车", StringComparison.Ordinal) || all.Contains("购置费", StringComparison.Ordinal))
        {
            group.Vehicles.TableEvidence ??= evidence;
            group.VehiclePurchase.TableEvidence ??= evidence;
            group.VehicleOperation.TableEvidence ??= evidence;
        }
    }

    private static bool EndsWithOperation(string text) =>
        text.EndsWith("运行费", StringComparison.Ordinal) || text.EndsWith("运行维护费", StringComparison.Ordinal) || text.EndsWith("运行（维护）费", StringComparison.Ordinal);

    /// <summary>The rows that hold this year's figures.</summary>
    private static List<GridRow> ThisYearsRows(TableGrid grid, int? year)
    {
        var labelled = new List<(GridRow Row, string Label)>();
        foreach (var row in grid.Rows)
        {
            string label = "";
            foreach (var column in grid.Columns)
                if (column.IsLabel && row.TextAt(column.Index) is { } t) label += t;
            labelled.Add((row, label));
        }
        var yearRows = labelled.FindAll(r => Year.IsMatch(r.Label));
        if (yearRows.Count > 0)
            return year is int y ? yearRows.FindAll(r => r.Label.Contains(y + "年", StringComparison.Ordinal)).ConvertAll(r => r.Row) : new List<GridRow>();
        var total = labelled.FindAll(r => r.Label.Contains("合计", StringComparison.Ordinal) || r.Label.Contains("总计", StringComparison.Ordinal));
        var kept = labelled.FindAll(r => !OtherScope.IsMatch(r.Label));
        // Down the page (one row an item) every row counts; across (one row a unit) the total row or the first.
        bool itemRows = kept.Exists(r => r.Label.Contains("公务接待", StringComparison.Ordinal) || r.Label.Contains("因公出国", StringComparison.Ordinal));
        if (itemRows) return kept.ConvertAll(r => r.Row);
        if (total.Count > 0) return new List<GridRow> { total[0].Row };
        return kept.Count > 0 ? new List<GridRow> { kept[0].Row } : new List<GridRow>();
    }

    private static bool OtherYear(string header, int? year)
    {
        foreach (Match m in Year.Matches(header))
            if (year is null || m.Groups["y"].Value != year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)) return true;
        return false;
    }

    /// <summary>One amount when the candidates agree (zeros aside, or all zero); null when they disagree.</summary>
    private static Amount? Agreed(List<Amount> amounts)
    {
        Amount? nonZero = null;
        foreach (var a in amounts)
        {
            if (a.IsZero) continue;
            if (nonZero is not null && nonZero.InYuan != a.InYuan) return null;
            nonZero ??= a;
        }
        return nonZero ?? amounts[0];
    }

    /// <summary>A blank cell in a row that prints figures elsewhere is a zero (the template leaves nothing blank otherwise).</summary>
    private static Amount? ZeroAt(TableGrid grid, GridRow row, GridColumn column)
    {
        foreach (var (index, cell) in row.Cells)
            if (!grid.Columns[index].IsLabel && GridBuilder.IsFigure(cell.Text))
                return new Amount(0m, grid.Unit ?? AmountUnit.WanYuan, 0, cell.EvidenceFor(0, cell.Length) with { Text = column.Leaf + "（空）" });
        return null;
    }

    /// <summary>
    /// 政府性基金 / 国有资本经营 from their table: its empty note declares none; a table whose figures are all zero
    /// declares zero; a table with figures declares its 合计.
    /// </summary>
    private static void Fund(TableGrid grid, DeclaredAmount target)
    {
        if (target.IsDeclared) return;
        if (grid.EmptyNote is not null)
        {
            target.NoneStatement = grid.EmptyNote;
            return;
        }
        if (!grid.HasNonZeroFigure)
        {
            var first = grid.Table.TitleEvidence;
            if (first is not null) target.Amount = new Amount(0m, grid.Unit ?? AmountUnit.WanYuan, 0, first);
            return;
        }
        foreach (var row in grid.Rows)
        {
            foreach (var column in grid.Columns)
            {
                if (column.IsLabel || !row.Cells.TryGetValue(column.Index, out var cell)) continue;
                string label = grid.LabelOf(row, column);
                if (!label.Contains("合计", StringComparison.Ordinal) && !label.Contains("总计", StringComparison.Ordinal)) continue;
                target.Amount = AmountOf(cell, grid.Unit);
                if (target.Amount is not null) return;
            }
        }
    }

    /// <summary>A figure cell as an amount in the table's unit; a dash is zero. Null when the table states no unit and the figure is not zero.</summary>
    private static Amount? AmountOf(Structure.DocCell cell, AmountUnit? unit)
    {
        string t = cell.Trimmed;
        decimal value = 0m;
        int decimals = 0;
        if (t is not ("-" or "—" or "－"))
        {
            if (!Numbers.IsFullNumber(t) || !Numbers.TryParse(t, out value, out decimals)) return null;
            if (unit is null && value != 0) return null;
        }
        // Evidence only for a cell that is a figure: the words and notes of a figure column are turned away without it.
        int offset = Math.Max(0, cell.Text.IndexOf(t, StringComparison.Ordinal));
        return new Amount(value, unit ?? AmountUnit.WanYuan, decimals, cell.EvidenceFor(offset, t.Length));
    }
}
