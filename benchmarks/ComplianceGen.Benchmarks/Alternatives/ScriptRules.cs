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

    /// <summary>
    /// Shares of a list add up to 100%. <paramref name="positive"/>: SH-001 also needs their sum above 0% (all 0% is an
    /// unfilled breakdown); <paramref name="oneList"/>: SH-003 also needs every class with an amount to state its share
    /// and the class names to differ (one list read, not two). The lambda does what the rule file says, no less.
    /// </summary>
    private static string Shares(string id, string collection, string prefix, bool positive = false, bool oneList = false) => Applies + $$"""
        var list = report.{{collection}};
        int stated = 0; var sum = new QuantitySum();
        for (int i = 0; i < list.Count; i++)
        {
            var s = list[i].Share;
            if (s is null)
            {
                {{(oneList ? "if (list[i].Amount is not null) return 2;" : "")}}
                continue;
            }
            stated++;
            sum.Add(s);
        }
        if (stated <= 1) return 2;
        {{(oneList ? """
        for (int i = 0; i < list.Count; i++)
        {
            var key = Values.Of(list[i].Name);
            if (key is null) return 2;
            for (int j = 0; j < i; j++) if (Compare.SameKey(key, Values.Of(list[j].Name))) return 2;
        }
        """ : "")}}
        var total = sum.Total;
        {{(positive ? "if (Compare.Holds(total, ComparisonOperator.Greater, Quantity.ShareLiteral(0m), Tolerance.Exact) != true) return 2;" : "")}}
        var ok = Compare.Holds(total, ComparisonOperator.Equal, Quantity.ShareLiteral(100m), Tolerance.Rounding);
        if (ok == false) { findings.Add(new CheckFinding("{{id}}", "{{prefix}}" + MessageFormat.Of(total) + "，应为100%")); return 1; }
        return ok == true ? 0 : 2;
        """;

    /// <summary>Statements that sum the stated amounts (or shares) of a list into <c>name</c>, counting them in <c>nameCount</c>.</summary>
    private static string Sum(string name, string list, string fact) => $$"""
        var {{name}}Sum = new QuantitySum(); int {{name}}Count = 0;
        for (int i = 0; i < {{list}}.Count; i++)
        {
            var f = {{list}}[i].{{fact}};
            if (f is null) continue;
            {{name}}Count++;
            {{name}}Sum.Add(f);
        }
        var {{name}} = {{name}}Sum.Total;

        """;

    /// <summary>A share that must equal amount ÷ total (within rounding or 0.1 points), checked for each line of a list.</summary>
    private static string ShareOfTotal(string id, string list, string total, string message, string extra = "") => Applies + $$"""
        var total = Values.Of({{total}});
        int passed = 0, failed = 0, unknown = 0;
        var lines = {{list}};
        for (int i = 0; i < lines.Count; i++)
        {
            var x = lines[i];
            if (x.Share is null || x.Amount is null) continue;
            var share = Values.Of(x.Share);
            var amount = Values.Of(x.Amount);
            var expected = amount / total;
            var ok = Compare.Holds(share, ComparisonOperator.Equal, expected, Tolerance.Rounding)
                | Compare.Holds(share, ComparisonOperator.Equal, expected, Tolerance.Absolute(0.1m)){{extra}};
            if (ok == true) { passed++; continue; }
            if (ok is null) { unknown++; continue; }
            failed++;
            findings.Add(new CheckFinding("{{id}}", {{message}}));
        }
        return failed > 0 ? 1 : unknown > 0 ? 2 : passed > 0 ? 0 : 2;
        """;

    /// <summary>
    /// The checks, by rule id, as C# statement text. Each applies to the document kinds its rule file
    /// names: the “三公” rules to 部门预算 and 部门决算, the others to 绩效报告 too.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Bodies { get; } = new SortedDictionary<string, string>(
        WithKindCheck.ToDictionary(b => b.Key, b => b.Key.StartsWith("SG-", StringComparison.Ordinal) ? b.Value : b.Value.Replace(Applies, "")),
        StringComparer.Ordinal);

    private static IReadOnlyDictionary<string, string> WithKindCheck => new SortedDictionary<string, string>(StringComparer.Ordinal)
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
        ["SG-003"] = Applies + """
            var t = report.ThreePublicExpenses;
            if (t.Total is null) return 2;
            if (t.Vehicles.Amount is null && (t.VehiclePurchase.Amount is not null || t.VehicleOperation.Amount is not null)) return 2;
            """ + Sum("sum", "t.Items", "Amount") + """
            if (sumCount <= 1) return 2;
            var total = Values.Of(t.Total);
            var ok = Compare.Holds(total, ComparisonOperator.Equal, sum, Tolerance.Rounding);
            if (ok == false) { findings.Add(new CheckFinding("SG-003", "“三公”经费合计" + MessageFormat.Of(total) + "，而因公出国（境）费、公务用车购置及运行费、公务接待费之和为" + MessageFormat.Of(sum))); return 1; }
            return ok == true ? 0 : 2;
            """,
        ["SG-004"] = Applies + """
            var t = report.ThreePublicExpenses;
            if (t.Vehicles.Amount is null || t.VehiclePurchase.Amount is null || t.VehicleOperation.Amount is null) return 2;
            var whole = Values.Of(t.Vehicles.Amount);
            var purchase = Values.Of(t.VehiclePurchase.Amount);
            var operation = Values.Of(t.VehicleOperation.Amount);
            var ok = Compare.Holds(whole, ComparisonOperator.Equal, purchase + operation, Tolerance.Rounding);
            if (ok == false) { findings.Add(new CheckFinding("SG-004", "公务用车购置及运行费" + MessageFormat.Of(whole) + "，不等于购置费" + MessageFormat.Of(purchase) + "与运行（维护）费" + MessageFormat.Of(operation) + "之和")); return 1; }
            return ok == true ? 0 : 2;
            """,
        ["SG-005"] = Applies + """
            var items = report.ThreePublicExpenses.Items;
            """ + Sum("sum", "items", "Share") + """
            if (sumCount <= 1) return 2;
            for (int i = 0; i < items.Count; i++)
            {
                var item = items[i];
                if (item.Share is null && item.Amount is not null && !item.Amount.IsZero) return 2;
            }
            if (Compare.Holds(sum, ComparisonOperator.Greater, Quantity.ShareLiteral(0m), Tolerance.Exact) != true) return 2;
            var ok = Compare.Holds(sum, ComparisonOperator.Equal, Quantity.ShareLiteral(100m), Tolerance.Rounding);
            if (ok == false) { findings.Add(new CheckFinding("SG-005", "“三公”经费各项占比之和为" + MessageFormat.Of(sum) + "，应为100%")); return 1; }
            return ok == true ? 0 : 2;
            """,
        ["SG-006"] = ShareOfTotal("SG-006", "report.ThreePublicExpenses.Items", "report.ThreePublicExpenses.Total",
            "\"“\" + x.Name.Value + \"”占比写为\" + MessageFormat.Of(share) + \"，按金额\" + MessageFormat.Of(amount) + \"÷合计\" + MessageFormat.Of(total) + \"应为\" + MessageFormat.Of(expected)"),
        ["AR-002"] = Applies + """
            var e = report.Expenditure;
            if (e.Total is null || e.Basic is null || e.Project is null) return 2;
            if (e.CarriedForward is not null && !e.CarriedForward.IsZero) return 2;
            var total = Values.Of(e.Total);
            var basic = Values.Of(e.Basic);
            var project = Values.Of(e.Project);
            var sum = basic + project;
            var ok = Compare.Holds(sum, ComparisonOperator.Equal, total, Tolerance.Rounding);
            if (ok == false) { findings.Add(new CheckFinding("AR-002", "支出总额" + MessageFormat.Of(total) + "，而基本支出" + MessageFormat.Of(basic) + "与项目支出" + MessageFormat.Of(project) + "之和为" + MessageFormat.Of(sum))); return 1; }
            return ok == true ? 0 : 2;
            """,
        ["AR-003"] = Applies + """
            var g = report.GeneralBudget;
            if (g.Basic is null || g.Personnel is null || g.Public is null) return 2;
            var basic = Values.Of(g.Basic);
            var personnel = Values.Of(g.Personnel);
            var publicCosts = Values.Of(g.Public);
            var sum = personnel + publicCosts;
            var ok = Compare.Holds(sum, ComparisonOperator.Equal, basic, Tolerance.Rounding);
            if (ok == false) { findings.Add(new CheckFinding("AR-003", "一般公共预算基本支出" + MessageFormat.Of(basic) + "，而人员经费" + MessageFormat.Of(personnel) + "与公用经费" + MessageFormat.Of(publicCosts) + "之和为" + MessageFormat.Of(sum))); return 1; }
            return ok == true ? 0 : 2;
            """,
        ["AR-005"] = Applies + "if (report.Income.Total is null) return 2;\nvar grand = Values.Of(report.Income.GrandTotal);\n"
            + ShareOfTotal("AR-005", "report.Income.Sources", "report.Income.Total",
                "\"“\" + MessageFormat.Of(x.Name?.Value) + \"”占比写为\" + MessageFormat.Of(share) + \"，按\" + MessageFormat.Of(amount) + \"÷收入总额\" + MessageFormat.Of(total) + \"应为\" + MessageFormat.Of(expected)",
                extra: "\n        | (grand is null ? false : Compare.Holds(share, ComparisonOperator.Equal, amount / grand, Tolerance.Absolute(0.1m)))").Substring(Applies.Length),
        ["AR-006"] = ShareOfTotal("AR-006", "report.Expenditure.Parts", "report.Expenditure.Total",
            "\"“\" + MessageFormat.Of(x.Name?.Value) + \"”占比写为\" + MessageFormat.Of(share) + \"，按\" + MessageFormat.Of(amount) + \"÷支出总额\" + MessageFormat.Of(total) + \"应为\" + MessageFormat.Of(expected)"),
        ["AR-010"] = Applies + """
            var lines = report.FunctionalClassification.Lines;
            int passed = 0, failed = 0, unknown = 0;
            for (int i = 0; i < lines.Count; i++)
            {
                var p = lines[i];
                if (p.TableNumber is null || p.Amount is null || p.Code is null) continue;
                int children = 0;
                var childSum = new QuantitySum();
                for (int j = 0; j < lines.Count; j++)
                {
                    var c = lines[j];
                    if (c.Amount is null || c.ParentCode is null || c.TableNumber is null || c.TableNumber.Value != p.TableNumber.Value
                        || !TextComparison.Same(c.ParentCode.Value, p.Code.Value)) continue;
                    children++;
                    childSum.Add(c.Amount);
                }
                if (children == 0) continue;
                var sum = childSum.Total;
                var amount = Values.Of(p.Amount);
                var ok = Compare.Holds(amount, ComparisonOperator.Equal, sum, Tolerance.Rounding);
                if (ok == true) { passed++; continue; }
                if (ok is null) { unknown++; continue; }
                failed++;
                findings.Add(new CheckFinding("AR-010", "表中科目" + p.Code.Value + "“" + MessageFormat.Of(p.Name?.Value) + "”为" + MessageFormat.Of(amount) + "，而其下级科目之和为" + MessageFormat.Of(sum)));
            }
            return failed > 0 ? 1 : unknown > 0 ? 2 : passed > 0 ? 0 : 2;
            """,
        ["SH-001"] = Shares("SH-001", "Income.Sources", "收入各来源占比之和为", positive: true),
        ["SH-002"] = Shares("SH-002", "Expenditure.Parts", "支出各部分占比之和为"),
        ["SH-003"] = Shares("SH-003", "FunctionalClassification.Classes", "功能分类各类支出占比之和为", oneList: true),
    };

    private static ScriptOptions Options() => ScriptOptions.Default
        .WithReferences(typeof(DisclosureReport).Assembly, typeof(CheckFinding).Assembly)
        .WithImports("System", "System.Collections.Generic", "ComplianceGen.Runtime", "ComplianceGen.Runtime.CompilerServices", "ComplianceGen.Benchmarks.Shared")
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
