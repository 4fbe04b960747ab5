using System.Collections.Generic;
using System.Linq;
using ComplianceGen.Runtime;
using ComplianceGen.Runtime.CompilerServices;
using RulesEngine.Models;

namespace ComplianceGen.Benchmarks.Alternatives;

/// <summary>
/// (d) Microsoft RulesEngine 6.0.1, the most-used .NET rules engine: the report-level standard rules as
/// one JSON-style workflow of lambda-expression rules (System.Linq.Dynamic.Core), evaluated against the
/// report as the rule parameter <c>report</c>. A rule's expression is true when the rule passes or does
/// not apply; a failing rule's OnFailure action computes the same message the generated validator
/// writes. The expressions call the same runtime arithmetic (Values, Compare, Quantity, Tolerance),
/// as the other alternatives do, through RulesEngine's registered custom types.
/// The for-each rules are left out: RulesEngine evaluates a rule once per input, so a finding per item
/// would need a workflow run per item, which is not how the engine is meant to be used.
/// </summary>
public static class EngineRules
{
    public const string Workflow = "standard";

    private static readonly (string Id, string Expression, string Message)[] Rules =
    {
        ("AR-002",
            "!(report.Expenditure.Total != null && report.Expenditure.Basic != null && report.Expenditure.Project != null"
            + " && (report.Expenditure.CarriedForward == null || EngineFunctions.HoldsEqual(Values.Of(report.Expenditure.CarriedForward), Quantity.AmountLiteral(0m, AmountUnit.WanYuan), Tolerance.Exact) == true))"
            + " || EngineFunctions.HoldsEqual(EngineFunctions.Add(Values.Of(report.Expenditure.Basic), Values.Of(report.Expenditure.Project)), Values.Of(report.Expenditure.Total), Tolerance.Rounding) != false",
            "\"支出总额\" + MessageFormat.Of(Values.Of(report.Expenditure.Total)) + \"，而基本支出\" + MessageFormat.Of(Values.Of(report.Expenditure.Basic))"
            + " + \"与项目支出\" + MessageFormat.Of(Values.Of(report.Expenditure.Project)) + \"之和为\" + MessageFormat.Of(EngineFunctions.Add(Values.Of(report.Expenditure.Basic), Values.Of(report.Expenditure.Project)))"),
        ("AR-003",
            "!(report.GeneralBudget.Basic != null && report.GeneralBudget.Personnel != null && report.GeneralBudget.Public != null)"
            + " || EngineFunctions.HoldsEqual(EngineFunctions.Add(Values.Of(report.GeneralBudget.Personnel), Values.Of(report.GeneralBudget.Public)), Values.Of(report.GeneralBudget.Basic), Tolerance.Rounding) != false",
            "\"一般公共预算基本支出\" + MessageFormat.Of(Values.Of(report.GeneralBudget.Basic)) + \"，而人员经费\" + MessageFormat.Of(Values.Of(report.GeneralBudget.Personnel))"
            + " + \"与公用经费\" + MessageFormat.Of(Values.Of(report.GeneralBudget.Public)) + \"之和为\" + MessageFormat.Of(EngineFunctions.Add(Values.Of(report.GeneralBudget.Personnel), Values.Of(report.GeneralBudget.Public)))"),
        ("SG-003",
            "!(report.ThreePublicExpenses.Total != null && report.ThreePublicExpenses.Items.Count(i => i.Amount != null) > 1"
            + " && (report.ThreePublicExpenses.Vehicles.Amount != null || (report.ThreePublicExpenses.VehiclePurchase.Amount == null && report.ThreePublicExpenses.VehicleOperation.Amount == null)))"
            + " || EngineFunctions.HoldsEqual(Values.Of(report.ThreePublicExpenses.Total), EngineFunctions.SumAmounts(report.ThreePublicExpenses.Items.Select(i => i.Amount)), Tolerance.Rounding) != false",
            "\"“三公”经费合计\" + MessageFormat.Of(Values.Of(report.ThreePublicExpenses.Total)) + \"，而因公出国（境）费、公务用车购置及运行费、公务接待费之和为\""
            + " + MessageFormat.Of(EngineFunctions.SumAmounts(report.ThreePublicExpenses.Items.Select(i => i.Amount)))"),
        ("SG-004",
            "!(report.ThreePublicExpenses.Vehicles.Amount != null && report.ThreePublicExpenses.VehiclePurchase.Amount != null && report.ThreePublicExpenses.VehicleOperation.Amount != null)"
            + " || EngineFunctions.HoldsEqual(Values.Of(report.ThreePublicExpenses.Vehicles.Amount), EngineFunctions.Add(Values.Of(report.ThreePublicExpenses.VehiclePurchase.Amount), Values.Of(report.ThreePublicExpenses.VehicleOperation.Amount)), Tolerance.Rounding) != false",
            "\"公务用车购置及运行费\" + MessageFormat.Of(Values.Of(report.ThreePublicExpenses.Vehicles.Amount)) + \"，不等于购置费\" + MessageFormat.Of(Values.Of(report.ThreePublicExpenses.VehiclePurchase.Amount))"
            + " + \"与运行（维护）费\" + MessageFormat.Of(Values.Of(report.ThreePublicExpenses.VehicleOperation.Amount)) + \"之和\""),
        ("SG-005",
            "!(report.ThreePublicExpenses.Items.Count(i => i.Share != null) > 1 && report.ThreePublicExpenses.Items.All(i => i.Share != null || i.Amount == null || i.Amount.IsZero)"
            + " && EngineFunctions.HoldsGreater(EngineFunctions.SumShares(report.ThreePublicExpenses.Items.Select(i => i.Share)), Quantity.ShareLiteral(0m), Tolerance.Exact) == true)"
            + " || EngineFunctions.HoldsEqual(EngineFunctions.SumShares(report.ThreePublicExpenses.Items.Select(i => i.Share)), Quantity.ShareLiteral(100m), Tolerance.Rounding) != false",
            "\"“三公”经费各项占比之和为\" + MessageFormat.Of(EngineFunctions.SumShares(report.ThreePublicExpenses.Items.Select(i => i.Share))) + \"，应为100%\""),
        ("SH-001",
            "!(report.Income.Sources.Count(x => x.Share != null) > 1 && EngineFunctions.HoldsGreater(EngineFunctions.SumShares(report.Income.Sources.Select(x => x.Share)), Quantity.ShareLiteral(0m), Tolerance.Exact) == true)"
            + " || EngineFunctions.HoldsEqual(EngineFunctions.SumShares(report.Income.Sources.Select(x => x.Share)), Quantity.ShareLiteral(100m), Tolerance.Rounding) != false",
            "\"收入各来源占比之和为\" + MessageFormat.Of(EngineFunctions.SumShares(report.Income.Sources.Select(x => x.Share))) + \"，应为100%\""),
        ("SH-002",
            "!(report.Expenditure.Parts.Count(x => x.Share != null) > 1)"
            + " || EngineFunctions.HoldsEqual(EngineFunctions.SumShares(report.Expenditure.Parts.Select(x => x.Share)), Quantity.ShareLiteral(100m), Tolerance.Rounding) != false",
            "\"支出各部分占比之和为\" + MessageFormat.Of(EngineFunctions.SumShares(report.Expenditure.Parts.Select(x => x.Share))) + \"，应为100%\""),
        ("SH-003",
            "!(report.FunctionalClassification.Classes.Count(x => x.Share != null) > 1 && report.FunctionalClassification.Classes.All(x => x.Share != null || x.Amount == null)"
            + " && EngineFunctions.DistinctNames(report.FunctionalClassification.Classes))"
            + " || EngineFunctions.HoldsEqual(EngineFunctions.SumShares(report.FunctionalClassification.Classes.Select(x => x.Share)), Quantity.ShareLiteral(100m), Tolerance.Rounding) != false",
            "\"功能分类各类支出占比之和为\" + MessageFormat.Of(EngineFunctions.SumShares(report.FunctionalClassification.Classes.Select(x => x.Share))) + \"，应为100%\""),
    };

