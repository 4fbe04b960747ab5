using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// A 类 named in prose with its amount and share: "科学技术支出49.36万元，占79%",
/// "科学技术（类）支出507.44万元，占80.12%". Added once per class and amount; a later
/// sentence that repeats the figure with a share fills the share in.
/// </summary>
public sealed partial class ClassNameExtractor : ISentenceExtractor
{
    private static readonly string[] StageSuffixes = { "预算数", "决算数", "预算", "决算" };

    /// <summary>The class name as printed, without the 预算/决算 the sentence appended ("科学技术支出预算" → "科学技术支出").</summary>
    private static string PrintedName(string label)
    {
        // "科学技术（类）支出" / "一般公共服务支出（类）支出" / "住房保障支出（类）" name the class 科学技术支出 etc.
        int marker = label.IndexOf("（类）", System.StringComparison.Ordinal);
        if (marker > 0)
        {
            string head = label.Substring(0, marker), tail = label.Substring(marker + 3);
            label = head.EndsWith("支出", System.StringComparison.Ordinal) && tail.StartsWith("支出", System.StringComparison.Ordinal) ? head + tail.Substring(2) : head + tail;
        }
        foreach (var suffix in StageSuffixes)
            if (label.EndsWith(suffix, System.StringComparison.Ordinal) && label.Length > suffix.Length + 2) return label.Substring(0, label.Length - suffix.Length);
        return label;
    }

    /// <summary>A class's figure printed without its unit in a list (社会保障和就业支出197.81,医疗卫生与计划生育支出20.98万元).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<name>[\u4e00-\u9fff]{2,14}?支出)\s*(?>\d+(?:,\d{3})*(?:\.\d+)?)(?=\s*[，,、；;。](?!\d))")]
    private static partial System.Text.RegularExpressions.Regex BareClassFigure { get; }

    public void Extract(Sentence sentence, ExtractionContext context)
    {
        if (sentence.InGlossary || sentence.Text.Contains("三公")) return;
        // A class whose figure lacks its unit is not read, so the list read would be short of its total: none is taken
        // (a Qinghai centre's 2017 budget: AR-004 had summed the classes to 204.19 against 402).
        if (sentence.Text.Contains("支出", System.StringComparison.Ordinal))
            foreach (System.Text.RegularExpressions.Match bare in BareClassFigure.Matches(sentence.Text))
                if (ClassNames.TryMatch(bare.Groups["name"].Value, amongClasses: true, out _, out _)) return;
        var section = context.Report.FunctionalClassification;
        var amounts = context.Amounts(sentence);
        int classes = 0;
        foreach (var m in amounts)
            if (!m.Label.Contains('比') && ClassNames.TryMatch(m.Label, out string name, out _) && ClassNames.ListsClasses(name)) classes++;
        foreach (var m in amounts)
        {
            if (m.Label.Contains('比') || !ClassNames.TryMatch(m.Label, amongClasses: classes > 0, out string shortName, out string code)) continue;
            ClassificationLine? existing = null;
            foreach (var line in section.Classes)
                if (line.Form == ClassificationForm.ProseClassName && line.Amount is not null &&
                    line.Amount.Value == m.Amount.Value && ClassNames.TryMatch(line.Name?.Value ?? "", amongClasses: true, out string other, out _) && other == shortName)
                    existing = line;
            if (existing is not null)
            {
                // The same class and digits again: it fills in the share, and is kept as a restatement
                // so that "5.56万元" followed by "5.56元" is seen.
                existing.Amount = context.KeepFirst(existing.Amount, m.Amount, PrintedName(m.Label));
                existing.Share ??= m.Share;
                continue;
            }
            var labelEvidence = sentence.EvidenceFor(m.LabelStart, m.Start - m.LabelStart);
            section.Add(new ClassificationLine
            {
                Form = ClassificationForm.ProseClassName,
                Level = ClassificationLevel.Class,
                Code = new CodeFact(code, labelEvidence),
                Name = new TextFact(PrintedName(m.Label), labelEvidence),
                Path = new TextFact(m.Label, labelEvidence),
                Amount = m.Amount,
                Share = m.Share,
                Evidence = sentence.EvidenceFor(m.LabelStart, m.After - m.LabelStart),
            });
        }
    }
}
