using System.Collections.Generic;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// Checks the level the prose labels a subject with ("财政事务（类）") against the level its own tables give the same name
/// (20106 财政事务 is a 款). Runs after the tables are read. A name is judged only when the functional-classification tables
/// print it at exactly one level: "其他支出" is a 类 (229) and a 款 (22999), and such a name says nothing.
/// </summary>
internal static class LevelLabels
{
    public static void Check(ExtractionContext context)
    {
        if (context.LevelLabels.Count == 0) return;
        var levels = new Dictionary<string, (ClassificationLevel Level, string Code, bool Several)>(System.StringComparer.Ordinal);
        foreach (var line in context.Report.FunctionalClassification.Lines)
        {
            if (line.TableNumber is null || line.Code is not { } code || line.Name is not { } name) continue;
            var level = ClassificationLevels.FromCode(code.Value);
            if (level == ClassificationLevel.Unknown) continue;
            string key = Key(name.Value);
            if (key.Length < 2) continue;
            if (levels.TryGetValue(key, out var known)) { if (known.Level != level) levels[key] = known with { Several = true }; }
            else levels[key] = (level, code.Value, false);
        }
        if (levels.Count == 0) return;
        foreach (var (statement, printed, label, evidence) in context.LevelLabels)
        {
            if (statement.LevelLabelMismatch is not null) continue;
            // The whole name must be one a table prints: an ending of it ("其他普通教育支出" ends in the 类 "教育支出") is another subject.
            string name = Key(printed);
            string? matched = levels.TryGetValue(name, out var found) ? name : null;
            // "其他卫生健康支出" is a 款 (21099) and a 项 (2109901) by the catalogue's own construction, and a table may print
            // only one of them: a name of the 其他… kind says nothing about its level.
            if (matched is null || found.Several || found.Level == label || matched.StartsWith("其他", System.StringComparison.Ordinal)) continue;
            statement.LevelLabelMismatch = new TextFact(
                $"{matched}（{ClassificationLevels.Chinese(label)}）：表中{found.Code}{matched}是{ClassificationLevels.Chinese(found.Level)}级科目", evidence);
        }
    }

    /// <summary>
    /// A 项 named under its 款 ("法院（款）一般行政事务管理（项）") whose name the tables do not print under that 款, while one
    /// 项 there has the same characters in another order or one character changed (2040502 一般行政管理事务), and the
    /// sentence prints that line's figure: a slip in the name. Only a 款 name the tables print once is followed; a 项 the tables do not print at all is not judged.
    /// </summary>
    public static void CheckItems(ExtractionContext context)
    {
        if (context.ItemLabels.Count == 0) return;
        var sections = new Dictionary<string, string?>(System.StringComparer.Ordinal);
        var items = new List<(string Code, string Name, Amount? Amount)>();
        foreach (var line in context.Report.FunctionalClassification.Lines)
        {
            if (line.TableNumber is null || line.Code is not { } code || line.Name is not { } name) continue;
            string key = Comparable(name.Value);
            if (code.Value.Length == 5) sections[key] = sections.TryGetValue(key, out var seen) && seen != code.Value ? null : code.Value;
            else if (code.Value.Length == 7) items.Add((code.Value, key, line.Amount));
        }
        foreach (var (statement, section, printed, evidence) in context.ItemLabels)
        {
            if (statement.ItemNameMismatch is not null) continue;
            if (!sections.TryGetValue(Comparable(section), out var sectionCode) || sectionCode is null) continue;
            string item = Comparable(printed);
            if (item.Length < 4) continue;
            var children = items.FindAll(i => i.Code.StartsWith(sectionCode, System.StringComparison.Ordinal));
            if (children.Count == 0 || children.Exists(c => c.Name == item)) continue;
            var close = children.FindAll(c => Slip(item, c.Name));
            // The sentence, or one of the two after it ("行政运行（项）。主要用于…。年初预算为…，支出决算为1,511.89万元。"),
            // must print that line's figure: a 项 the table leaves out (a zero this year, "高中教育（项）支出0万元")
            // may differ from a printed one by a character and still be another subject.
            if (close.Count != 1 || close[0].Amount is not { } figure || !PrintsFigure(context.Report.Statements, statement, figure)) continue;
            statement.ItemNameMismatch = new TextFact($"{printed}（项）：表中{close[0].Code}为“{close[0].Name}”", evidence);
        }
    }

    private static bool PrintsFigure(List<Statement> statements, Statement statement, Amount figure)
    {
        int at = statements.IndexOf(statement);
        for (int i = at; i >= 0 && i < statements.Count && i <= at + 2; i++)
            if (statements[i].Amounts.Exists(a => Same(a, figure))) return true;
        return false;
    }

    private static bool Same(Amount a, Amount b) => System.Math.Abs(a.InYuan - b.InYuan) <= a.HalfUnitInYuan + b.HalfUnitInYuan;

    /// <summary>The same characters in another order, or one character changed.</summary>
    private static bool Slip(string printed, string table)
    {
        if (printed.Length != table.Length) return false;
        var a = printed.ToCharArray();
        var b = table.ToCharArray();
        System.Array.Sort(a);
        System.Array.Sort(b);
        if (new string(a) == new string(b)) return true;
        int differ = 0;
        for (int i = 0; i < printed.Length; i++) if (printed[i] != table[i]) differ++;
        return differ == 1;
    }

    /// <summary>A name as names are compared: no spaces or quotes, and no trailing 支出.</summary>
    private static string Comparable(string text)
    {
        string key = Key(text);
        return key.Length > 4 && key.EndsWith("支出", System.StringComparison.Ordinal) ? key.Substring(0, key.Length - 2) : key;
    }

    private static string Key(string text)
    {
        var b = new System.Text.StringBuilder(text.Length);
        foreach (char c in text) if (!char.IsWhiteSpace(c) && c is not ('“' or '”' or '"')) b.Append(c);
        return b.ToString();
    }
}
