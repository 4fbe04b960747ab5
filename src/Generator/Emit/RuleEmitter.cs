using System.Collections.Generic;
using System.Linq;
using ComplianceGen.Generator.Planning;

namespace ComplianceGen.Generator.Emit;

/// <summary>
/// Prints one rule's plan as a class deriving from GeneratedRule: its descriptor, its check, the
/// methods that build its findings and collect their evidence, and its aggregate helpers. What the
/// runtime base class does for every rule (the checks of kind and year, the conclusion, the reasons)
/// is not repeated here.
/// </summary>
internal static class RuleEmitter
{
    public static void Emit(IndentedWriter w, RulePlan rule)
    {
        w.Line($"/// <summary>{CSharpLiterals.XmlDoc(rule.Id)}：{CSharpLiterals.XmlDoc(rule.Title)}</summary>");
        w.Line("/// <remarks>");
        if (rule.Citation.Length > 0) w.Line($"/// 依据：{CSharpLiterals.XmlDoc(rule.Citation)}<br/>");
        w.Line($"/// 规则文件：{CSharpLiterals.XmlDoc(rule.SourceFile)} 第 {rule.Line} 行。");
        w.Line("/// </remarks>");
        w.Open($"public sealed class {rule.ClassName} : GeneratedRule");
        w.Line($"public static readonly {rule.ClassName} Instance = new();");
        foreach (var field in rule.Fields)
        {
            w.Line();
            w.Line($"private static readonly {field.Type} {field.Name} = {ExpressionPrinter.Print(field.Value)};");
        }
        w.Line();
        Constructor(w, rule);
        w.Line();
        Check(w, rule);
        foreach (var failure in rule.Failures)
        {
            w.Line();
            Failure(w, failure);
        }
        w.Line();
        Evidence(w, rule);
        Explanations(w, rule);
        foreach (var helper in rule.Helpers)
        {
            w.Line();
            HelperEmitter.Emit(w, helper);
        }
        w.Close();
    }

    /// <summary>The rule as written, for the base class: metadata, then the texts of what it checks (optional ones only when present).</summary>
    private static void Constructor(IndentedWriter w, RulePlan rule)
    {
        var arguments = new List<string>
        {
            $"id: {CSharpLiterals.String(rule.Id)}",
            $"title: {CSharpLiterals.String(rule.Title)}",
            $"severity: Severity.{rule.Severity}",
            $"kinds: {Kinds(rule.Kinds)}",
            $"citation: {CSharpLiterals.String(rule.Citation)}",
            $"ruleSet: {CSharpLiterals.String(rule.RuleSet)}",
            $"ruleSetTitle: {CSharpLiterals.String(rule.RuleSetTitle)}",
            $"sourceFile: {CSharpLiterals.String(rule.SourceFile)}",
            $"sourceLine: {rule.Line}",
        };
        if (rule.FirstYear is not null) arguments.Add($"firstYear: {CSharpLiterals.Int(rule.FirstYear)}");
        if (rule.LastYear is not null) arguments.Add($"lastYear: {CSharpLiterals.Int(rule.LastYear)}");
        if (rule.ConditionText is not null) arguments.Add($"condition: {CSharpLiterals.String(rule.ConditionText)}");
        if (rule.LoopText is not null) arguments.Add($"loop: {CSharpLiterals.String(rule.LoopText)}");
        if (rule.CollectionText is not null) arguments.Add($"collection: {CSharpLiterals.String(rule.CollectionText)}");
        if (rule.LetTexts.Count > 0) arguments.Add($"lets: {Strings(rule.LetTexts)}");
        arguments.Add($"requirements: {Strings(rule.RequirementTexts)}");
        w.Line($"private {rule.ClassName}()");
        w.Indent();
        w.Line(": base(");
        w.Indent();
        for (int i = 0; i < arguments.Count; i++) w.Line(arguments[i] + (i == arguments.Count - 1 ? ")" : ","));
        w.Unindent();
        w.Unindent();
        w.Line("{");
        w.Line("}");
    }

    private static string Strings(IEnumerable<string> texts) => "new[] { " + string.Join(", ", texts.Select(CSharpLiterals.String)) + " }";

