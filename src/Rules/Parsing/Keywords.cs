using System.Collections.Generic;
using System.Linq;

namespace ComplianceGen.Rules.Parsing;

/// <summary>
/// Every keyword of the language in its English and Chinese spellings. The parser, the
/// documentation and the tests all read this one table, so the two spellings cannot drift.
/// </summary>
public static class Keywords
{
    public sealed class Keyword
    {
        public Keyword(string meaning, string[] english, string[] chinese)
        {
            Meaning = meaning;
            English = english;
            Chinese = chinese;
        }

        public string Meaning { get; }

        /// <summary>English spellings; a multi-word spelling is written with single spaces.</summary>
        public string[] English { get; }

        public string[] Chinese { get; }

        public IEnumerable<string> Spellings => English.Concat(Chinese);
    }

    private static Keyword K(string meaning, string english, params string[] chinese) =>
        new(meaning, english.Split('|'), chinese);

    public static readonly Keyword RuleSet = K("ruleset header", "ruleset", "规则集");
    public static readonly Keyword Rule = K("rule", "rule", "规则");
    public static readonly Keyword Severity = K("severity", "severity", "级别");
    public static readonly Keyword Error = K("severity: error", "error", "错误");
    public static readonly Keyword Warning = K("severity: warning", "warning", "警告");
    public static readonly Keyword Info = K("severity: info", "info", "提示");
    public static readonly Keyword AppliesTo = K("document kinds", "applies-to", "适用于");
    public static readonly Keyword Cite = K("citation", "cite", "依据");
    public static readonly Keyword Years = K("fiscal years", "years", "适用年度");
    public static readonly Keyword When = K("condition", "when", "当");
    public static readonly Keyword ForEach = K("loop", "for each", "对每个");
    public static readonly Keyword In = K("loop source", "in", "属于");
    public static readonly Keyword Where = K("filter", "where", "满足");
    public static readonly Keyword Require = K("requirement", "require", "要求");
    public static readonly Keyword Let = K("named value", "let", "令");
    public static readonly Keyword Message = K("message", "message", "消息");
    public static readonly Keyword Example = K("example document", "example", "示例");
    public static readonly Keyword Pass = K("example must pass", "pass", "通过");
    public static readonly Keyword Fail = K("example must fail", "fail", "不通过");
    public static readonly Keyword Within = K("tolerance", "within", "误差");
    public static readonly Keyword Rounding = K("tolerance: printed rounding", "rounding", "舍入");
    public static readonly Keyword Relative = K("tolerance: relative to the expected value", "relative", "相对");
    public static readonly Keyword Points = K("tolerance: percentage points", "points", "个百分点");
    public static readonly Keyword IsStated = K("predicate: stated", "is stated", "已说明");
    public static readonly Keyword IsNotStated = K("predicate: not stated", "is not stated", "未说明");
    public static readonly Keyword IsDeclared = K("predicate: declared (amount or explicit none)", "is declared", "已公开");
    public static readonly Keyword IsNotDeclared = K("predicate: not declared", "is not declared", "未公开");
    public static readonly Keyword Matches = K("catalogue match", "matches", "符合");
    public static readonly Keyword Catalog = K("catalogue name of a code", "catalog", "目录");
    public static readonly Keyword Contains = K("text contains", "contains", "包含");
    public static readonly Keyword StartsWith = K("text starts with", "starts with", "开头为");
    public static readonly Keyword EndsWith = K("text ends with", "ends with", "结尾为");
    public static readonly Keyword SameUnit = K("names the same unit (full name or abbreviation)", "same unit as", "同一单位");
    public static readonly Keyword Sum = K("aggregate: sum", "sum", "合计");
    public static readonly Keyword Count = K("aggregate: count", "count", "计数");
    public static readonly Keyword Any = K("quantifier: any", "any", "任一");
    public static readonly Keyword All = K("quantifier: all", "all", "全部");
    public static readonly Keyword And = K("logical and", "and", "且", "并且");
    public static readonly Keyword Or = K("logical or", "or", "或");
    public static readonly Keyword Not = K("logical not", "not", "非");
    public static readonly Keyword If = K("implication: if", "if", "若");
    public static readonly Keyword Then = K("implication: then", "then", "则");
    public static readonly Keyword FirstStated = K("first stated of alternatives", "first stated", "首个已说明");
    public static readonly Keyword Distinct = K("all different", "distinct", "各不相同");
    public static readonly Keyword Budget = K("kind: 部门预算", "budget", "部门预算", "预算");
    public static readonly Keyword FinalAccount = K("kind: 部门决算", "final-account", "部门决算", "决算");
    public static readonly Keyword PerformanceReport = K("kind: 绩效报告", "performance-report", "绩效报告");
    public static readonly Keyword Yuan = K("unit: 元", "yuan", "元");
    public static readonly Keyword WanYuan = K("unit: 万元", "wan", "万元");
    public static readonly Keyword YiYuan = K("unit: 亿元", "yi", "亿元");

    public static IReadOnlyList<Keyword> Table { get; } = new[]
    {
        RuleSet, Rule, Severity, Error, Warning, Info, AppliesTo, Cite, Years, When, ForEach, In, Where,
        Require, Let, Message, Example, Pass, Fail, Within, Rounding, Relative, Points, IsStated, IsNotStated, IsDeclared, IsNotDeclared,
        Matches, Catalog, Contains, StartsWith, EndsWith, SameUnit, Sum, Count, Any, All, Distinct, FirstStated, And, Or, Not, If, Then,
        Budget, FinalAccount, PerformanceReport, Yuan, WanYuan, YiYuan,
    };

    /// <summary>Keywords that start a clause of a rule; an unknown word in that place gets a suggestion from these.</summary>
    public static IReadOnlyList<Keyword> ClauseStarters { get; } = new[]
    {
        Severity, AppliesTo, Cite, Years, When, ForEach, Require, Let, Message, Example, Rule, RuleSet,
    };
}
