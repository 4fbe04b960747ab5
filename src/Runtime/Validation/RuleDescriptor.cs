using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ComplianceGen.Runtime;

/// <summary>A compiled rule's metadata, as written in its rule file.</summary>
public sealed class RuleDescriptor
{
    public RuleDescriptor(
        string id,
        string title,
        Severity severity,
        IReadOnlyList<DocumentKind> kinds,
        int? firstYear,
        int? lastYear,
        string citation,
        string ruleSet,
        string ruleSetTitle,
        string sourceFile,
        int sourceLine,
        string requirement)
    {
        Id = id;
        Title = title;
        Severity = severity;
        Kinds = kinds;
        FirstYear = firstYear;
        LastYear = lastYear;
        Citation = citation;
        RuleSet = ruleSet;
        RuleSetTitle = ruleSetTitle;
        SourceFile = sourceFile;
        SourceLine = sourceLine;
        Requirement = requirement;
        for (int i = 0; i < kinds.Count; i++) _kinds |= 1 << (int)kinds[i];
        _admitsWithoutQuestion = firstYear is null && lastYear is null
            ? (_kinds == 0 ? ~0 : _kinds)
            : 0;
    }

    /// <summary>
    /// The kinds (as bits) of a report the rule applies to whatever its year: every kind the rule names (every kind,
    /// Unknown too, when it names none); none when the rule has years. Every rule asks this of every report before anything else, so a
    /// rule that applies costs one shift and one test, and only the others go on to <see cref="AppliesTo"/>.
    /// </summary>
    private readonly int _admitsWithoutQuestion;

    /// <summary>Whether the rule applies to the report without looking further (its kind is one the rule names, and the rule has no years).</summary>
    internal bool Admits(DisclosureReport report) => ((_admitsWithoutQuestion >> (int)report.Kind) & 1) != 0;

    /// <summary>The kinds as bits (1 &lt;&lt; kind): every rule asks this of every report, so it is one test rather than a walk of a list.</summary>
    private readonly int _kinds;

    public string Id { get; }

    public string Title { get; }

    public Severity Severity { get; }

    /// <summary>The document kinds the rule applies to; empty means every kind.</summary>
    public IReadOnlyList<DocumentKind> Kinds { get; }

    public int? FirstYear { get; }

    public int? LastYear { get; }

    public string Citation { get; }

    public string RuleSet { get; }

    public string RuleSetTitle { get; }

    /// <summary>The rule file, relative to the project that compiled it.</summary>
    public string SourceFile { get; }

    public int SourceLine { get; }

    /// <summary>The rule's <c>when</c>/<c>for each</c>/<c>require</c> lines, for documentation.</summary>
    public string Requirement { get; }

    /// <summary>
    /// Whether the rule applies to the report's kind and year. A report whose kind the reader could not tell is not checked
    /// by a rule for budgets only or final accounts only: a budget's rule read on a final account (and the other way round)
    /// asks for what that kind never states. One whose year it could not tell is not checked by a rule in force only in some
    /// years: the requirement may not have been in force. Every other rule checks both.
    /// </summary>
    public bool AppliesTo(DisclosureReport report, out string? reason)
    {
        if (report.Kind == DocumentKind.Unknown && _kinds != 0 && (_kinds & BudgetAndFinalAccount) != BudgetAndFinalAccount)
        {
            reason = _kindUnknown ??= "文件未写明是部门预算还是部门决算，本规则只适用于" + string.Join("、", Kinds.Select(DocumentKinds.Chinese));
            return false;
        }
        if (report.Kind != DocumentKind.Unknown && _kinds != 0)
        {
            if ((_kinds & (1 << (int)report.Kind)) == 0)
            {
                // Constant strings: a rule skipped for the document's kind allocates nothing.
                reason = report.Kind switch
                {
                    DocumentKind.Budget => "本规则不适用于部门预算",
                    DocumentKind.FinalAccount => "本规则不适用于部门决算",
                    DocumentKind.PerformanceReport => "本规则不适用于绩效报告",
                    _ => "本规则不适用于" + DocumentKinds.Chinese(report.Kind),
                };
                return false;
            }
        }

        if (report.Year is null && (FirstYear is not null || LastYear is not null))
        {
            // A requirement in force only in some years cannot be judged on a document whose year is unknown (a page cut before
            // its title): as a rule for one kind abstains on a document of unknown kind.
            reason = _yearUnknown ??= "未能读出文件的年度，本规则只适用于" + YearsInForce();
            return false;
        }
        if (report.Year is { } year)
        {
            // Built once per rule: a rule skipped for the document's year allocates nothing either.
            if (FirstYear is { } first && year.Value < first)
            {
                reason = _beforeFirstYear ??= "本规则自" + first.ToString(CultureInfo.InvariantCulture) + "年度起适用";
                return false;
            }
            if (LastYear is { } last && year.Value > last)
            {
                reason = _afterLastYear ??= "本规则适用至" + last.ToString(CultureInfo.InvariantCulture) + "年度";
                return false;
            }
        }

        reason = null;
        return true;
    }

    private const int BudgetAndFinalAccount = 1 << (int)DocumentKind.Budget | 1 << (int)DocumentKind.FinalAccount;

    /// <summary>The years in force, as a reason prints them: 2024年度起, 2016年度及以前, 2016至2030年度, 2024年度.</summary>
    private string YearsInForce()
    {
        string Of(int y) => y.ToString(CultureInfo.InvariantCulture);
        return (FirstYear, LastYear) switch
        {
            ({ } first, { } last) when first == last => Of(first) + "年度",
            ({ } first, { } last) => Of(first) + "至" + Of(last) + "年度",
            ({ } first, null) => Of(first) + "年度起",
            (null, { } last) => Of(last) + "年度及以前",
            _ => "",
        };
    }

    private string? _kindUnknown;
    private string? _yearUnknown;
    private string? _beforeFirstYear;
    private string? _afterLastYear;

    public override string ToString() => Id + " " + Title;
}
