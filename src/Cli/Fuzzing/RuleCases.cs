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
/// variables named like generated code, extreme literals, and look-alike file names.
/// </summary>
public static class RuleCases
{
    public static readonly string[] Kinds =
        { "random", "truncated", "mutated", "nested", "unicode", "id-clash", "reserved-name", "literal", "file-names" };

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
          require 支出.基本支出 + 支出.项目支出 = 支出.总额 within 0.5%
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
    };

    private static readonly string[] Tokens =
    {
        "rule", "规则", "ruleset", "规则集", "severity", "级别", "error", "错误", "warning", "info", "cite", "依据", "when", "当", "require", "要求",
        "for each", "对每个", "in", "属于", "where", "满足", "message", "消息", "example", "示例", "pass", "fail", "years", "applies-to", "适用于",
        "and", "且", "or", "或", "not", "非", "is stated", "已说明", "is declared", "已公开", "is not stated", "within", "误差", "rounding", "舍入",
        "sum", "合计", "count", "计数", "any", "all", "catalog", "目录", "matches", "contains", "starts with", "same unit as",
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
        string require = random.Next(9) switch
        {
            0 => Repeat("(", depth) + "年度 is stated" + Repeat(")", depth),
            1 => Repeat("not ", depth) + "年度 is stated",
            2 => Repeat("-", depth) + "年度 = 1",
            3 => "count(" + Repeat("count(", depth) + "收入.来源" + Repeat(")", depth) + ") > 1",
            4 => Repeat("年度 + ", depth) + "年度 = 1",
            5 => Repeat("a and ", depth) + "年度 is stated",
            6 => Repeat("年度 + (", depth) + "年度" + Repeat(")", depth) + " = 1",
            7 => "单位名称 = " + Repeat("目录(", depth) + "单位名称" + Repeat(",年度)", depth),
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
        "Rules_case", "ComplianceRules", "年度", "Year",
    };

    private static string ReservedName(Random random)
    {
        string name = random.Next(10) == 0 ? new string('名', random.Next(100, 200_000)) : Pick(random, GeneratedNames);
        string other = Pick(random, GeneratedNames);
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
        string require = random.Next(5) switch
        {
            0 => $"收入.总额 < {number}{(unit is "%" or "" ? "元" : unit)}",
            1 => $"收入.总额 = 1万元 within {number}",
            2 => $"收入.总额 = {number}元 within {Pick(random, Numbers)}%",
            3 => $"年度 * {number} > {Pick(random, Numbers)}",
            _ => $"单位名称 = catalog(\"2060101\", 年度 * {number})",
        };
        return Rule("L-1", "info", require);
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
