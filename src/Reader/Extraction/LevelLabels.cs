using System;
using System.Collections.Generic;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// Checks the subjects the prose labels 类, 款 or 项 against the document's own functional-classification tables, once they
/// are read. Names are compared as the catalogue compares them (<see cref="CatalogNames.Comparable"/>).
/// <list type="bullet">
/// <item>A level label ("财政事务（类）") against the level the tables give the name (20106 财政事务 is a 款), only for a
/// name the tables print at exactly one level: "其他支出" is a 类 (229) and a 款 (22999), and such a name says nothing.</item>
/// <item>A 项 named under its 款 ("法院（款）一般行政事务管理（项）") that the tables do not print under that 款, while one 项
/// there has the same characters in another order or one changed (2040502 一般行政管理事务) and the sentence prints that
/// line's figure: a slip in the name.</item>
/// </list>
/// </summary>
internal static class LevelLabels
{
    private sealed record TableSubject(string Code, string Name, ClassificationLevel Level, Amount? Amount);

    public static void Check(ExtractionContext context)
    {
        if (context.LevelLabels.Count == 0 && context.ItemLabels.Count == 0) return;
        // One pass over the table lines: every printed name by its comparable form, with the codes it is printed under.
        var byName = new Dictionary<string, List<TableSubject>>(System.StringComparer.Ordinal);
        var items = new List<(string Key, TableSubject Subject)>();
        foreach (var line in context.Report.FunctionalClassification.Lines)
        {
            if (line.TableNumber is null || line.Code is not { } code || line.Name is not { } name) continue;
            var level = ClassificationLevels.FromCode(code.Value);
            string key = CatalogNames.Comparable(name.Value);
            if (level == ClassificationLevel.Unknown || key.Length < 2) continue;
            var subject = new TableSubject(code.Value, name.Value, level, line.Amount);
            if (!byName.TryGetValue(key, out var list)) byName[key] = list = new List<TableSubject>();
            list.Add(subject);
            if (level == ClassificationLevel.Item) items.Add((key, subject));
        }
        if (byName.Count == 0) return;

        foreach (var (statement, printed, label, evidence) in context.LevelLabels)
        {
            if (statement.LevelLabelMismatch is not null) continue;
            // The whole name must be one a table prints: an ending of it ("其他普通教育支出" ends in the 类 "教育支出") is another
            // subject. "其他卫生健康支出" is a 款 (21099) and a 项 (2109901) by the catalogue's construction and a table may print
            // only one of them: a name of the 其他… kind says nothing about its level.
            string key = CatalogNames.Comparable(printed);
            if (!byName.TryGetValue(key, out var printedAs) || key.StartsWith("其他", System.StringComparison.Ordinal)) continue;
            var found = printedAs[0];
            if (found.Level == label || printedAs.Exists(s => s.Level != found.Level)) continue;
            statement.LevelLabelMismatch = new TextFact(
                $"{printed}（{ClassificationLevels.Chinese(label)}）：表中{found.Code}{found.Name}是{ClassificationLevels.Chinese(found.Level)}级科目", evidence);
        }

        foreach (var (statement, index, section, printed, evidence) in context.ItemLabels)
        {
            if (statement.ItemNameMismatch is not null) continue;
            // Only a 款 name the tables print under one code is followed.
            if (!byName.TryGetValue(CatalogNames.Comparable(section), out var sections)) continue;
            var sectionCodes = sections.FindAll(s => s.Level == ClassificationLevel.Section);
            if (sectionCodes.Count == 0 || sectionCodes.Exists(s => s.Code != sectionCodes[0].Code)) continue;
            string item = CatalogNames.Comparable(printed);
            if (item.Length < 4) continue;
            var children = items.FindAll(i => i.Subject.Code.StartsWith(sectionCodes[0].Code, System.StringComparison.Ordinal));
            if (children.Count == 0 || children.Exists(c => c.Key == item)) continue;
            var close = children.FindAll(c => Slip(item, c.Key));
            // The sentence, or one of the two after it ("行政运行（项）。主要用于…。年初预算为…，支出决算为1,511.89万元。"),
            // must print that line's figure: a 项 the table leaves out (a zero this year, "高中教育（项）支出0万元")
            // may differ from a printed one by a character and still be another subject.
            if (close.Count != 1 || close[0].Subject.Amount is not { } figure || !PrintsFigure(context.Report.Statements, index, figure)) continue;
            statement.ItemNameMismatch = new TextFact($"{printed}（项）：表中{close[0].Subject.Code}为“{close[0].Subject.Name}”", evidence);
        }
    }

    private static bool PrintsFigure(List<Statement> statements, int index, Amount figure)
    {
        for (int i = index; i < statements.Count && i <= index + 2; i++)
            if (statements[i].Amounts.Exists(a => System.Math.Abs(a.InYuan - figure.InYuan) <= a.HalfUnitInYuan + figure.HalfUnitInYuan)) return true;
        return false;
    }

    /// <summary>The same characters in another order, or one character changed.</summary>
    private static bool Slip(string printed, string table)
    {
        if (printed.Length != table.Length) return false;
        int differ = 0;
        for (int i = 0; i < printed.Length; i++) if (printed[i] != table[i]) differ++;
        if (differ <= 1) return true;
        var a = printed.ToCharArray();
        var b = table.ToCharArray();
        System.Array.Sort(a);
        System.Array.Sort(b);
        return a.AsSpan().SequenceEqual(b);
    }
}
