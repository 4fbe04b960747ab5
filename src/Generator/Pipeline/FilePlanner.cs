using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ComplianceGen.Generator.Planning;
using ComplianceGen.Rules;
using ComplianceGen.Rules.Binding;
using ComplianceGen.Rules.Diagnostics;
using ComplianceGen.Rules.Parsing;
using ComplianceGen.Rules.Schema;

namespace ComplianceGen.Generator.Pipeline;

/// <summary>A rule file's plan and every diagnostic of its parse, binding and planning: what the emitter needs, nothing of the schema.</summary>
internal sealed record PlannedFile(RuleFilePlan Plan, EquatableArray<RuleDiagnostic> Diagnostics);

/// <summary>
/// Plans every rule of a bound file. A rule the planner cannot plan (a bug, or a thread whose stack
/// runs out) is a diagnostic at its id, and the file's other rules are still planned.
/// </summary>
internal static class FilePlanner
{
    public static PlannedFile Plan(GeneratedFile file, BoundRuleFile bound, ModelSchema schema, CancellationToken cancellationToken)
    {
        var plans = new List<RulePlan>();
        var diagnostics = bound.Diagnostics.ToList();
        var classes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in bound.Rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!classes.Add(rule.ClassName)) continue; // a duplicate id is reported as CG2001; the first is planned
            try
            {
                plans.Add(RulePlanner.Plan(rule, file.RelativePath, schema) with { IdSpan = rule.IdSpan });
            }
            catch (InsufficientExecutionStackException)
            {
                // The parser keeps trees within NestingLimits; this is for a thread with a very small stack.
                diagnostics.Add(RuleDiagnostic.Create(DiagnosticCatalog.NestedTooDeeply, bound.Path, rule.IdSpan, NestingLimits.MaxBrackets, NestingLimits.MaxDepth));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                diagnostics.Add(RuleDiagnostic.Create(DiagnosticCatalog.InternalError, bound.Path, rule.IdSpan, exception.GetType().Name + ": " + exception.Message));
            }
        }
        return new PlannedFile(new RuleFilePlan(bound.Path, file.RelativePath, file.HintName, file.ContainerClass, plans.ToEquatableArray()), diagnostics.ToEquatableArray());
    }
}
