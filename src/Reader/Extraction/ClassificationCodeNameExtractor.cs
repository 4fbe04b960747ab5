using System.Text.RegularExpressions;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;
using ComplianceGen.Reader.Normalization;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// A seven-digit functional code written straight before its name in prose, with an amount:
/// <c>2060102一般行政管理事务支出5万元</c>, <c>2210201儿童福利11,950.30元</c>. Only a code
/// followed by a name and a figure counts, so a project called “2060702科普活动” in passing is
/// not taken for a classification line.
/// </summary>
public sealed partial class ClassificationCodeNameExtractor : ISentenceExtractor
{
    [GeneratedRegex(@"(?<![\d.,])(?<code>2\d{6})(?<name>[\u4e00-\u9fff（）]{2,30}?)(?=\s*\d)")]
    private static partial Regex CodeAndName { get; }

    public void Extract(Sentence sentence, ExtractionContext context)
    {
        if (sentence.InGlossary) return;
        string text = sentence.Text;
        foreach (Match m in CodeAndName.Matches(text))
        {
            var name = m.Groups["name"];
            var code = m.Groups["code"];
            AmountMatch? amount = null;
            foreach (var candidate in context.Amounts(sentence))
            {
                if (candidate.Start >= name.Index + name.Length) { amount = candidate; break; }
            }
            if (amount is null || amount.Start != name.Index + name.Length + Gap(text, name.Index + name.Length)) continue;
            context.Report.FunctionalClassification.Add(new ClassificationLine
            {
                Code = new CodeFact(code.Value, sentence.EvidenceFor(code.Index, code.Length)),
                Name = new TextFact(name.Value, sentence.EvidenceFor(name.Index, name.Length)),
                Path = new TextFact(name.Value, sentence.EvidenceFor(name.Index, name.Length)),
                Amount = amount.Amount,
                Level = ClassificationLevel.Item,
                Form = ClassificationForm.ProseCodes,
                Evidence = sentence.EvidenceFor(m.Index, m.Length),
            });
        }
    }

    private static int Gap(string text, int index)
    {
        int gap = 0;
        while (index + gap < text.Length && WhiteSpace.Is(text[index + gap])) gap++;
        return gap;
    }
}
