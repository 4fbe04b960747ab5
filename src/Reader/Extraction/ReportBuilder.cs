using System.Collections.Generic;
using ComplianceGen.Reader.Documents;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>Runs the extractors over a structured document and returns the filled report.</summary>
public static partial class ReportBuilder
{
    private static readonly ISentenceExtractor[] SentenceExtractors =
    {
        new TotalsExtractor(),
        new BreakdownExtractor(),
        new ClassificationProseExtractor(),
        new ClassificationCodeNameExtractor(),
        new ClassNameExtractor(),
        new ThreePublicExtractor(),
        new OperatingCostsExtractor(),
        new ProcurementExtractor(),
        new AssetsExtractor(),
        new FundsExtractor(),
        new PerformanceExtractor(),
        new ChangeExtractor(),
        new ExecutionExtractor(),
        new YearStatementExtractor(),
        new UnitMentionExtractor(),
        new StatementExtractor(),
    };

    /// <summary>
    /// Where the text is cut short, as the index of the first sentence cut (the count of sentences when it is not): its last
    /// sentence when the text stops in it, with no closing mark and nothing after it (a page stored to its first 2,000
    /// characters, a file cut short: `…社会保障和就业支出280.71万元，占6.6%；一般`), and when that sentence is the next item's
    /// number, the numbered items before it (`包括：` / `1.公共安全支出2502.65万元。` / `2.社会保障和就业支出118.87万元。` / `3`: the
    /// list may go on). A list there is cut too, so its parts and shares are not taken: their sum would be judged short of a
    /// total or of 100% the full text reaches. A text that closes its last sentence is whole: its last list is judged.
    /// </summary>
    private static int CutFrom(DocumentStructure structure, SourceDocument document)
    {
        var sentences = structure.Sentences;
        if (sentences.Count == 0) return 0;
        var last = sentences[^1];
        // The sentence's own text leaves its closing mark out: the paragraph's end says how it stops.
        string paragraph = last.Paragraph.Text.TrimEnd();
        if (paragraph.Length == 0) return sentences.Count;
        int endLine = last.EvidenceFor(last.Length - 1, 1).Line;
        for (int i = document.Lines.Count - 1; i >= 0; i--)
        {
            var line = document.Lines[i];
            if (line.IsBlank) continue;
            if (line.Number > endLine) return sentences.Count;
            break;
        }
        // A text that closes its last sentence is whole, whatever it ends on (a list of the other matters, of the tables).
        if (last.IsHeading || "。！？；.!?;）)”\"".Contains(paragraph[^1])) return sentences.Count;
        int cut = sentences.Count - 1;
        // Stopped in the next item's number (…118.87万元。/ 3): the numbered items before it, numbered alike and up to the
        // nearest heading, are a list that may go on.
        if (!ItemStart.IsMatch(last.Text) && ItemNumbering(last.Text) is null) return cut;
        var style = cut > 0 ? ItemNumbering(sentences[cut - 1].Text) : null;
        int from = cut;
        while (style is not null && from > 0 && !sentences[from - 1].IsHeading && ItemNumbering(sentences[from - 1].Text) == style) from--;
        return from;
    }

    /// <summary>
    /// How a list's item is numbered, as the heading reader tells numbering (<see cref="Headings.NumberingOf"/>); the first item
    /// may follow the words that lead to the list (包括：1.…). Null when it is not numbered.
    /// </summary>
    private static HeadingKind? ItemNumbering(string text)
    {
        int lead = text.IndexOfAny(LeadEnds);
        if (lead >= 0 && lead <= 30 && text.IndexOfAny(SentenceStops, 0, lead) < 0 && Headings.NumberingOf(text[(lead + 1)..]) is { } led) return led;
        return Headings.NumberingOf(text);
    }

    private static readonly char[] LeadEnds = { '：', ':' }, SentenceStops = { '。', '；', ';' };

    /// <summary>An item's number cut from its words (`3`, `3.`), not a year's digits nor a month or a day (`10月份`).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\d{1,2}(?![\d月日号])")]
    private static partial System.Text.RegularExpressions.Regex ItemStart { get; }