    private static string Kinds(Rules.EquatableArray<string> kinds) =>
        kinds.Count == 0
            ? "global::System.Array.Empty<DocumentKind>()"
            : "new[] { " + string.Join(", ", kinds.Select(k => "DocumentKind." + k)) + " }";

    private static void Check(IndentedWriter w, RulePlan rule)
    {
        if (rule.Condition is not null)
        {
            w.Line("protected override bool? Condition(DisclosureReport report, ValidationContext context) =>");
            w.Indent();
            w.Line(ExpressionPrinter.Print(rule.Condition) + ";");
            w.Unindent();
            w.Line();
        }
        w.Open("protected override void Check(DisclosureReport report, ValidationContext context, ref RuleTally tally)");
        // An index made for an earlier check may describe a report changed since: this check makes its own.
        if (rule.Helpers.Any(h => h.Index is not null)) w.Line("WholeNumberIndex.Forget();");
        Statements(w, rule.Check);
        w.Close();
    }

    private static void Statements(IndentedWriter w, IEnumerable<PStatement> statements)
    {
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case PDeclare declare:
                    w.Line($"var {ExpressionPrinter.Identifier(declare.Name)} = {ExpressionPrinter.Print(declare.Value)};");
                    break;
                case PApplies applies:
                    w.Line($"if (!tally.Applies({ExpressionPrinter.Print(applies.Condition)})) return;");
                    break;
                case PLoop loop:
                    w.Line($"var items = {ExpressionPrinter.Print(loop.Collection)};");
                    w.Open(loop.Collection.MayBeNull ? "for (int i = 0; i < (items?.Count ?? 0); i++)" : "for (int i = 0; i < items.Count; i++)");
                    w.Line($"var item = items{(loop.Collection.MayBeNull ? "!" : "")}[i];");
                    Statements(w, loop.Body);
                    w.Close();
                    break;
                case PSkipUnless skip:
                    w.Line($"if ({(skip.Filter is PTruth truth ? ExpressionPrinter.Truth(truth.Condition, !truth.Negated) : ExpressionPrinter.Negated(skip.Filter))}) continue;");
                    break;
                case PRequirement { Condition: PLogic { Shape: not Shape.Bool } logic } requirement when logic.Parts.Count(p => p.Shape != Shape.Bool) > 1:
                {
                    // C#'s | and & on bool? compute every part; a part found true (false) decides an or (an and), so the
                    // parts after it (often a second quotient, or text comparisons) are computed only when still needed.
                    // (Leading two-valued parts already short-circuit as the expression prints them: a && b ? c : false.)
                    string decided = logic.IsAnd ? "false" : "true";
                    string combine = logic.IsAnd ? "&=" : "|=";
                    w.Line($"bool? {requirement.Holds} = {ExpressionPrinter.Print(logic.Parts[0])};");
                    for (int k = 1; k < logic.Parts.Count; k++)
                        w.Line($"if ({requirement.Holds} != {decided}) {requirement.Holds} {combine} {ExpressionPrinter.Atom(logic.Parts[k])};");
                    w.Line($"if ({requirement.Holds} == false) tally.Add({ExpressionPrinter.Print(requirement.Failure)});");
                    break;
                }
                case PRequirement requirement:
                    w.Line($"var {requirement.Holds} = {ExpressionPrinter.Print(requirement.Condition)};");
                    string failed = requirement.Condition.Shape == Shape.Bool ? "!" + requirement.Holds : requirement.Holds + " == false";
                    w.Line($"if ({failed}) tally.Add({ExpressionPrinter.Print(requirement.Failure)});");
                    break;
                case PItem item:
                    w.Line($"tally.Item({ExpressionPrinter.Print(item.Outcome)});");
                    break;
            }
        }
    }

    /// <summary>The finding of a failed requirement, from the values it computed.</summary>
    private static void Failure(IndentedWriter w, PFailure failure)
    {
        w.Line($"/// <summary>不满足“要求 {CSharpLiterals.XmlDoc(failure.Text)}”时的问题。</summary>");
        string parameters = string.Join(", ", failure.Parameters.Select(p => p.Type + " " + ExpressionPrinter.Identifier(p.Name)));
        w.Line($"private Finding {failure.Name}({parameters}) =>");
        w.Indent();
        var arguments = new List<string>
        {
            failure.Requirement.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "report",
            "context",
            failure.HasItem ? "item" : "null",
            Message(failure.Message),
        };
        w.Line($"Failure({string.Join(", ", arguments)});");
        w.Unindent();
    }

    /// <summary>The message text: literal parts and values printed as reviewers read them (（未说明） when not stated).</summary>
    private static string Message(IEnumerable<PMessagePart> parts) =>
        string.Join(" + ", parts.Select(p => p.Value is null
            ? CSharpLiterals.String(p.Text ?? "")
            : $"MessageFormat.Of({ExpressionPrinter.Print(p.Value is PValueOf { IsCount: true } count ? count.Fact : p.Value)})"
              + (p.Source is null ? "" : " + " + ExpressionPrinter.Print(p.Source))));

    private static void Evidence(IndentedWriter w, RulePlan rule)
    {
        var plan = rule.Evidence;
        w.Open("protected override void AddEvidence(int requirement, DisclosureReport report, ValidationContext context, object? subject, EvidenceList evidence)");
        if (plan.ReadsItem) w.Line($"var item = ({rule.ItemType})subject!;");
        Sources(w, plan.Before);
        if (plan.ByRequirement.Count == 1)
        {
            Sources(w, plan.ByRequirement[0].Sources);
        }
        else if (plan.ByRequirement.Any(r => r.Sources.Count > 0))
        {
            w.Open("switch (requirement)");
            foreach (var set in plan.ByRequirement)
            {
                w.Line($"case {set.Requirement}:");
                w.Indent();
                Sources(w, set.Sources);
                w.Line("break;");
                w.Unindent();
            }
            w.Close();
        }
        Sources(w, plan.After);
        w.Close();
        if (plan.Message.Count == 0) return;
        w.Line();
        w.Open("protected override void AddMessageEvidence(DisclosureReport report, ValidationContext context, object? subject, EvidenceList evidence)");
        if (plan.MessageReadsItem) w.Line($"var item = ({rule.ItemType})subject!;");
        Sources(w, plan.Message);
        w.Close();
    }

    /// <summary>The detail of a failed comparison's finding, written when first read: both sides computed again, and the tolerance.</summary>
    private static void Explanations(IndentedWriter w, RulePlan rule)
    {
        var plan = rule.Explanations;
        if (plan.Explanations.Count == 0) return;
        w.Line();
        const string Signature = "protected override string? Explain(int requirement, DisclosureReport report, ValidationContext context, object? subject)";
        if (plan.ReadsItem)
        {
            w.Open(Signature);
            w.Line($"var item = ({rule.ItemType})subject!;");
            w.Line("return " + Explained(plan) + ";");
            w.Close();
        }
        else
        {
            w.Line(Signature + " =>");
            w.Indent();
            w.Line(Explained(plan) + ";");
            w.Unindent();
        }
    }

    /// <summary>The one explanation of a rule with one requirement; otherwise a switch over the requirements compared.</summary>
    private static string Explained(PExplanationPlan plan)
    {
        if (plan.Requirements == 1) return Explanation(plan.Explanations[0]);
        var arms = plan.Explanations.Select(e => $"{e.Requirement.ToString(System.Globalization.CultureInfo.InvariantCulture)} => {Explanation(e)}, ");
        return "requirement switch { " + string.Concat(arms) + "_ => null }";
    }

    private static string Explanation(PExplanation explanation) =>
        $"Compare.Explain({ExpressionPrinter.Print(explanation.Left)}, {ExpressionPrinter.Print(explanation.Right)}, {ExpressionPrinter.Print(explanation.Tolerance)}"
        + (explanation.Note is null ? ")" : $", {ExpressionPrinter.Print(explanation.Note)})");

    public static void Sources(IndentedWriter w, IEnumerable<PEvidence> sources)
    {
        foreach (var source in sources)
            w.Line(source.Helper is not null ? ExpressionPrinter.Print(source.Helper) + ";" : $"evidence.Add({ExpressionPrinter.Print(source.Fact!)});");
    }
}
