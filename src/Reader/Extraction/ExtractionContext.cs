using System.Collections.Generic;
using ComplianceGen.Reader.Documents;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>What every extractor shares: the report being filled, the document, and per-sentence amounts.</summary>
public sealed class ExtractionContext
{
    private readonly Dictionary<Sentence, List<AmountMatch>> _amounts = new();

    public ExtractionContext(DisclosureReport report, SourceDocument document, DocumentStructure structure, List<ReaderWarning> warnings)
    {
        Report = report;
        Document = document;
        Structure = structure;
        Warnings = warnings;
    }

    public DisclosureReport Report { get; }

    public SourceDocument Document { get; }

    public DocumentStructure Structure { get; }

    public List<ReaderWarning> Warnings { get; }

    /// <summary>The last amount of the previous sentence: "…总预算62.7万元。比2023年减少1.72万元" compares against it.</summary>
    public AmountMatch? PreviousSentenceLastAmount { get; set; }

    /// <summary>The sentence that states the procurement total (or its first part): its split is read near it only.</summary>
    public Sentence? ProcurementStatement { get; set; }

    /// <summary>The file is a unit's “三公” section published on its own (<see cref="DocumentPartsExtractor"/>): its “三公” table is the section's, not the disclosure's tables.</summary>
    internal bool ThreePublicSectionAlone { get; set; }

    /// <summary>Prose sentences that state an amount (<see cref="DocumentPartsExtractor.Statements"/>), counted once the sentences are all read.</summary>
    internal int? StatementCount { get; set; }

    /// <summary>A template table was found by its title only (<see cref="Tables.TitledTables"/>), its figures not read.</summary>
    internal bool PrintsTitledTables { get; set; }

    /// <summary>The last line of the table of contents, or 0 when there is none.</summary>
    public int ContentsEnd { get; set; }

    /// <summary>The document's first non-blank lines without white space, as the judge of what the file is reads them (made on first use).</summary>
    internal string[]? OpeningLines { get; set; }

    /// <summary>The last sentence <see cref="NoneUnderTitle"/> was asked about, and its answer: five extractors ask of every sentence.</summary>
    internal (Sentence? Sentence, string? Title) NoneTitle { get; set; }

    /// <summary>The sentence read before this one, or null for the first.</summary>
    public Sentence? PreviousSentence { get; set; }

    /// <summary>All amounts of the previous sentence.</summary>
    public List<AmountMatch>? PreviousSentenceAmounts { get; set; }

    /// <summary>The last classification line read from prose, and its paragraph: a PDF often prints the
    /// line's figures a sentence later ("…行政运行（项）。主要用于：…。年初预算为…，支出决算为…").
    /// A line printed as a heading of its own has no paragraph: its figures are in the first paragraph under it.</summary>
    public (ClassificationLine Line, ComplianceGen.Reader.Normalization.MappedText? Paragraph)? LastProseClassification { get; set; }

    /// <summary>
    /// A classification path cut off after its 款 ("1、社会保障和就业支出（类）行政事业单位养老支出（款）"
    /// printed as a numbered line of its own), waiting for the 项 that opens the next sentence.
    /// </summary>
    public (Sentence Sentence, System.Text.RegularExpressions.Match Head)? PendingClassificationHead { get; set; }

    /// <summary>A “三公” item named alone in the previous sentence or heading, whose figure this sentence may give.</summary>
    public ExpenseItem? PendingThreePublicItem { get; set; }

    /// <summary>Subjects the prose labels 类, 款 or 项, checked against the tables once they are read (<see cref="LevelLabels"/>).</summary>
    public List<(Statement Statement, string Name, ClassificationLevel Level, Evidence Evidence)> LevelLabels { get; } = new();

    /// <summary>A 款 and the 项 the prose names under it ("法院（款）行政运行（项）"), with the statement's place in the report's list, checked against the tables once they are read.</summary>
    public List<(Statement Statement, int Index, string Section, string Item, Evidence Evidence)> ItemLabels { get; } = new();

    public List<AmountMatch> Amounts(Sentence sentence)
    {
        if (!_amounts.TryGetValue(sentence, out var list))
        {
            list = AmountScanner.Scan(sentence);
            _amounts[sentence] = list;
        }
        return list;
    }

    /// <summary>
    /// The first statement of a fact is the fact. A later statement with the same digits is recorded
    /// as a <see cref="Restatement"/> — in the same unit it confirms the fact, in another unit
    /// (5.56万元 then 5.56元) it is the classic 万元/元 slip. A later statement with other figures is kept
    /// as a <see cref="FigureConflict"/>, both figures with their scopes (given after reading, by
    /// <see cref="FundScopes"/>): budget and actual, or appropriation and total, are often stated for one subject.
    /// </summary>
    public Amount? KeepFirst(Amount? first, Amount? next, string subject)
    {
        if (first is null) return next;
        if (next is not null && !ReferenceEquals(first, next) && first.Value == next.Value && first.Value != 0m && first.Evidence != next.Evidence)
            Report.Restatements.Add(new Restatement { Subject = new TextFact(subject, next.Evidence), First = first, Again = next });
        else if (next is not null && !ReferenceEquals(first, next) && first.InYuan != next.InYuan && first.Evidence != next.Evidence)
            Report.Conflicts.Add(new FigureConflict { Subject = new TextFact(subject, next.Evidence), First = first, Other = next });
        return first;
    }

    public void Warn(string code, string message, int line)
    {
        var warning = new ReaderWarning(code, message, line);
        Warnings.Add(warning);
        Report.Warnings.Add(warning.ToString());
    }

}

/// <summary>One fact family. Extractors look at one sentence at a time and fill the report.</summary>
public interface ISentenceExtractor
{
    void Extract(Sentence sentence, ExtractionContext context);
}