    public static DisclosureReport Build(SourceDocument document, DocumentStructure structure, List<ReaderWarning> warnings)
    {
        var report = new DisclosureReport { SourcePath = document.Path };
        foreach (var w in warnings) report.Warnings.Add(w.ToString());
        var context = new ExtractionContext(report, document, structure, warnings);
        report.Parts.ReadFromTraditional = document.ReadFromTraditional;

        IdentityExtractor.Extract(context);
        // What a finding about the whole document points at: its unit, its year, its first sentence, or else (a file of
        // tables only) its first table's title.
        report.Evidence = report.UnitName?.Evidence ?? report.Year?.Evidence
            ?? (structure.Sentences.Count > 0 ? structure.Sentences[0].Evidence : null)
            ?? FirstTableTitle(structure);
        report.MainUnit = MainUnit(structure, context);
        SectionsAndTables(context);

        int cutFrom = CutFrom(structure, document), index = 0;
        foreach (var sentence in structure.Sentences)
        {
            bool cut = index++ >= cutFrom;
            foreach (System.Text.RegularExpressions.Match bad in AmountScanner.FindUnreadable(sentence.Text))
                context.Warn("R0301", $"unreadable figure “{sentence.EvidenceFor(bad.Index, bad.Length).Text}” skipped", sentence.EvidenceFor(bad.Index, 1).Line);
            foreach (var extractor in SentenceExtractors)
                if (!cut || extractor is not (BreakdownExtractor or ClassificationProseExtractor or ClassNameExtractor)) extractor.Extract(sentence, context);
            var amounts = context.Amounts(sentence);
            context.PreviousSentenceLastAmount = amounts.Count > 0 ? amounts[^1] : null;
            context.PreviousSentenceAmounts = amounts;
            context.PreviousSentence = sentence;
        }
        // A figure in 元 among prose in 万元 (or 亿元): the figure a slip of the unit can have made (IC-003).
        if (report.MainUnit != AmountUnit.Yuan)
            foreach (var line in report.FunctionalClassification.Lines)
                line.InYuanAmongWan = line.Form != ClassificationForm.TableRow && line.Amount?.Unit == AmountUnit.Yuan;
        ClassificationTableExtractor.Extract(context);
        LevelLabels.Check(context);
        // After the prose: a table fills in only what the prose left unsaid.
        Tables.TemplateTableFacts.Extract(context);
        ThreePublicExtractor.ImplyOperation(report.ThreePublicExpenses);
        ContentsExtractor.Extract(context);
        Tables.TitledTables.Mark(context);
        DocumentPartsExtractor.Extract(context);
        UnitMentionExtractor.MarkSubordinates(context);
        FundScopes.Assign(context);
        DisclosureJudge.Judge(context);
        // After the judge, which tells a place's page by a unit it cannot find: a disclosure that prints no title names its
        // unit as the subject of its first statements (某局“三公”经费预算2014年情况如下, 2019年某局“三公”经费财政拨款预算安排…).
        if (report.UnitName is null && report.NotDisclosureReason is null)
        {
            IdentityExtractor.FromOpeningSubject(context);
            // A finding about the whole document points at its unit, once there is one.
            if (report.UnitName?.Evidence is { } named) report.Evidence = named;
        }
        UnitMentionExtractor.FromTableTitles(context);
        GlossaryExtractor.Extract(context);

        // 机关运行经费's change is the change statement about it.
        foreach (var change in report.Changes)
            if (change.Subject?.Value.Contains("运行经费") == true) { report.OperatingCosts.Change ??= change; break; }
        return report;
    }

    private static Evidence? FirstTableTitle(DocumentStructure structure)
    {
        Evidence? first = null;
        foreach (var table in structure.Tables)
            if (table.TitleEvidence is { } title && (first is null || title.Line < first.Line)) first = title;
        return first;
    }

    /// <summary>The unit most prose amounts are printed in (万元 in almost every document).</summary>
    private static AmountUnit MainUnit(DocumentStructure structure, ExtractionContext context)
    {
        var counts = new Dictionary<AmountUnit, int>();
        foreach (var sentence in structure.Sentences)
            foreach (var a in context.Amounts(sentence))
                counts[a.Amount.Unit] = counts.GetValueOrDefault(a.Amount.Unit) + 1;
        var best = AmountUnit.WanYuan;
        int max = 0;
        foreach (var (unit, count) in counts) if (count > max) { best = unit; max = count; }
        return best;
    }

    private static void SectionsAndTables(ExtractionContext context)
    {
        foreach (var heading in context.Structure.Headings)
        {
            var mapped = Normalization.MappedText.Of(heading.Line);
            context.Report.Sections.Add(new SectionHeading
            {
                Title = new TextFact(heading.Match.Title, mapped.EvidenceFor(heading.Match.TitleStart, System.Math.Max(1, heading.Match.Title.Length))),
                Level = new CountFact(heading.Level, mapped.EvidenceFor(0, heading.Line.Text.Length)),
                Numbering = heading.Match.Numbering,
            });
        }
    }
}
