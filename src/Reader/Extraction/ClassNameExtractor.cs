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

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:包括|其中|主要|分别为|分别|依次为|为|是|含|即)[:：]?")]
    private static partial System.Text.RegularExpressions.Regex ListLeadIn { get; }

    /// <summary>Words of spending that is not a class of the functional classification: a stage, a fund, a part, an economic class.</summary>
    private static readonly string[] NotAClassWords =
        { "基本", "项目", "人员", "公用", "预算", "拨款", "基金", "资本", "本年", "上年", "合计", "总", "事业", "经营", "经费", "工资", "商品", "补助", "对个人", "对企业", "债务", "其中", "年初", "结转" };

    /// <summary>
    /// Whether a list of classes holds an item the catalogue does not name, next to a class it names, with only a separator
    /// between them: "其中：一般公共安全支出1616.91万元，教育支出2.99万元，…" (a slip for 公共安全支出) or an old or informal
    /// name. Such a list is read short of its total, as one with a bare figure is, so none of it is taken (a Chongqing
    /// procuratorate's 2023 budget: AR-004 had summed four of its five classes to 385.07 against 2001.98).
    /// </summary>
    private static bool ListsAnUnknownClass(string text, System.Collections.Generic.List<AmountMatch> amounts)
    {
        for (int i = 0; i < amounts.Count; i++)
        {
            // Most labels are no spending: they are passed over before any string is made. The list's lead-in is not the
            // name (按支出功能分类，包括一般公共服务支出5,140.00万元、…).
            if (!amounts[i].Label.Contains("支出", System.StringComparison.Ordinal)) continue;
            string label = ListLeadIn.Replace(PrintedName(amounts[i].Label), "");
            if (!LooksLikeAClass(label) || ClassNames.TryMatch(label, amongClasses: true, out _, out _)) continue;
            if (i > 0 && IsNamedClass(amounts[i - 1]) && OnlySeparators(text, amounts[i - 1].After, amounts[i].LabelStart)) return true;
            if (i + 1 < amounts.Count && IsNamedClass(amounts[i + 1]) && OnlySeparators(text, amounts[i].After, amounts[i + 1].LabelStart)) return true;
        }
        return false;

        static bool LooksLikeAClass(string label)
        {
            if (label.Length is < 4 or > 14 || !label.EndsWith("支出", System.StringComparison.Ordinal)) return false;
            foreach (char c in label) if (c is not (>= '\u4e00' and <= '\u9fff')) return false;
            foreach (var word in NotAClassWords) if (label.Contains(word, System.StringComparison.Ordinal)) return false;
            return true;
        }

        static bool IsNamedClass(AmountMatch m) =>
            !m.Label.Contains('比') && ClassNames.TryMatch(m.Label, amongClasses: true, out string name, out _) && ClassNames.ListsClasses(name);

        static bool OnlySeparators(string text, int from, int to)
        {
            if (from > to || to > text.Length) return false;
            for (int k = from; k < to; k++)
                if (text[k] is not ('、' or '，' or ',' or '；' or ';') && !char.IsWhiteSpace(text[k])) return false;
            return true;
        }
    }

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
        if (ListsAnUnknownClass(sentence.Text, amounts)) return;
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
