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
public sealed partial class ClassificationProseExtractor : ISentenceExtractor
{
    private const string Name = @"[\u4e00-\u9fff“”、]";

    [GeneratedRegex($@"(?<n1>{Name}+?)\s*（(?<c1>\d{{3}})类?）\s*(?<n2>{Name}+?)\s*（(?<c2>\d{{2}})款?）(?:\s*(?<n3>{Name}+?)\s*（(?<c3>\d{{2}})项?）)?")]
    private static partial Regex WithCodes { get; }

    [GeneratedRegex($@"(?<n1>{Name}+?)\s*（类）\s*(?<n2>{Name}+?)\s*（款）\s*(?<n3>{Name}+?)\s*（项）")]
    private static partial Regex WithLevels { get; }

    /// <summary>A path that stops after its 款 at the end of a sentence: the 项 follows in the next one.</summary>
    [GeneratedRegex($@"(?<n1>[\u4e00-\u9fff“”]{Name}*?)\s*（类）\s*(?<n2>{Name}+?)\s*（款）\s*(?<n3>{Name}*)\s*$")]
    private static partial Regex LevelsHead { get; }

    /// <summary>The 项 that opens a sentence, completing a <see cref="LevelsHead"/> (a PDF line break split the path).</summary>
    [GeneratedRegex($@"^\s*(?<n3>{Name}*?)\s*（项）")]
    private static partial Regex LevelsTail { get; }

    [GeneratedRegex(@"^[^；。]{0,12}?" + Labels.CompletionOfBudget + @"\s*(?<p>\d+(?:\.\d+)?)\s*%")]
    private static partial Regex Execution { get; }

    [GeneratedRegex(@"^(?:其中|主要用于|用于|以下方面|包括)+")]
    private static partial Regex LeadingWords { get; }

    public void Extract(Sentence sentence, ExtractionContext context)
    {
        string text = sentence.Text;
        var pending = context.PendingClassificationHead;
        context.PendingClassificationHead = null;
        if (pending is { } head && LevelsTail.Match(text) is { Success: true } tail && head.Head.Groups["n3"].Length + tail.Groups["n3"].Length > 0)
        {
            AddSplitLine(head.Sentence, head.Head, sentence, tail, context);
            return;
        }
        // A heading that is not a classification line ends the figures a previous one was waiting for.
        if (sentence.IsHeading && !text.Contains("（类）") && !text.Contains("（款）") && !(HasCodeInParenthesis(text) && WithCodes.IsMatch(text)))
            context.LastProseClassification = null;
        // Every classification path has a full-width parenthesis; most sentences have none.
        if (text.IndexOf('（') < 0) return;
        // Most sentences print no 款 at all; the regex is only tried on those that do.
        if (text.Contains("（款）") && !sentence.InGlossary && LevelsHead.Match(text) is { Success: true } cut && !WithLevels.IsMatch(text))
        {
            context.PendingClassificationHead = (sentence, cut);
            return;
        }
        // The two paths' regexes try a name at every Chinese character and stretch it to the next parenthesis, so
        // they only run on a sentence that has what they end on: "（206）"-like codes, or all of （类）（款）（项）.
        bool coded = HasCodeInParenthesis(text);
        bool levelled = text.Contains("（类）") && text.Contains("（项）");
        if (!coded && !levelled) return;
        var matches = new System.Collections.Generic.List<(Match M, bool Coded)>();
        if (coded)
            for (var m = WithCodes.Match(text); m.Success; m = m.NextMatch()) matches.Add((m, true));
        if (levelled)
            for (var m = WithLevels.Match(text); m.Success; m = m.NextMatch()) matches.Add((m, false));
        matches.Sort((a, b) => a.M.Index.CompareTo(b.M.Index));
        for (int i = 0; i < matches.Count; i++)
        {
            var (m, isCoded) = matches[i];
            int limit = i + 1 < matches.Count ? matches[i + 1].M.Index : text.Length;
            string n1 = Clean(m.Groups["n1"].Value), n2 = Clean(m.Groups["n2"].Value), n3 = Clean(m.Groups["n3"].Value);
            string deepest = n3.Length > 0 ? n3 : n2;
            var line = new ClassificationLine
            {
                Form = isCoded ? ClassificationForm.ProseCodes : ClassificationForm.ProseLevels,
                Evidence = sentence.EvidenceFor(m.Index, m.Length),
                Path = new TextFact(n3.Length > 0 ? $"{n1}/{n2}/{n3}" : $"{n1}/{n2}", sentence.EvidenceFor(m.Index, m.Length)),
            };
            var deepestGroup = n3.Length > 0 ? m.Groups["n3"] : m.Groups["n2"];
            line.Name = new TextFact(deepest, sentence.EvidenceFor(deepestGroup.Index, deepestGroup.Length));
            // The names of the levels above, as printed on the same line, are checked against the catalogue too.
            line.ClassName = new TextFact(n1, sentence.EvidenceFor(m.Groups["n1"].Index, m.Groups["n1"].Length));
            if (n3.Length > 0) line.SectionName = new TextFact(n2, sentence.EvidenceFor(m.Groups["n2"].Index, m.Groups["n2"].Length));
            if (isCoded)
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
            // A line printed as a heading of its own has its figures in the paragraph under it.
            context.LastProseClassification = (line, sentence.IsHeading ? null : sentence.Paragraph);
        }
    }

