using System.Collections.Generic;
using System.ComponentModel;

namespace ComplianceGen.Runtime.CompilerServices;

/// <summary>
/// What every generated rule shares beyond <see cref="RuleValidator"/>'s order of the checks: its descriptor and
/// not-applicable reasons made from its rule file's texts, its findings, and their evidence, collected when
/// first read. A generated rule writes only what is its own: <c>Check</c> (and <c>Condition</c>) and the
/// evidence of its requirements.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class GeneratedRule : RuleValidator
{
    /// <summary>
    /// The rule as written: its metadata, and the texts of its condition, loop, lets and requirements,
    /// from which its descriptor's requirement text and its not-applicable reasons are made.
    /// </summary>
    protected GeneratedRule(
        string id,
        string title,
        Severity severity,
        IReadOnlyList<DocumentKind> kinds,
        string citation,
        string ruleSet,
        string ruleSetTitle,
        string sourceFile,
        int sourceLine,
        string[] requirements,
        int? firstYear = null,
        int? lastYear = null,
        string? condition = null,
        string? loop = null,
        string? collection = null,
        string[]? lets = null)
        : base(
            new RuleDescriptor(id, title, severity, kinds, firstYear, lastYear, citation, ruleSet, ruleSetTitle, sourceFile, sourceLine,
                RequirementText(condition, loop, lets, requirements)),
            conditionFalse: condition is null ? null : "不满足适用条件：" + condition,
            conditionUnknown: condition is null ? null : "适用条件所需的事实未说明：" + condition,
            nothingToCheck: collection is null ? "没有可检查的内容" : "“" + collection + "”中没有可检查的项",
            undecided: "所需事实未说明或无法计算：" + string.Join("；", requirements))
    {
    }

    /// <summary>The descriptor's requirement text: "when …; for each …; let …; require …".</summary>
    private static string RequirementText(string? condition, string? loop, string[]? lets, string[] requirements)
    {
        var text = new List<string>();
        if (condition is not null) text.Add("when " + condition);
        if (loop is not null) text.Add("for each " + loop);
        if (lets is not null) foreach (var let in lets) text.Add("let " + let);
        foreach (var requirement in requirements) text.Add("require " + requirement);
        return string.Join("; ", text);
    }

    /// <summary>A failed requirement's finding; its evidence and detail are made when first read.</summary>
    protected Finding Failure(int requirement, DisclosureReport report, ValidationContext context, object? item, string message) =>
        new(this, requirement, report, context, item, message);

    /// <summary>The facts requirement <paramref name="requirement"/> read about <paramref name="item"/> (the report for a rule without for each), and those its condition read.</summary>
    protected abstract void AddEvidence(int requirement, DisclosureReport report, ValidationContext context, object? item, EvidenceList evidence);

    /// <summary>Where to point when the requirement read nothing the document states: the facts its message shows.</summary>
    protected virtual void AddMessageEvidence(DisclosureReport report, ValidationContext context, object? item, EvidenceList evidence)
    {
    }

    /// <summary>
    /// The detail of requirement <paramref name="requirement"/>'s finding about <paramref name="item"/>: for a comparison,
    /// both sides computed again, the difference and the tolerance (<see cref="Compare.Explain(Quantity?, Quantity?, Tolerance, string?)"/>);
    /// null for a requirement that compares no numbers.
    /// </summary>
    protected virtual string? Explain(int requirement, DisclosureReport report, ValidationContext context, object? item) => null;

    internal string? Explanation(int requirement, DisclosureReport report, ValidationContext context, object? item) =>
        Explain(requirement, report, context, item);

    /// <summary>
    /// A finding's evidence: what its requirement and condition read; failing that, what its message shows;
    /// failing that, where the document names itself. A finding never points nowhere.
    /// </summary>
    internal IReadOnlyList<Evidence> CollectEvidence(int requirement, DisclosureReport report, ValidationContext context, object? item)
    {
        var evidence = new EvidenceList();
        AddEvidence(requirement, report, context, item, evidence);
        if (evidence.Count == 0) AddMessageEvidence(report, context, item, evidence);
        if (evidence.Count == 0) evidence.Add(report.Evidence);
        return evidence.ToArray();
    }
}
