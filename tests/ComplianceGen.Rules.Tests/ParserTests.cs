using System.Linq;
using ComplianceGen.Rules.Parsing;
using ComplianceGen.Rules.Syntax;
using ComplianceGen.Rules.Tests.Infrastructure;

namespace ComplianceGen.Rules.Tests;

public class ParserTests
{
    private static ParsedRuleFile Parse(string text) => RuleFileParser.Parse("test.rules", text);

    private const string English = """
        ruleset 三公经费 "“三公”经费公开"
          applies-to budget, final-account
          cite "财预〔2016〕143号"
          years 2016..2030

        rule SG-001 "“三公”经费三项须逐项公开"
          severity error
          for each 项 in 三公经费.明细 where not 项.已声明无
          require 项 is declared
          require 三公经费.合计 = sum(三公经费.明细.金额) within rounding
          require count(x in 三公经费.明细 where x.金额 is stated) >= 1 or 三公经费.合计 is not stated
          require 项.占比 <= 100% and 项.金额 > 0万元 within 0.5%
          message "“{项.名称}”未公开，合计{三公经费.合计}"
          example fail "无"
        """;

    private const string Chinese = """
        规则集 三公经费 "“三公”经费公开"
          适用于 部门预算，部门决算
          依据 "财预〔2016〕143号"
          适用年度 2016..2030

        规则 SG-001 "“三公”经费三项须逐项公开"
          级别 错误
          对每个 项 属于 三公经费.明细 满足 非 项.已声明无
          要求 项 已公开
          要求 三公经费.合计 = 合计(三公经费.明细.金额) 误差 舍入
          要求 计数(x 属于 三公经费.明细 满足 x.金额 已说明) >= 1 或 三公经费.合计 未说明
          要求 项.占比 <= 100% 且 项.金额 > 0万元 误差 0.5%
          消息 "“{项.名称}”未公开，合计{三公经费.合计}"
          示例 不通过 "无"
        """;

    [Fact]
    public void English_and_Chinese_keywords_give_the_same_syntax_tree()
    {
        var english = Parse(English);
        var chinese = Parse(Chinese);

        Assert.Empty(english.Diagnostics);
        Assert.Empty(chinese.Diagnostics);
        Assert.Equal(AstPrinter.Print(english.Syntax), AstPrinter.Print(chinese.Syntax));
        Assert.Contains("(for-each 项 三公经费.明细 (where (Not 项.已声明无)))", AstPrinter.Print(english.Syntax));
    }

    [Fact]
    public void Selecting_sums_and_text_predicates_read_the_same_in_both_spellings()
    {
        var english = Parse("""
            rule A-1 "t"
              severity error
              for each p in 功能分类.科目 where p.表号 is stated
              require p.金额 = sum(c in 功能分类.科目 where c.上级编码 = p.编码 and c.表号 = p.表号, c.金额) within rounding
              require p.编码 starts with p.表中上级 and 单位名称 same unit as "区科协" and p.名称 ends with "运行"
              require sum(x in 经济分类.类, x.金额 + x.金额) > 0元 and p.名称 contains “行政”
            """);
        var chinese = Parse("""
            规则 A-1 "t"
              级别 错误
              对每个 p 属于 功能分类.科目 满足 p.表号 已说明
              要求 p.金额 = 合计(c 属于 功能分类.科目 满足 c.上级编码 = p.编码 且 c.表号 = p.表号, c.金额) 误差 舍入
              要求 p.编码 开头为 p.表中上级 且 单位名称 同一单位 "区科协" 且 p.名称 结尾为 "运行"
              要求 合计(x 属于 经济分类.类, x.金额 + x.金额) > 0元 且 p.名称 包含 “行政”
            """);
        Assert.Empty(english.Diagnostics);
        Assert.Empty(chinese.Diagnostics);
        string printed = AstPrinter.Print(english.Syntax);
        Assert.Equal(printed, AstPrinter.Print(chinese.Syntax));
        Assert.Contains("(Sum c in 功能分类.科目 (where (And (Equal c.上级编码 p.编码) (Equal c.表号 p.表号))) (select c.金额))", printed);
        Assert.Contains("(StartsWith p.编码 p.表中上级)", printed);
        Assert.Contains("(SameUnit 单位名称 \"区科协\")", printed);
        Assert.Contains("(EndsWith p.名称 \"运行\")", printed);
        Assert.Contains("(Sum x in 经济分类.类 (select (Add x.金额 x.金额)))", printed);
        Assert.Contains("(contains p.名称 \"行政\")", printed);
    }

    [Fact]
    public void A_selecting_sum_without_its_selector_is_a_located_syntax_error()
    {
        var parsed = Parse("""
            rule A-1 "t"
              severity error
              require sum(x in 功能分类.科目 where x.金额 is stated) > 0元
            """);
        var error = Assert.Single(parsed.Diagnostics);
        Assert.Equal("CG0001", error.Id);
        Assert.Equal(3, error.Span.Line);
        Assert.Equal(48, error.Span.Column);
    }