    /// <summary>Whether a full-width parenthesis opens on three digits (any the regex calls \d), as every coded path's first level does ("（206）", "（206类）").</summary>
    private static bool HasCodeInParenthesis(string text)
    {
        for (int i = text.IndexOf('（'); i >= 0 && i + 3 < text.Length; i = text.IndexOf('（', i + 1))
            if (char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3])) return true;
        return false;
    }

    /// <summary>
    /// A path printed over two sentences: 类 and 款 end one ("1、社会保障和就业支出（类）行政事业单位养老支出（款）"),
    /// the 项 opens the next ("行政单位离退休（项）。主要用于：…"). Its figures follow in the 项's paragraph.
    /// </summary>
    private static void AddSplitLine(Sentence headSentence, Match head, Sentence tailSentence, Match tail, ExtractionContext context)
    {
        string n1 = Clean(head.Groups["n1"].Value), n2 = Clean(head.Groups["n2"].Value);
        // The 项's name may itself be cut: "…（款）行政单位" + "医疗（项）".
        string n3 = Clean(head.Groups["n3"].Value + tail.Groups["n3"].Value);
        var nameEvidence = tail.Groups["n3"].Length > 0
            ? tailSentence.EvidenceFor(tail.Groups["n3"].Index, tail.Groups["n3"].Length)
            : headSentence.EvidenceFor(head.Groups["n3"].Index, head.Groups["n3"].Length);
        var headEvidence = headSentence.EvidenceFor(head.Index, head.Length);
        var line = new ClassificationLine
        {
            Form = ClassificationForm.ProseLevels,
            Level = ClassificationLevel.Item,
            Evidence = headEvidence,
            Path = new TextFact($"{n1}/{n2}/{n3}", headEvidence),
            Name = new TextFact(n3, nameEvidence),
            ClassName = new TextFact(n1, headSentence.EvidenceFor(head.Groups["n1"].Index, head.Groups["n1"].Length)),
            SectionName = new TextFact(n2, headSentence.EvidenceFor(head.Groups["n2"].Index, head.Groups["n2"].Length)),
        };
        context.Report.FunctionalClassification.Add(line);
        context.LastProseClassification = (line, tailSentence.Paragraph);
    }

    private static readonly char[] NameEdges = { '、', '“', '”' };

    private static string Clean(string name) => LeadingWords.Replace(name.Replace(" ", "").Trim(NameEdges), "");
}
