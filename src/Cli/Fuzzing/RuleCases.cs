using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ComplianceGen.Cli.Fuzzing;

/// <summary>One fuzz case: rule files (relative path → text) that are compiled together.</summary>
public sealed record RuleCase(int Index, string Kind, IReadOnlyList<(string Path, string Text)> Files);

/// <summary>
/// Makes rule-file fuzz cases, the same for the same seed and index: random text, truncated and
/// token-mutated valid rules, deep nesting and long chains, Unicode oddities, id clashes, rule
/// variables and lets named like generated code, extreme literals, look-alike file names, and
/// language v2's constructs (tolerance sets and kinds, let, if/then, first stated, distinct, 下级)
/// combined at random, right and wrong.
/// </summary>
public static class RuleCases
{
    public static readonly string[] Kinds =
        { "random", "truncated", "mutated", "nested", "unicode", "id-clash", "reserved-name", "literal", "file-names", "v2" };

    /// <summary>Valid rules covering the grammar, in both spellings: the material mutated.</summary>
    public static readonly string[] ValidRules =
    {
        """
        ruleset 勾稽 "收支数字勾稽关系"
          适用于 部门预算, 部门决算
          依据 "《地方预决算公开操作规程》"

        规则 AR-001 "收入各来源之和等于收入总额"
          级别 警告
          当 收入.总额 已说明 且 计数(x 属于 收入.来源 满足 x.金额 已说明) > 1
          要求 合计(收入.来源.金额) = 收入.总额 误差 舍入
          消息 "收入总额{收入.总额}，而所列各项收入之和为{合计(收入.来源.金额)}"
          示例 不通过 "区科协2024年收入预算62.7万元"
          示例 通过 "区科协2024年收入预算62.7万元"
        """,
        """
        rule SG-001 "“三公”经费三项须逐项公开"
          severity error
          cite "财预〔2016〕143号"
          for each item in 三公经费.明细
          require item is declared
          message "“三公”经费中“{item.名称}”未公开"
          example pass "a"
          example fail "b"
        """,
        """
        rule EX-2 "基本支出与项目支出之和等于支出总额"
          severity error
          cite "c"
          when 支出.总额 is stated and 支出.基本支出 is stated and not 支出.项目支出 is not stated
          require 支出.基本支出 + 支出.项目支出 = 支出.总额 within relative 0.5%
          require 支出.基本支出 / 支出.总额 * 100% <= 100% within rounding
          message "支出总额{支出.总额}，差额{支出.总额 - 支出.基本支出 - 支出.项目支出}"
          example pass "a"
          example fail "b"
        """,
        """
        rule FC-2 "科目名称与目录一致"
          severity warning
          cite "c"
          years 2019..2030
          for each line in 功能分类.科目 where line.编码 starts with "2"
          require line.名称 matches catalog(line.编码, 年度)
          require any(y in 功能分类.科目 where y.编码 = line.编码) or count(z in 功能分类.科目) >= 0
          message "科目{line.编码}“{line.名称}”与{年度}年“{catalog(line.编码, 年度)}”不一致"
          example pass "a"
          example fail "b"
        """,
        """
        rule TX-3 "单位名称"
          severity info
          cite "c"
          applies-to budget, final-account
          require 单位名称 contains "协会" or 单位名称 same unit as 单位名称 and sum(x in 收入.来源 where x.金额 > 1元, x.金额) >= 0万元
          message "{单位名称}"
          example pass "a"
          example fail "b"
        """,
        """
        规则 V2-1 "收入来源占比（语言第二版）"
          级别 错误
          依据 "c"
          对每个 x 属于 收入.来源 满足 x.占比 已说明 且 x.金额 已说明
          令 应为 = x.金额 ÷ 收入.总额
          令 合计数 = 首个已说明(一般公共预算.支出总额, 支出.总额)
          当 各不相同(收入.来源.名称)
          要求 x.占比 = 应为 误差 舍入 或 0.1个百分点
          要求 若 x.金额 > 0元 则 x.金额 <= 合计数 误差 0.5万元 或 相对 1%
          消息 "“{x.名称}”占比{x.占比}，应为{应为}，合计{合计数}"
          示例 通过 "a"
          示例 不通过 "b"
        """,
        """
        rule V2-2 "children and distinct"
          severity warning
          cite "c"
          let t = 三公经费
          when distinct(x in 功能分类.类 where x.编码 is stated, x.编码) and t.合计 is stated
          for each p in 功能分类.科目 where p.表号 is stated and count(c in p.下级 where c.金额 is stated) > 0
          require p.金额 = sum(p.下级.金额) within rounding or 0.01 wan
          require if p.占比 is stated then all(c in p.下级 where c.占比 <= p.占比 within 0.1 points)
          message "{p.编码}：{sum(p.下级.金额)}，{first stated(p.名称, p.全称)}"
          example pass "a"
          example fail "b"
        """,
    };