    public static IReadOnlyList<string> RuleIds { get; } = Rules.Select(r => r.Id).ToArray();

    /// <summary>The workflow, as RulesEngine reads it from JSON: one lambda-expression rule per standard rule, a message action on failure.</summary>
    public static Workflow Create() => new()
    {
        WorkflowName = Workflow,
        Rules = Rules.Select(r => new Rule
        {
            RuleName = r.Id,
            RuleExpressionType = RuleExpressionType.LambdaExpression,
            Expression = r.Expression,
            Actions = new RuleActions
            {
                OnFailure = new ActionInfo { Name = "OutputExpression", Context = new Dictionary<string, object> { ["Expression"] = r.Message } },
            },
        }).ToList(),
    };

    public static RulesEngine.RulesEngine Engine() =>
        new(new[] { Create() }, new ReSettings
        {
            CustomTypes = new[]
            {
                typeof(Values), typeof(Quantity), typeof(Tolerance), typeof(MessageFormat),
                typeof(AmountUnit), typeof(EngineFunctions),
            },
        });

    /// <summary>Checks a report: the failed rules with their messages.</summary>
    public static List<(string Id, string Message)> Run(RulesEngine.RulesEngine engine, DisclosureReport report)
    {
        var results = engine.ExecuteAllRulesAsync(Workflow, new RuleParameter("report", report)).GetAwaiter().GetResult();
        var findings = new List<(string, string)>();
        foreach (var result in results)
        {
            if (result.IsSuccess) continue;
            // An expression the engine could not compile or run fails the rule: shown as what it is, never as a finding.
            if (!string.IsNullOrEmpty(result.ExceptionMessage)) throw new System.InvalidOperationException(result.Rule.RuleName + ": " + result.ExceptionMessage);
            findings.Add((result.Rule.RuleName, result.ActionResult?.Output as string ?? ""));
        }
        return findings;
    }
}

/// <summary>What the engine's expressions call for the language's sums and distinctness (the generated code's helpers do the same).</summary>
public static class EngineFunctions
{
    public static Quantity? Add(Quantity? left, Quantity? right) => left + right;

    // Dynamic LINQ reads "Equal", "eq" and "gt" as operator words, so the comparisons are named here.
    public static bool? HoldsEqual(Quantity? left, Quantity? right, Tolerance tolerance) => Compare.Holds(left, ComparisonOperator.Equal, right, tolerance);

    public static bool? HoldsGreater(Quantity? left, Quantity? right, Tolerance tolerance) => Compare.Holds(left, ComparisonOperator.Greater, right, tolerance);

    public static Quantity? SumAmounts(IEnumerable<Amount?> parts)
    {
        var sum = new QuantitySum();
        foreach (var part in parts) sum.Add(part);
        return sum.Total;
    }

    public static Quantity? SumShares(IEnumerable<Share?> parts)
    {
        var sum = new QuantitySum();
        foreach (var part in parts) sum.Add(part);
        return sum.Total;
    }

    public static bool DistinctNames(List<ClassificationLine> lines)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].Name is not { } name) return false;
            for (int j = 0; j < i; j++)
                if (Compare.SameKey(name.Value, lines[j].Name?.Value)) return false;
        }
        return true;
    }
}