    [Fact]
    public void An_unclosed_chinese_quote_is_an_unterminated_string()
    {
        var parsed = Parse("""
            rule A-1 "t"
              severity error
              require 单位名称 contains “科协
            """);
        var error = Assert.Single(parsed.Diagnostics);
        Assert.Equal("CG0002", error.Id);
        Assert.Equal(3, error.Span.Line);
        Assert.Equal(25, error.Span.Column);
    }

    [Fact]
    public void Operator_precedence_is_or_and_not_comparison_arithmetic()
    {
        var parsed = Parse("""
            rule A-1 "t"
              severity info
              require a + b × c = d or not e is stated and f
            """);
        Assert.Empty(parsed.Diagnostics);
        var require = parsed.Syntax.Rules[0].Clauses.OfType<RequireClause>().Single();
        Assert.Equal("(Or (Equal (Add a (Multiply b c)) d) (And (Not (Stated e)) f))", AstPrinter.Expr(require.Condition));
    }

    [Fact]
    public void Literals_keep_their_kind_and_digits()
    {
        var parsed = Parse("""
            rule A-1 "t"
              severity warning
              require x = 1.50 or y = 100% or z = 5万元 or w = 3 元 or v = "文本"
            """);
        Assert.Empty(parsed.Diagnostics);
        Assert.Equal("(Or (Or (Or (Or (Equal x 1.50) (Equal y 100%)) (Equal z 5WanYuan)) (Equal w 3Yuan)) (Equal v \"文本\"))",
            AstPrinter.Expr(parsed.Syntax.Rules[0].Clauses.OfType<RequireClause>().Single().Condition));
    }

    [Fact]
    public void Spans_point_at_the_tokens_in_file_coordinates()
    {
        var parsed = Parse("rule A-1 \"t\"\n  severity error\n  require 三公经费.合计 is stated\n");
        var require = parsed.Syntax.Rules[0].Clauses.OfType<RequireClause>().Single();
        var predicate = Assert.IsType<PredicateExpr>(require.Condition);
        var path = Assert.IsType<PathExpr>(predicate.Operand);
        Assert.Equal((3, 11), (path.Span.Line, path.Span.Column));
        Assert.Equal((3, 16), (path.Segments[1].Span.Line, path.Segments[1].Span.Column));
        Assert.Equal((1, 6), (parsed.Syntax.Rules[0].IdSpan.Line, parsed.Syntax.Rules[0].IdSpan.Column));
    }

    [Fact]
    public void Message_placeholders_are_parsed_as_expressions()
    {
        var parsed = Parse("rule A-1 \"t\"\n  severity error\n  require x is stated\n  message \"合计{sum(a.b.c)}，应为{{100%}}\"\n");
        Assert.Empty(parsed.Diagnostics);
        var message = parsed.Syntax.Rules[0].Clauses.OfType<MessageClause>().Single().Message;
        Assert.Equal(3, message.Parts.Count);
        Assert.Equal("合计", message.Parts[0].Text);
        Assert.Equal("(Sum a.b.c)", AstPrinter.Expr(message.Parts[1].Expression!));
        Assert.Equal("，应为{100%}", message.Parts[2].Text);
    }

    [Fact]
    public void Triple_quoted_examples_span_lines_and_lose_common_indentation()
    {
        var parsed = Parse("rule A-1 \"t\"\n  severity error\n  require x is stated\n  example pass \"\"\"\n    第一行\n      第二行\n    rule 不是新规则\n    \"\"\"\n");
        Assert.Empty(parsed.Diagnostics);
        var example = parsed.Syntax.Rules.Single().Clauses.OfType<ExampleClause>().Single().Example;
        Assert.Equal("第一行\n  第二行\nrule 不是新规则", example.Document);
    }