    private static readonly string[] Tokens =
    {
        "rule", "规则", "ruleset", "规则集", "severity", "级别", "error", "错误", "warning", "info", "cite", "依据", "when", "当", "require", "要求",
        "for each", "对每个", "in", "属于", "where", "满足", "message", "消息", "example", "示例", "pass", "fail", "years", "applies-to", "适用于",
        "and", "且", "or", "或", "not", "非", "is stated", "已说明", "is declared", "已公开", "is not stated", "within", "误差", "rounding", "舍入",
        "sum", "合计", "count", "计数", "any", "all", "catalog", "目录", "matches", "contains", "starts with", "same unit as",
        "let", "令", "if", "then", "若", "则", "first stated", "首个已说明", "distinct", "各不相同", "relative", "相对", "points", "个百分点",
        "下级", "Children", "p.下级", "0.1个百分点", "0.5万元", "0.1 points", "relative 1%", "rounding or 0.1 points",
        "(", ")", "{", "}", ",", "，", ".", "..", "=", "==", "!=", "<", "<=", ">", ">=", "+", "-", "−", "*", "×", "/", "÷", "%", "％",
        "\"", "\"\"\"", "“", "”", "#", "//", "\n", " ", "\t",
        "年度", "单位名称", "收入", "收入.总额", "收入.来源", "收入.来源.金额", "支出.总额", "三公经费.明细", "功能分类.科目", "x", "x.金额", "item", "项",
        "0", "1", "100", "0.5", "62.7", "1万元", "2亿元", "100%", "2024", "79228162514264337593543950335", "9999999999999999999999999999999",
        "\"文本\"", "\"\\\"\"", "A-1", "A_1", "A.1", "\u2028", "\u0085", "\uFEFF", "\u202E", "\uD800", "\U00020000", "*/", "/*",
    };

    public static RuleCase Make(int seed, int index)
    {
        var random = new Random(unchecked(seed * 1_000_003 + index));
        string kind = Kinds[index % Kinds.Length];
        return kind switch
        {
            "random" => One(index, kind, RandomText(random)),
            "truncated" => One(index, kind, Truncated(random)),
            "mutated" => One(index, kind, Mutated(random)),
            "nested" => One(index, kind, Nested(random)),
            "v2" => One(index, kind, V2(random)),
            "unicode" => One(index, kind, Unicode(random)),
            "id-clash" => IdClash(index, random),
            "reserved-name" => One(index, kind, ReservedName(random)),
            "literal" => One(index, kind, Literal(random)),
            _ => FileNames(index, random),
        };
    }

    private static RuleCase One(int index, string kind, string text) => new(index, kind, new[] { ("rules/case.rules", text) });

