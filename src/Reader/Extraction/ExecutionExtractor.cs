using System.Text.RegularExpressions;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// Budget execution: "支出决算为194.97万元，完成预算99.89 %", "年初预算为0.95万元，支出决算为
/// 0.00万元，完成预算的0%", "年初预算为 1560.05 万元，支出决算为1511.89万元". The actual figure
/// is the last non-budget amount before the rate; the budget is an amount labelled 预算.
/// </summary>
public sealed partial class ExecutionExtractor : ISentenceExtractor
{
    [GeneratedRegex(@"(?:" + Labels.CompletionOfBudget + @"|预算执行率为?)\s*(?<p>\d+(?:\.\d+)?)\s*%")]
    private static partial Regex Rate { get; }
    [GeneratedRegex(@"[\u4e00-\u9fff“”]+（类）(?:[\u4e00-\u9fff“”]+（款）)?\s*(?:[\u4e00-\u9fff“”]+（项）)?")]
    private static partial Regex Levels { get; }

    public void Extract(Sentence sentence, ExtractionContext context)
    {
        if (sentence.InGlossary) return;
        string text = sentence.Text;
        var amounts = context.Amounts(sentence);
        var rate = Rate.Match(text);
        int limit = rate.Success ? rate.Index : text.Length;
        AmountMatch? actual = null, budget = null;
        foreach (var a in amounts)
        {
            if (a.Start >= limit) break;
            if (a.Label.Contains('比')) continue;
            bool isBudget = a.Label.Contains("预算") && !a.Label.Contains("决算") && !a.Label.Contains("支出");
            if (isBudget) budget = a;
            else if (a.Label.Contains("决算") || a.Label.Contains("执行数") || rate.Success) actual = a;
        }
        if (!rate.Success && (actual is null || budget is null)) return;
        if (actual is null && budget is null) return;
        var statement = new ExecutionStatement
        {
            Actual = actual?.Amount,
            Budget = budget?.Amount,
            Evidence = sentence.EvidenceFor(0, rate.Success ? rate.Index + rate.Length : sentence.Length),
        };
        if (rate.Success) statement.Rate = AmountScanner.ShareAt(sentence, rate.Groups["p"], rate.Index + rate.Length);
        var levels = Levels.Match(text);
        if (!levels.Success && context.LastProseClassification is { } last && (last.Paragraph is null || ReferenceEquals(last.Paragraph, sentence.Paragraph)))
        {
            // From here on the line's figures are this paragraph's.
            context.LastProseClassification = (last.Line, sentence.Paragraph);
            // Figures printed after the line they belong to, in the same paragraph.
            last.Line.Amount ??= statement.Actual;
            last.Line.ExecutionRate ??= statement.Rate;
            statement.Subject = new TextFact(last.Line.Path?.Value ?? "", last.Line.Evidence);
            context.Report.Executions.Add(statement);
            return;
        }
        string subject = levels.Success && levels.Index < limit
            ? levels.Value.Replace(" ", "")
            : amounts.Count > 0 ? Labels.Effective(sentence, amounts[0]) : AmountScanner.CleanLabel(text.Substring(0, limit));
        statement.Subject = new TextFact(subject, sentence.EvidenceFor(0, System.Math.Max(1, limit)));
        context.Report.Executions.Add(statement);
        if (subject.Contains("一般公共预算") && !subject.Contains("基本")) context.Report.GeneralBudget.ExecutionRate ??= statement.Rate;
    }
}
