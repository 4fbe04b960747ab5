using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ComplianceGen.Benchmarks.Shared;

/// <summary>
/// N rules generated from templates over real model paths (shares that add up, named codes,
/// declared 三公 items, totals that equal their parts, thresholds), ten rules to a file, each
/// with its citation and examples so the generator reports no diagnostics on them.
/// </summary>
public static class SyntheticRules
{
    public const int RulesPerFile = 10;

    private static readonly string[] ShareCollections = { "收入.来源", "支出.构成", "功能分类.类", "功能分类.款", "功能分类.项", "经济分类.类", "经济分类.款" };
    private static readonly string[] CodeSections = { "功能分类", "经济分类" };
    private static readonly (string Total, string Parts)[] Totals =
    {
        ("收入.总额", "收入.来源.金额"), ("支出.总额", "支出.构成.金额"), ("三公经费.合计", "三公经费.明细.金额"),
        ("功能分类.合计", "功能分类.类.金额"), ("经济分类.合计", "经济分类.类.金额"),
    };

    public static IEnumerable<(string Path, string Text)> Files(int count)
    {
        for (int file = 0; file * RulesPerFile < count; file++)
        {
            var text = new StringBuilder();
            text.Append("ruleset syn").Append(file.ToString(CultureInfo.InvariantCulture)).Append(" \"合成规则集").Append(file).Append("\"\n")
                .Append("  applies-to budget, final-account\n")
                .Append("  cite \"《地方预决算公开操作规程》（财预〔2016〕143号）\"\n\n");
            for (int i = file * RulesPerFile; i < count && i < (file + 1) * RulesPerFile; i++) text.Append(Rule(i)).Append('\n');
            yield return ($"rules/synthetic/syn-{file:D3}.rules", text.ToString());
        }
    }

    public static string Rule(int n, int variant = 0)
    {
        string id = "SYN-" + (n + 1).ToString("D4", CultureInfo.InvariantCulture);
        string body;
        switch (n % 5)
        {
            case 0:
            {
                var c = ShareCollections[(n / 5) % ShareCollections.Length];
                body = $"  when count(x in {c} where x.占比 is stated) > 1\n  require sum({c}.占比) = 100% within rounding\n  message \"占比之和为{{sum({c}.占比)}}，应为100%\"\n";
                break;
            }
            case 1:
            {
                var s = CodeSections[(n / 5) % CodeSections.Length];
                body = $"  for each 科目 in {s}.科目 where 科目.编码 is stated\n  require 科目.名称 is stated\n  message \"科目编码{{科目.编码}}没有写明科目名称\"\n";
                break;
            }
            case 2:
                body = "  for each 项 in 三公经费.明细\n  require 项 is declared\n  message \"“{项.名称}”未公开\"\n";
                break;
            case 3:
            {
                var (total, parts) = Totals[(n / 5) % Totals.Length];
                body = $"  when {total} is stated\n  require {total} = sum({parts}) within rounding\n  message \"合计{{{total}}}与各项之和{{sum({parts})}}不符\"\n";
                break;
            }
            default:
            {
                int limit = 100 + n + variant;
                body = $"  when 三公经费.合计 is stated\n  require 三公经费.合计 <= {limit}万元\n  message \"“三公”经费{{三公经费.合计}}超过{limit}万元\"\n";
                break;
            }
        }
        return $"rule {id} \"合成规则{n + 1}{(variant == 0 ? "" : "（改）")}\"\n  severity {(n % 3 == 0 ? "warning" : "error")}\n{body}  example pass \"甲\"\n  example fail \"乙\"\n";
    }
}
