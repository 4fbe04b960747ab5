using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// 绩效目标: "开展绩效目标管理的项目2个，涉及预算1.5万元" — count, amount and the sentence. A final account reports the
/// evaluation of its targets, often without the word 绩效目标: "组织对3个项目开展绩效自评", "选取7个项目开展绩效评价" state it too.
/// </summary>
public sealed partial class PerformanceExtractor : ISentenceExtractor
{
    [GeneratedRegex(@"绩效目标[^。；]{0,30}?项目\s*(?<n>\d+)\s*个")]
    private static partial Regex Count { get; }
    [GeneratedRegex(@"涉及[^\d；。]{0,24}?$")]
    private static partial Regex Covered { get; }
    /// <summary>An evaluation with its projects or its result: 对3个项目开展绩效自评, 绩效自评的项目4个, 绩效评价结果为优.</summary>
    [GeneratedRegex(@"(?:\d+\s*个(?:项目)?|项目\s*\d+\s*个)[^。；]{0,20}?绩效(?:自评|评价)|绩效(?:自评|评价)[^。；]{0,20}?(?:\d+\s*个(?:项目)?|项目\s*\d+\s*个)|绩效(?:自评|评价)[^。；]{0,6}?(?:结果|得分|等级|评级)")]
    private static partial Regex EvaluationStated { get; }

    /// <summary>
    /// A final account's report of its evaluation: under a heading about performance, or stating the projects evaluated or the
    /// result. Not a mention in passing (主要用于：委托中介机构开展各类审计及绩效评价工作).
    /// </summary>
    private static bool Evaluation(Sentence sentence) =>
        (sentence.Text.Contains("绩效自评") || sentence.Text.Contains("绩效评价")) &&
        (sentence.HeadingContext.Contains("绩效") || EvaluationStated.IsMatch(sentence.Text));

    public void Extract(Sentence sentence, ExtractionContext context)
    {
        string text = sentence.Text;
        if (sentence.InGlossary || sentence.IsHeading) return;
        if (!text.Contains("绩效目标") && !(context.Report.Kind == DocumentKind.FinalAccount && Evaluation(sentence))) return;
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
