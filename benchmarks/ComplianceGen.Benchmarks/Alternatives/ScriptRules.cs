using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ComplianceGen.Benchmarks.Shared;
using ComplianceGen.Runtime;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace ComplianceGen.Benchmarks.Alternatives;

/// <summary>
/// (c) The standard rules as C# text compiled at run time with Microsoft.CodeAnalysis.CSharp.Scripting,
/// the way an engine that loads rules from text would. Each check is a script body that returns
/// 0 (pass), 1 (fail) or 2 (not applicable / undecided) and adds a <see cref="CheckFinding"/> per
/// failure with the same message as the generated validator.
/// </summary>
public static class ScriptRules
{
    private const string Applies =
        "if (!(report.Kind == DocumentKind.Unknown || report.Kind == DocumentKind.Budget || report.Kind == DocumentKind.FinalAccount)) return 2;\n";

    private static string Shares(string id, string collection, string prefix) => Applies + $$"""
        var list = report.{{collection}};
        int stated = 0; Quantity? total = null;
        for (int i = 0; i < list.Count; i++)
        {
            var s = list[i].Share;
            if (s is null) continue;
            stated++;
            var part = Quantity.FromShare(s);
            total = total is null ? part : total + part;
        }
        if (stated <= 1) return 2;
        var ok = Compare.Holds(total, ComparisonOperator.Equal, Quantity.ShareLiteral(100m), Tolerance.Rounding);
        if (ok == false) { findings.Add(new CheckFinding("{{id}}", "{{prefix}}" + MessageFormat.Of(total) + "，应为100%")); return 1; }
        return ok == true ? 0 : 2;
        """;

    /// <summary>The checks, by rule id, as C# statement text.</summary>
    public static IReadOnlyDictionary<string, string> Bodies { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["FC-001"] = Applies + """
            int passed = 0, failed = 0;
            var lines = report.FunctionalClassification.Lines;
            for (int i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                if (line.Code is null) continue;
                if (string.IsNullOrWhiteSpace(line.Name?.Value)) { failed++; findings.Add(new CheckFinding("FC-001", "科目编码" + line.Code.Value + "没有写明科目名称")); }
                else passed++;
            }
            return failed > 0 ? 1 : passed > 0 ? 0 : 2;
            """,
        ["FC-002"] = Applies + """
            int passed = 0, failed = 0, unknown = 0;
            int? year = report.Year?.Value;
            var lines = report.FunctionalClassification.Lines;
            for (int i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                if (line.Code is null || string.IsNullOrWhiteSpace(line.Name?.Value)) continue;
                if (!context.Catalog.TryGetName(line.Code.Value, year, out var entry)) { unknown++; continue; }
                if (CatalogNames.Match(line.Name!.Value, entry)) { passed++; continue; }
                failed++;
                findings.Add(new CheckFinding("FC-002", "科目" + line.Code.Value + "“" + line.Name!.Value + "”与"
                    + (year is null ? MessageFormat.NotStated : year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    + "年科目名称“" + entry.Name + "”不一致"));
            }
            return failed > 0 ? 1 : unknown > 0 ? 2 : passed > 0 ? 0 : 2;
            """,
        ["SG-001"] = Applies + """
            int failed = 0;
            var items = report.ThreePublicExpenses.Items;
            for (int i = 0; i < items.Count; i++)
            {
                var item = items[i];
                if (item.IsDeclared) continue;
                failed++;
                findings.Add(new CheckFinding("SG-001", "“三公”经费中“" + item.Name.Value + "”未公开：应列明金额，或说明本年无此项支出"));
            }
            return failed > 0 ? 1 : 0;
            """,
        ["SH-001"] = Shares("SH-001", "Income.Sources", "收入各来源占比之和为"),
        ["SH-002"] = Shares("SH-002", "Expenditure.Parts", "支出各部分占比之和为"),
        ["SH-003"] = Shares("SH-003", "FunctionalClassification.Classes", "功能分类各类支出占比之和为"),
    };

    private static ScriptOptions Options() => ScriptOptions.Default
        .WithReferences(typeof(DisclosureReport).Assembly, typeof(CheckFinding).Assembly)
        .WithImports("System", "System.Collections.Generic", "ComplianceGen.Runtime", "ComplianceGen.Benchmarks.Shared")
        .WithOptimizationLevel(Microsoft.CodeAnalysis.OptimizationLevel.Release);

    /// <summary>
    /// Compiles every check as a script over <see cref="ScriptGlobals"/> (CSharpScript.Create + CreateDelegate).
    /// Running one allocates the submission and its Task: that is how scripts run.
    /// </summary>
    public static (string Id, ScriptRunner<int> Run)[] CompileRunners()
    {
        var options = Options();
        return Bodies.Select(pair =>
        {
            var text = "var report = Report; var context = Context; var findings = Findings;\n" + pair.Value;
            var script = CSharpScript.Create<int>(text, options, typeof(ScriptGlobals));
            var diagnostics = script.Compile();
            if (diagnostics.Any(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error))
                throw new InvalidOperationException(pair.Key + ": " + string.Join("; ", diagnostics));
            return (pair.Key, script.CreateDelegate());
        }).ToArray();
    }

    /// <summary>
    /// The same text compiled as a lambda a script returns once (CSharpScript.Create + RunAsync), then
    /// called as a plain delegate: the fastest way to run checks compiled from text.
    /// </summary>
    public static (string Id, Func<DisclosureReport, ValidationContext, List<CheckFinding>, int> Check)[] CompileLambdas()
    {
        var options = Options();
        return Bodies.Select(pair =>
        {
            var text = "(Func<DisclosureReport, ValidationContext, List<CheckFinding>, int>)((report, context, findings) => {\n" + pair.Value + "\n})";
            var script = CSharpScript.Create<Func<DisclosureReport, ValidationContext, List<CheckFinding>, int>>(text, options);
            var check = script.RunAsync().GetAwaiter().GetResult().ReturnValue;
            return (pair.Key, check);
        }).ToArray();
    }

    public static int RunAll((string Id, ScriptRunner<int> Run)[] runners, ScriptGlobals globals)
    {
        int failed = 0;
        for (int i = 0; i < runners.Length; i++)
        {
            Task<int> task = runners[i].Run(globals);
            if (task.GetAwaiter().GetResult() == 1) failed++;
        }
        return failed;
    }
}
