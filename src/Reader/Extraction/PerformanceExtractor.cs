using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>绩效目标: "开展绩效目标管理的项目2个，涉及预算1.5万元" — count, amount and the sentence.</summary>
public sealed partial class PerformanceExtractor : ISentenceExtractor
{
    [GeneratedRegex(@"绩效目标[^。；]{0,30}?项目\s*(?<n>\d+)\s*个")]
    private static partial Regex Count { get; }
    [GeneratedRegex(@"涉及[^\d；。]{0,24}?$")]
    private static partial Regex Covered { get; }

    public void Extract(Sentence sentence, ExtractionContext context)
    {
        string text = sentence.Text;
        if (sentence.InGlossary || sentence.IsHeading || !text.Contains("绩效目标")) return;
        var performance = context.Report.Performance;
        var count = Count.Match(text);
        int from = 0;
        if (count.Success && performance.ProjectCount is null)
        {
            performance.ProjectCount = new CountFact(int.Parse(count.Groups["n"].Value, CultureInfo.InvariantCulture), sentence.EvidenceFor(count.Index, count.Length));
            from = count.Index + count.Length;
        }
        if (performance.Amount is null && (count.Success || text.Contains("绩效目标管理")))
        {
            foreach (var a in context.Amounts(sentence))
            {
                if (a.Start < from) continue;
                if (Covered.IsMatch(text.Substring(from, a.Start - from)) || text.Substring(from, a.Start - from).Contains("涉及"))
                {
                    performance.Amount = a.Amount;
                    break;
                }
            }
        }
        performance.Statement ??= new TextFact(text, sentence.Evidence);
    }
}
