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

    private static string Key(string text)
    {
        var b = new System.Text.StringBuilder(text.Length);
        foreach (char c in text) if (!char.IsWhiteSpace(c) && c is not ('“' or '”' or '"')) b.Append(c);
        return b.ToString();
    }
}
