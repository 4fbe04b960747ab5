using System.Text.RegularExpressions;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// Classification lines printed in prose:
/// <c>科学技术支出（206）科学技术管理事务（01）行政运行（01）</c> (also with 类/款/项 after the
/// digits) assembles code 2060101; <c>科学技术（类）科学技术管理事务（款）行政运行（项）</c> has
/// no code. The amount is the first figure that follows in the same clause.
/// </summary>
public sealed class ClassificationProseExtractor : ISentenceExtractor
{
    private const string Name = @"[\u4e00-\u9fff“”、]";

    private static readonly Regex WithCodes = new(
        $@"(?<n1>{Name}+?)\s*（(?<c1>\d{{3}})类?）\s*(?<n2>{Name}+?)\s*（(?<c2>\d{{2}})款?）(?:\s*(?<n3>{Name}+?)\s*（(?<c3>\d{{2}})项?）)?",
        RegexOptions.Compiled);

    private static readonly Regex WithLevels = new(
        $@"(?<n1>{Name}+?)\s*（类）\s*(?<n2>{Name}+?)\s*（款）\s*(?<n3>{Name}+?)\s*（项）", RegexOptions.Compiled);

    private static readonly Regex Execution = new(@"^[^；。]{0,12}?完成(?:年初)?预算的?\s*(?<p>\d+(?:\.\d+)?)\s*%", RegexOptions.Compiled);

    private static readonly Regex LeadingWords = new(@"^(?:其中|主要用于|用于|以下方面|包括)+", RegexOptions.Compiled);

    public void Extract(Sentence sentence, ExtractionContext context)
    {
        string text = sentence.Text;
        var matches = new System.Collections.Generic.List<(Match M, bool Coded)>();
        foreach (Match m in WithCodes.Matches(text)) matches.Add((m, true));
        foreach (Match m in WithLevels.Matches(text)) matches.Add((m, false));
        matches.Sort((a, b) => a.M.Index.CompareTo(b.M.Index));
        for (int i = 0; i < matches.Count; i++)
        {
            var (m, coded) = matches[i];
            int limit = i + 1 < matches.Count ? matches[i + 1].M.Index : text.Length;
            string n1 = Clean(m.Groups["n1"].Value), n2 = Clean(m.Groups["n2"].Value), n3 = Clean(m.Groups["n3"].Value);
            string deepest = n3.Length > 0 ? n3 : n2;
            var line = new ClassificationLine
            {
                Form = coded ? ClassificationForm.ProseCodes : ClassificationForm.ProseLevels,
                Evidence = sentence.EvidenceFor(m.Index, m.Length),
                Path = new TextFact(n3.Length > 0 ? $"{n1}/{n2}/{n3}" : $"{n1}/{n2}", sentence.EvidenceFor(m.Index, m.Length)),
            };
            var deepestGroup = n3.Length > 0 ? m.Groups["n3"] : m.Groups["n2"];
            line.Name = new TextFact(deepest, sentence.EvidenceFor(deepestGroup.Index, deepestGroup.Length));
            // The names of the levels above, as printed on the same line, are checked against the catalogue too.
            line.ClassName = new TextFact(n1, sentence.EvidenceFor(m.Groups["n1"].Index, m.Groups["n1"].Length));
            if (n3.Length > 0) line.SectionName = new TextFact(n2, sentence.EvidenceFor(m.Groups["n2"].Index, m.Groups["n2"].Length));
            if (coded)
            {
                string code = m.Groups["c1"].Value + m.Groups["c2"].Value + m.Groups["c3"].Value;
                line.Code = new CodeFact(code, sentence.EvidenceFor(m.Index, m.Length));
                line.Level = ClassificationLevels.FromCode(code);
            }
            else line.Level = ClassificationLevel.Item;

            // The figure belongs to this line when it follows in the same clause, not after a comparison.
            foreach (var amount in context.Amounts(sentence))
            {
                if (amount.Start < m.Index + m.Length || amount.Start >= limit) continue;
                string between = text.Substring(m.Index + m.Length, amount.Start - (m.Index + m.Length));
                if (between.Contains('；') || between.Contains('比') || between.Contains("较")) break;
                line.Amount = amount.Amount;
                line.Share = amount.Share;
                var execution = Execution.Match(text.Substring(amount.After));
                if (execution.Success)
                {
                    var g = execution.Groups["p"];
                    int end = execution.Index + execution.Length;
                    line.ExecutionRate = new Share(decimal.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture),
                        Precision.DecimalsOf(g.Value), sentence.EvidenceFor(amount.After + g.Index, end - g.Index));
                }
                break;
            }
            context.Report.FunctionalClassification.Add(line);
            context.LastProseClassification = (line, sentence.Paragraph);
        }
    }

    private static string Clean(string name) => LeadingWords.Replace(name.Replace(" ", "").Trim('、', '“', '”'), "");
}
