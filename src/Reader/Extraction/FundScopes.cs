using System.Collections.Generic;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// Gives each classification line the scope of its figure. A table row takes it from the table's title
/// (一般公共预算支出表 → 一般公共预算, 支出总表 → 全部资金); a prose line from its sentence, or else from the
/// nearest heading above it that names one. The same code is printed in several scopes in one document
/// (行政运行 in the 支出总表, the 一般公共预算支出表 and the 政府性基金 table), and only figures of one scope agree.
/// </summary>
public static class FundScopes
{
    public const string GeneralBudget = "一般公共预算";
    public const string GovernmentFund = "政府性基金预算";
    public const string StateCapital = "国有资本经营预算";
    public const string Appropriation = "财政拨款";
    public const string AllFunds = "全部资金";

    public static void Assign(ExtractionContext context)
    {
        // Every line a sentence covers points to it: a line's evidence may sit on the second line of a wrapped sentence.
        // Made when a line read from prose first asks: a table's lines take their scope from its title.
        Dictionary<int, Sentence>? sentenceAt = null;
        Dictionary<int, Sentence> SentenceAt()
        {
            var map = new Dictionary<int, Sentence>(context.Structure.Sentences.Count);
            foreach (var sentence in context.Structure.Sentences)
            {
                int first = sentence.Line, last = sentence.Paragraph.LineAt(sentence.Start + System.Math.Max(0, sentence.Length - 1));
                for (int line = first; line <= last && line - first < 64; line++) map.TryAdd(line, sentence);
            }
            return map;
        }
        foreach (var section in new[] { context.Report.FunctionalClassification, context.Report.EconomicClassification })
        {
            foreach (var line in section.Lines)
            {
                string? scope;
                Evidence? evidence = line.TableTitle?.Evidence ?? line.Evidence;
                if (line.TableTitle is not null) scope = OfTableTitle(line.TableTitle.Value);
                else scope = line.Evidence is not null && (sentenceAt ??= SentenceAt()).TryGetValue(line.Evidence.Line, out var sentence) ? OfProse(sentence, line.Name?.Value) : null;
                if (scope is not null) line.Scope = new TextFact(scope, evidence);
            }
        }
        foreach (var conflict in context.Report.Conflicts)
        {
            conflict.FirstScope = ScopeAt(conflict.First?.Evidence);
            conflict.OtherScope = ScopeAt(conflict.Other?.Evidence);
        }

        TextFact? ScopeAt(Evidence? evidence) =>
            evidence is not null && (sentenceAt ??= SentenceAt()).TryGetValue(evidence.Line, out var sentence) && OfProse(sentence) is { } s ? new TextFact(s, evidence) : null;
    }

    public static string? OfTableTitle(string title) => Of(title) ?? Tables.TemplateTables.Recognise(title) switch
    {
        Tables.TemplateTableKind.Expenditure or Tables.TemplateTableKind.Income or Tables.TemplateTableKind.IncomeExpenditure => AllFunds,
        _ => null,
    };

    private static string? OfProse(Sentence sentence, string? name = null)
    {
        // "收入包括：一般公共预算拨款…、上年结转结余…；支出包括：教育支出…": the income clause's 一般公共预算 is not the
        // spending's scope. A line in a sentence's own clause on spending takes its scope from that clause, or the headings.
        // A scope named before the income ("2024年一般公共预算财政拨款收入120万元；支出120万元，其中：教育支出…") is the whole
        // sentence's.
        if (name is not null && sentence.Text.Contains('；') && ClauseNaming(sentence.Text, name) is { } clause
            && clause.TrimStart().StartsWith("支出", System.StringComparison.Ordinal) && Of(SubjectBeforeIncome(sentence.Text)) is null)
        {
            var own = Of(clause);
            if (own is not null) return own;
            if (AllFundsWords(clause)) return AllFunds;
            return FromHeadings(sentence);
        }
        var scope = Of(sentence.Text);
        if (scope is not null) return scope;
        // "（二）支出预算：2023年年初预算数154.79万元，其中：科学技术支出…": the department's whole spending.
        if (AllFundsWords(sentence.Text)) return AllFunds;
        return FromHeadings(sentence);
    }

    private static string SubjectBeforeIncome(string text)
    {
        int income = text.IndexOf("收入", System.StringComparison.Ordinal);
        return income > 0 ? text[..income] : "";
    }

    private static string? ClauseNaming(string text, string name)
    {
        int at = text.IndexOf(name, System.StringComparison.Ordinal);
        if (at < 0) return null;
        int start = text.LastIndexOf('；', at) + 1, end = text.IndexOf('；', at);
        return text[start..(end < 0 ? text.Length : end)];
    }

    private static string? FromHeadings(Sentence sentence)
    {
        string? scope;
        var headings = sentence.HeadingContext.Split('/');
        for (int i = headings.Length - 1; i >= 0; i--)
        {
            scope = Of(headings[i]);
            if (scope is not null) return scope;
            if (AllFundsWords(headings[i])) return AllFunds;
        }
        return null;
    }

    private static bool AllFundsWords(string text) =>
        text.Contains("支出预算") || text.Contains("支出决算") || text.Contains("支出总体") || text.Contains("收支总体") || text.Contains("收支预算") || text.Contains("支出总计");

    /// <summary>The scope a text names, most specific first.</summary>
    private static string? Of(string text)
    {
        if (text.Contains("政府性基金")) return GovernmentFund;
        if (text.Contains("国有资本经营")) return StateCapital;
        if (text.Contains("一般公共预算") || text.Contains("一般公共财政")) return GeneralBudget;
        if (text.Contains("财政拨款")) return Appropriation;
        return null;
    }
}