    private static string Pick(Random random, IReadOnlyList<string> items) => items[random.Next(items.Count)];

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder(random.Next(2) == 0 ? "rule R-1 \"t\"\n severity error\n require " : "");
        int count = random.Next(1, 120);
        for (int i = 0; i < count; i++)
            builder.Append(random.Next(5) == 0 ? ((char)random.Next(0x20, 0xFFFF)).ToString() : Pick(random, Tokens)).Append(random.Next(3) == 0 ? "" : " ");
        return builder.ToString();
    }

    private static string Truncated(Random random)
    {
        string text = Pick(random, ValidRules);
        return text.Substring(0, random.Next(text.Length + 1));
    }

    /// <summary>A valid rule cut into words and symbols, with a few deleted, doubled, swapped or replaced.</summary>
    private static string Mutated(Random random)
    {
        var pieces = Split(Pick(random, ValidRules));
        int mutations = random.Next(1, 6);
        for (int m = 0; m < mutations && pieces.Count > 1; m++)
        {
            int at = random.Next(pieces.Count);
            switch (random.Next(4))
            {
                case 0: pieces.RemoveAt(at); break;
                case 1: pieces.Insert(at, pieces[at]); break;
                case 2:
                    int other = random.Next(pieces.Count);
                    (pieces[at], pieces[other]) = (pieces[other], pieces[at]);
                    break;
                default: pieces[at] = Pick(random, Tokens); break;
            }
        }
        return string.Concat(pieces);
    }

    private static List<string> Split(string text)
    {
        var pieces = new List<string>();
        var current = new StringBuilder();
        foreach (char c in text)
        {
            bool word = char.IsLetterOrDigit(c) || c == '_' || c == '-';
            if (!word && current.Length > 0)
            {
                pieces.Add(current.ToString());
                current.Clear();
            }
            if (word) current.Append(c);
            else pieces.Add(c.ToString());
        }
        if (current.Length > 0) pieces.Add(current.ToString());
        return pieces;
    }

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    private static string Nested(Random random)
    {
        int depth = random.Next(4) switch { 0 => random.Next(1, 70), 1 => random.Next(60, 300), 2 => random.Next(250, 3000), _ => random.Next(3000, 60_000) };
        string require = random.Next(12) switch
        {
            0 => Repeat("(", depth) + "年度 is stated" + Repeat(")", depth),
            1 => Repeat("not ", depth) + "年度 is stated",
            2 => Repeat("-", depth) + "年度 = 1",
            3 => "count(" + Repeat("count(", depth) + "收入.来源" + Repeat(")", depth) + ") > 1",
            4 => Repeat("年度 + ", depth) + "年度 = 1",
            5 => Repeat("a and ", depth) + "年度 is stated",
            6 => Repeat("年度 + (", depth) + "年度" + Repeat(")", depth) + " = 1",
            7 => "单位名称 = " + Repeat("目录(", depth) + "单位名称" + Repeat(",年度)", depth),
            8 => Repeat("if 年度 is stated then ", depth) + "年度 > 1",
            9 => "收入.总额 = " + Repeat("first stated(收入.总额, ", depth) + "支出.总额" + Repeat(")", depth),
            10 => "收入.总额 = 支出.总额 within rounding" + Repeat(" or 0.1 wan", depth),
            _ => Repeat("(", depth),
        };
        return "rule N-1 \"t\"\n severity info\n cite \"c\"\n require " + require + "\n example pass \"a\"\n example fail \"b\"\n";
    }

    private static readonly string[] Oddities =
    {
        "\u2028", "\u2029", "\u0085", "\uFEFF", "\u202E", "\u2066", "\u200B", "\u0301", "\uD800", "\uDFFF", "\U00020000", "\u3000", "\uFF08", "\uFF09",
        "\0", "\u0007", "\u001B", "\uFFFD", "\uFFFF", "\r", "\r\n", "*/", "/*", "#error x", "\"); //", "</summary>", "&amp;", "\\", "１２３", "％",
    };

    private static string Unicode(Random random)
    {
        var text = new StringBuilder(Pick(random, ValidRules));
        int count = random.Next(1, 8);
        for (int i = 0; i < count; i++) text.Insert(random.Next(text.Length + 1), Pick(random, Oddities));
        return text.ToString();
    }

    private static string Rule(string id, string severity, string require, string title = "t") =>
        $"rule {id} \"{title}\"\n severity {severity}\n cite \"c\"\n require {require}\n example pass \"a\"\n example fail \"b\"\n\n";

    private static RuleCase IdClash(int index, Random random)
    {
        string stem = "X" + random.Next(100);
        string[] spellings = { stem + "-1", stem + "_1", stem + ".1", stem + "-1" };
        string first = Pick(random, spellings), second = Pick(random, spellings);
        string a = Rule(first, "info", "年度 is stated"), b = Rule(second, "error", "年度 is not stated");
        return random.Next(2) == 0
            ? new RuleCase(index, "id-clash", new[] { ("rules/case.rules", a + b) })
            : new RuleCase(index, "id-clash", new[] { ("rules/a/case.rules", a), ("rules/b/case.rules", b) });
    }

    /// <summary>Names the generated code uses, C# keywords, and long names.</summary>
    private static readonly string[] GeneratedNames =
    {
        "Quantity", "Compare", "Values", "Tolerance", "MessageFormat", "AmountUnit", "ComparisonOperator", "CatalogLookup", "EvidenceList",
        "Finding", "RuleOutcome", "RuleDescriptor", "Severity", "DocumentKind", "DisclosureReport", "ValidationContext", "QuantitySum",
        "System", "global", "s_descriptor", "Instance", "Descriptor", "Validate", "When", "Requirement1", "CreateFinding", "CreateFinding2",
        "Count_1", "Sum_1", "Any_2", "All_3", "WhenFalse", "NothingToCheck", "Undecided", "report", "context", "findings", "items", "item",
        "i", "passed", "failed", "unknown", "notApplicable", "list", "message", "evidence", "sum", "count", "holds", "element", "element2",
        "left", "right", "value1", "value2_1", "left2", "class", "string", "var", "this", "base", "new", "_", "__", "项（一）", "Rule_X_1",
        "Rules_case", "ComplianceRules", "年度", "Year", "tally", "subject", "parent", "Fail", "Fail2", "Failure", "Check", "Sum1", "Count2",
        "Within1", "AddSumEvidence1", "Distinct1", "Key", "Kept", "key", "j", "let1", "GeneratedRule", "RuleTally", "ClassificationTree", "List",
    };

    private static string ReservedName(Random random)
    {
        string name = random.Next(10) == 0 ? new string('名', random.Next(100, 200_000)) : Pick(random, GeneratedNames);
        string other = Pick(random, GeneratedNames);
        if (random.Next(2) == 0)
        {
            // A let becomes a C# local of its name: the names the generated code uses must be refused, keywords escaped.
            return $$"""
                rule V-2 "t"
                  severity warning
                  cite "c"
                  for each x in 收入.来源
                  let {{name}} = x.金额
                  let {{other}} = sum(y in 收入.来源 where y.金额 is stated, y.金额)
                  require {{name}} <= {{other}} within rounding
                  message "{{{name}}}/{{{other}}}"
                  example pass "a"
                  example fail "b"
                """;
        }
        return $$"""
            rule V-1 "t"
              severity warning
              cite "c"
              for each {{name}} in 三公经费.明细
              require {{name}} is declared and count({{other}} in 三公经费.明细 where {{other}}.金额 is stated) >= 0
              message "{{{name}}.名称}：{sum({{other}} in 三公经费.明细, {{other}}.金额)}"
              example pass "a"
              example fail "b"
            """;
    }

    private static readonly string[] Numbers =
    {
        "0", "1", "0.0000000000000000000000000001", "7922816251426433759354395033", "79228162514264337593543950335", "79228162514264337593543950336",
        "792281625142643375935", "792281625142643375936", "7922816251426433759354395", "7922816251426433759354396", "99999999999999999999999999999999",
    };

    private static string Literal(Random random)
    {
        string number = Pick(random, Numbers), unit = Pick(random, new[] { "元", "万元", "亿元", "%", "" });
        string require = random.Next(8) switch
        {
            0 => $"收入.总额 < {number}{(unit is "%" or "" ? "元" : unit)}",
            1 => $"收入.总额 = 1万元 within {number}",
            5 => $"收入.总额 = 1万元 within {number}{(unit is "%" or "" ? "元" : unit)} or rounding",
            6 => $"sum(收入.来源.占比) = 100% within {number} points or relative {Pick(random, Numbers)}%",
            7 => $"年度 = 2024 within {number}",
            2 => $"收入.总额 = {number}元 within {Pick(random, Numbers)}%",
            3 => $"年度 * {number} > {Pick(random, Numbers)}",
            _ => $"单位名称 = catalog(\"2060101\", 年度 * {number})",
        };
        return Rule("L-1", "info", require);
    }

    /// <summary>Language v2's constructs put together at random: tolerance sets of fitting and unfitting units, lets, if/then, first stated, distinct, 下级.</summary>
    private static string V2(Random random)
    {
        string[] tolerances = { "rounding", "0.1 points", "0.5 wan", "relative 1%", "2", "1%", "0.01", "100元", "0.1个百分点", "舍入" };
        string Tolerance() => string.Join(" or ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(random, tolerances)));
        string[] values = { "x.占比", "x.金额", "收入.总额", "应为", "首", "first stated(x.金额, 收入.总额)", "first stated(x.占比, x.名称)", "年度", "count(收入.来源)" };
        string[] conditions =
        {
            $"{Pick(random, values)} = {Pick(random, values)} within {Tolerance()}",
            $"if x.金额 is stated then {Pick(random, values)} <= {Pick(random, values)} within {Tolerance()}",
            "distinct(收入.来源.名称)", "distinct(y in 收入.来源, y.金额)", "distinct(y in 收入.来源 where y.名称 is stated, y.名称)",
            "count(c in x.下级) >= 0", "首 is stated", "if 应为 is stated then if x.占比 is stated then x.占比 = 应为 within rounding or 0.1 points",
        };
        var lines = new List<string>
        {
            "rule V2-" + random.Next(1000) + " \"v2\"",
            "  severity " + Pick(random, new[] { "error", "warning", "info" }),
            "  cite \"c\"",
            "  for each x in " + Pick(random, new[] { "收入.来源", "功能分类.科目", "三公经费.明细" }),
        };
        if (random.Next(2) == 0) lines.Add("  let 应为 = x.金额 ÷ 收入.总额");
        if (random.Next(2) == 0) lines.Add("  let 首 = first stated(" + Pick(random, values) + ", " + Pick(random, values) + ")");
        if (random.Next(4) == 0) lines.Add("  when " + Pick(random, new[] { "distinct(收入.来源.名称)", "首 is stated", "应为 > 0%", "收入.总额 is stated" }));
        int requirements = random.Next(1, 4);
        for (int i = 0; i < requirements; i++) lines.Add("  require " + Pick(random, conditions));
        lines.Add("  message \"{" + Pick(random, values) + "}\"");
        lines.Add("  example pass \"a\"");
        lines.Add("  example fail \"b\"");
        return string.Join("\n", lines) + "\n";
    }

    private static readonly string[] PathPieces =
    {
        "x", "x-y", "x_y", "x.y", "X", "三公经费", "a\u2028b", "a\u0085b", "a\u2029b", "*a", "a*", "#error x", "a b", "a'b", "a\"b", "a\\b", "\u202Ex",
        "con", "aux", "rules", ".hidden", "a;b", "a{b}", "..x", "\uFEFFx", "é", "e\u0301",
    };

    private static RuleCase FileNames(int index, Random random)
    {
        int count = random.Next(1, 4);
        var files = new List<(string, string)>();
        for (int i = 0; i < count; i++)
        {
            string folder = random.Next(2) == 0 ? "rules" : "rules/" + Pick(random, PathPieces);
            string extension = random.Next(4) == 0 ? ".RULES" : ".rules";
            files.Add((folder + "/" + Pick(random, PathPieces) + extension, Rule("F-" + i, "info", "年度 is stated", "*/ " + Pick(random, PathPieces) + " /*")));
        }
        return new RuleCase(index, "file-names", files.GroupBy(f => f.Item1, StringComparer.Ordinal).Select(g => g.First()).ToList());
    }
}
