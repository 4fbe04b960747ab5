using System.Threading.Tasks;
using ComplianceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace ComplianceGen.Generator.Tests;

/// <summary>
/// The language's mistakes, each a diagnostic at its place in the rule file, checked the way the card's
/// Microsoft.CodeAnalysis.Testing checks analyzers: id, severity, span and message arguments, and no
/// other diagnostic from the generator or the C# compiler.
/// </summary>
public class LocatedDiagnosticTests
{
    private const string Header = "rule D-1 \"t\"\n  severity error\n  cite \"c\"\n  example pass \"a\"\n  example fail \"b\"\n";

    private static Task Expect(string clauses, params DiagnosticResult[] expected)
    {
        var test = new RulesGeneratorTest(("rules/x.rules", Header + clauses)) { TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck };
        test.TestState.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult At(string id, int column, int endColumn, params object[] arguments) =>
        RulesGeneratorTest.Diagnostic(id, "rules/x.rules", 6, column, 6, endColumn).WithArguments(arguments);

    [Fact]
    public Task Points_on_amounts_is_a_tolerance_that_does_not_fit() =>
        Expect("  require 收入.总额 = 支出.总额 within 0.1 points\n",
            At("CG1011", 32, 42, "0.1 points", "金额（amount）", "金额的误差写作带单位的金额，如“误差 0.5万元”，或“误差 舍入”“误差 相对 1%”"));

    [Fact]
    public Task A_tolerance_set_in_two_units_is_located_at_the_part_that_differs() =>
        Expect("  require 收入.总额 = 支出.总额 误差 0.5万元 或 0.1个百分点\n",
            At("CG1012", 36, 43, "0.5万元", "金额（amount）", "0.1个百分点", "占比（share）"));

    [Fact]
    public Task A_let_named_like_a_field_shadows_it() =>
        Expect("  let 年度 = 2024\n  require 年度 is stated\n",
            At("CG1018", 7, 9, "年度"));

    [Fact]
    public Task A_let_named_like_the_generated_code_is_refused() =>
        Expect("  let report = 收入.总额\n  require report > 0元\n",
            At("CG1019", 7, 13, "report"));

    [Fact]
    public Task First_stated_over_values_of_different_types_is_located_at_the_alternative() =>
        Expect("  require first stated(收入.总额, 单位名称) is stated\n",
            At("CG1020", 31, 35, "金额（amount）", "文本（text）"));

    [Fact]
    public Task Children_of_something_that_is_not_a_line_variable_are_refused() =>
        Expect("  require count(功能分类.科目.下级) >= 0\n",
            At("CG1021", 25, 27, "功能分类.科目.下级"));

    [Fact]
    public Task A_let_that_changes_with_the_item_cannot_be_used_in_the_condition() =>
        Expect("  for each x in 收入.来源\n  let 比例 = x.占比\n  when 比例 > 0%\n  require x.金额 is stated\n",
            RulesGeneratorTest.Diagnostic("CG1023", "rules/x.rules", 8, 8, 8, 10).WithArguments("比例"));

    [Fact]
    public Task A_bare_number_on_amounts_has_no_unit() =>
        Expect("  require 收入.总额 = 支出.总额 within 0.01\n",
            At("CG1011", 32, 36, "0.01", "金额（amount）", "金额的误差写作带单位的金额，如“误差 0.5万元”，或“误差 舍入”“误差 相对 1%”"));

    [Fact]
    public Task A_bare_percentage_tolerance_reads_like_a_point_and_is_refused() =>
        Expect("  require 收入.总额 = 支出.总额 within 1%\n",
            At("CG1022", 32, 34, "1"));

    [Fact]
    public Task A_plain_number_next_to_shares_is_refused_with_the_points_to_write() =>
        Expect("  for each x in 收入.来源\n  require x.占比 = 100% within 0.1\n",
            RulesGeneratorTest.Diagnostic("CG1011", "rules/x.rules", 7, 30, 7, 33).WithArguments("0.1", "占比（share）", "占比的误差写作“误差 0.1个百分点”，或“误差 舍入”“误差 相对 1%”"));

    [Fact]
    public Task A_let_defined_twice_is_a_name_already_defined() =>
        Expect("  let a = 收入.总额\n  let a = 支出.总额\n  require a > 0元\n",
            RulesGeneratorTest.Diagnostic("CG1007", "rules/x.rules", 7, 7, 7, 8).WithArguments("a"));
}
