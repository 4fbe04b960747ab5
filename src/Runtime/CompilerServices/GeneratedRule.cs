using System.Collections.Generic;
using System.ComponentModel;

namespace ComplianceGen.Runtime.CompilerServices;

/// <summary>
/// What every generated rule shares: its descriptor, the order of the checks (kind and year, then
/// the rule's own check), the reasons a rule is not applicable, the conclusion from its items, and
/// the evidence of its findings, collected when first read. A generated rule writes only what is
/// its own: <see cref="Check"/> and the evidence of its requirements.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class GeneratedRule : IRuleValidator
{
    private readonly string? _conditionFalse;
    private readonly string? _conditionUnknown;
    private readonly string _nothingToCheck;
    private readonly string _undecided;

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
    {
        var text = new List<string>();
        if (condition is not null) text.Add("when " + condition);
        if (loop is not null) text.Add("for each " + loop);
        if (lets is not null) foreach (var let in lets) text.Add("let " + let);
        foreach (var requirement in requirements) text.Add("require " + requirement);
        Descriptor = new RuleDescriptor(id, title, severity, kinds, firstYear, lastYear, citation, ruleSet, ruleSetTitle, sourceFile, sourceLine,
            string.Join("; ", text));
        if (condition is not null)
        {
            _conditionFalse = "不满足适用条件：" + condition;
            _conditionUnknown = "适用条件所需的事实未说明：" + condition;
        }
        _nothingToCheck = collection is null ? "没有可检查的内容" : "“" + collection + "”中没有可检查的项";
        _undecided = "所需事实未说明或无法计算：" + string.Join("；", requirements);
    }

    public RuleDescriptor Descriptor { get; }

    public RuleOutcome Validate(DisclosureReport report, ValidationContext context, ICollection<Finding> findings)
    {
        var descriptor = Descriptor;
        if (!descriptor.Admits(report) && !descriptor.AppliesTo(report, out var notApplicable)) return RuleOutcome.NotApplicable(notApplicable!);
        if (_conditionFalse is not null)
        {
            var condition = Condition(report, context);
            if (condition != true) return RuleOutcome.NotApplicable(condition == false ? _conditionFalse : _conditionUnknown!);
        }
        var tally = new RuleTally(findings);
        Check(report, context, ref tally);
        return tally.Condition switch
        {
            false => RuleOutcome.NotApplicable(_conditionFalse!),
            null => RuleOutcome.NotApplicable(_conditionUnknown!),
            _ => tally.Conclude(_nothingToCheck, _undecided),
        };
    }

    /// <summary>
    /// The rule's <c>when</c> condition, when it can be decided on its own: a separate method, so that a rule
    /// that does not apply returns before <see cref="Check"/> sets up what its requirements compute. A rule
    /// whose condition computes a value its requirements also compare keeps the condition in
    /// <see cref="Check"/> (<see cref="RuleTally.Applies"/>) and does not override this.
    /// </summary>
    protected virtual bool? Condition(DisclosureReport report, ValidationContext context) => true;

    /// <summary>The rule's own check: each item and its requirements (and its condition, when it shares a value with them).</summary>
    protected abstract void Check(DisclosureReport report, ValidationContext context, ref RuleTally tally);

    /// <summary>A failed requirement's finding; its evidence is collected when first read.</summary>
    protected Finding Failure(int requirement, DisclosureReport report, ValidationContext context, object? item, string message) =>
        new(this, requirement, report, context, item, message);

    /// <summary>A failed comparison's finding; its detail (both sides, difference, tolerance, <paramref name="note"/>) is written when first read.</summary>
    protected Finding Failure(int requirement, DisclosureReport report, ValidationContext context, object? item, string message,
        Quantity? left, Quantity? right, Tolerance tolerance, string? note = null) =>
        new(this, requirement, report, context, item, message, left, right, tolerance, note);

    /// <summary>The facts requirement <paramref name="requirement"/> read about <paramref name="item"/> (the report for a rule without for each), and those its condition read.</summary>
    protected abstract void AddEvidence(int requirement, DisclosureReport report, ValidationContext context, object? item, EvidenceList evidence);

    /// <summary>Where to point when the requirement read nothing the document states: the facts its message shows.</summary>
    protected virtual void AddMessageEvidence(DisclosureReport report, ValidationContext context, object? item, EvidenceList evidence)
    {
    }

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