    [Fact]
    public void An_unterminated_string_is_reported_at_its_opening_quote()
    {
        var parsed = Parse("rule A-1 \"t\"\n  severity error\n  require x is stated\n  message \"没有结尾\n");
        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal("CG0002", diagnostic.Id);
        Assert.Equal((4, 11), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void An_unknown_keyword_is_reported_on_that_word_with_a_suggestion()
    {
        var parsed = Parse("rule A-1 \"t\"\n  severity error\n  requir x is stated\n");
        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal("CG0003", diagnostic.Id);
        Assert.Equal((3, 3), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Contains("“require”", diagnostic.Message);
    }

    [Fact]
    public void A_syntax_error_lands_on_the_offending_token()
    {
        var parsed = Parse("rule A-1 \"t\"\n  severity error\n  require 三公经费.合计 = = 1\n");
        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal("CG0001", diagnostic.Id);
        Assert.Equal((3, 21), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Contains("“=”", diagnostic.Message);
    }

    [Fact]
    public void A_bad_rule_does_not_stop_the_next_rule_from_parsing()
    {
        var parsed = Parse("rule A-1 \"t\"\n  severity eror\n  require x is stated\n\nrule A-2 \"u\"\n  severity error\n  require y is stated\n");
        Assert.Single(parsed.Diagnostics);
        Assert.Equal(2, parsed.Diagnostics[0].Span.Line);
        Assert.Equal("A-2", Assert.Single(parsed.Syntax.Rules).Id);
    }

    [Fact]
    public void Severity_without_a_level_names_the_levels_expected()
    {
        var parsed = Parse("rule A-1 \"t\"\n  severity\n  require x is stated\n");
        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal("CG0001", diagnostic.Id);
        Assert.Contains("“error”", diagnostic.Message);
        Assert.Equal(3, diagnostic.Span.Line);
    }

    [Fact]
    public void An_empty_file_warns_that_it_has_no_rules()
    {
        var diagnostic = Assert.Single(Parse("# 只有注释\n\n").Diagnostics);
        Assert.Equal("CG0006", diagnostic.Id);
        Assert.False(diagnostic.IsError);
    }

    [Fact]
    public void Binary_bytes_are_reported_as_not_text()
    {
        var diagnostic = Assert.Single(Parse("rule A-1 \"t\"\n\0\u0001\u0002").Diagnostics);
        Assert.Equal("CG0004", diagnostic.Id);
        Assert.Equal((2, 1), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void A_ten_megabyte_file_is_refused_with_a_diagnostic()
    {
        var text = new string('规', 10 * 1024 * 1024);
        var diagnostic = Assert.Single(Parse(text).Diagnostics);
        Assert.Equal("CG0005", diagnostic.Id);
    }

    [Fact]
    public void Text_before_the_first_rule_is_an_error_at_that_text()
    {
        var parsed = Parse("hello world\nrule A-1 \"t\"\n  severity error\n  require x is stated\n");
        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal((1, 1), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Single(parsed.Syntax.Rules);
    }

    [Theory]
    [InlineData("rule")]
    [InlineData("rule A-1")]
    [InlineData("rule A-1 \"t\" severity error require")]
    [InlineData("rule A-1 \"t\" severity error require (a")]
    [InlineData("rule A-1 \"t\" severity error require a.")]
    [InlineData("rule A-1 \"t\" severity error require sum(")]
    [InlineData("rule A-1 \"t\" severity error require a within")]
    [InlineData("rule A-1 \"t\" severity error message \"{\"")]
    [InlineData("rule A-1 \"t\" severity error message \"{a +}\"")]
    [InlineData("规则 A-1 \"t\" 级别 错误 要求 999999999999999999999999999999999 > 1")]
    [InlineData("ruleset")]
    [InlineData("rule A-1 \"t\" years 20..")]
    public void Truncated_and_malformed_rules_give_located_errors(string text)
    {
        var parsed = Parse(text);
        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.True(diagnostic.IsError, diagnostic.ToString());
        Assert.StartsWith("CG0", diagnostic.Id);
        Assert.Equal(1, diagnostic.Span.Line);
        Assert.Empty(parsed.Syntax.Rules);
    }

    [Fact]
    public void Random_garbage_never_throws_and_always_yields_a_diagnostic_or_rules()
    {
        var random = new System.Random(20261123);
        const string alphabet = "rule规则集要求级别错误 \"{}()=<>%.,，\n\t#0123456789abc三公经费.明细合计sum";
        for (int run = 0; run < 500; run++)
        {
            var chars = new char[random.Next(0, 200)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var parsed = Parse(new string(chars));
            Assert.True(parsed.Diagnostics.Count > 0 || parsed.Syntax.Rules.Count > 0, new string(chars));
            Assert.DoesNotContain(parsed.Diagnostics, d => d.Id == "CG9001");
        }
    }

    [Fact]
    public void The_Chinese_list_comma_separates_document_kinds()
    {
        var parsed = Parse("规则 A-1 \"t\"\n  级别 错误\n  适用于 部门预算、部门决算\n  要求 x 已说明\n");
        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(2, parsed.Syntax.Rules[0].Clauses.OfType<AppliesToClause>().Single().Kinds.Count);
    }

    [Fact]
    public void Triple_quotes_in_a_comment_or_a_string_do_not_swallow_the_next_rule()
    {
        const string text = "# 示例用 \"\"\" 写多行\nrule A-1 \"t \\\"\\\"\\\" \"\n  severity error\n  require x is stated\n\nrule A-2 \"u\"\n  severity error\n  require y is stated\n";
        Assert.Contains("rule A-1 \"t \\\"\\\"\\\" \"", text);
        var parsed = Parse(text);
        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(new[] { "A-1", "A-2" }, parsed.Syntax.Rules.Select(r => r.Id));
    }
}
