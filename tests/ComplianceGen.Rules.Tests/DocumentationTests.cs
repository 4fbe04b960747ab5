using System;
using System.Linq;
using System.Text;
using ComplianceGen.Documentation;
using ComplianceGen.Rules.Diagnostics;
using ComplianceGen.Rules.Parsing;

namespace ComplianceGen.Rules.Tests;

/// <summary>
/// Keeps docs/rules-language.md honest: its keyword table is generated from
/// <see cref="Keywords.Table"/>, every ```rules block parses cleanly, every ```rules-error block
/// names the diagnostics it shows, and every diagnostic id is documented. (Binding of the blocks
/// against the real model is checked in ComplianceGen.Generator.Tests.DocumentationBindingTests.)
/// </summary>
public class DocumentationTests
{
    /// <summary>The keyword table as the guide must print it.</summary>
    public static string RenderKeywordTable()
    {
        static string Cell(string[] spellings) => string.Join(" / ", spellings.Select(s => "`" + s + "`"));
        var builder = new StringBuilder("\n| 含义 / meaning | English | 中文 |\n|---|---|---|\n");
        foreach (var keyword in Keywords.Table)
            builder.Append("| ").Append(keyword.Meaning).Append(" | ").Append(Cell(keyword.English)).Append(" | ").Append(Cell(keyword.Chinese)).Append(" |\n");
        return builder.ToString();
    }

    [Fact]
    public void The_keyword_table_is_generated_from_Keywords_Table()
    {
        string expected = RenderKeywordTable();
        if (Environment.GetEnvironmentVariable("COMPLIANCEGEN_UPDATE_DOCS") == "1" && LanguageGuide.KeywordSection() != expected)
            LanguageGuide.WriteKeywordSection(expected);
        Assert.True(LanguageGuide.KeywordSection() == expected,
            $"The keyword table in {LanguageGuide.RelativePath} is out of date. Run with COMPLIANCEGEN_UPDATE_DOCS=1, or paste:\n{expected}");
    }

    [Fact]
    public void Every_keyword_spelling_appears_in_the_keyword_table()
    {
        string table = LanguageGuide.KeywordSection();
        var missing = Keywords.Table.SelectMany(k => k.Spellings).Where(s => !table.Contains("`" + s + "`")).ToList();
        Assert.True(missing.Count == 0, "Missing from the guide's keyword table: " + string.Join(", ", missing));
    }

    public static TheoryData<int> RuleBlocks() => Lines(isError: false);

    public static TheoryData<int> ErrorBlocks() => Lines(isError: true);

    private static TheoryData<int> Lines(bool isError)
    {
        var data = new TheoryData<int>();
        foreach (var block in LanguageGuide.Blocks().Where(b => b.IsError == isError)) data.Add(block.Line);
        return data;
    }

    private static LanguageGuide.Block At(int line) => LanguageGuide.Blocks().Single(b => b.Line == line);

    [Theory]
    [MemberData(nameof(RuleBlocks))]
    public void Each_rules_block_parses_without_errors(int line)
    {
        var block = At(line);
        var parsed = RuleFileParser.Parse(block.ToString(), block.Text);
        var errors = parsed.Diagnostics.Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 0, $"{block}:\n" + string.Join("\n", errors));
        Assert.NotEmpty(parsed.Syntax.Rules);
    }

    /// <summary>
    /// An error block names its ids in a comment. Syntax ids (CG0xxx) must come from the parser;
    /// a block that shows a binding or metadata error (CG1xxx, CG2xxx) must parse cleanly, so that
    /// the error it shows is really the one it names (the Generator tests check that one).
    /// </summary>
    [Theory]
    [MemberData(nameof(ErrorBlocks))]
    public void Each_rules_error_block_names_its_diagnostics_and_the_parser_reports_syntax_ones(int line)
    {
        var block = At(line);
        var expected = block.ExpectedIds;
        Assert.True(expected.Count > 0, $"{block}: a rules-error block must name the diagnostic it shows in a comment, e.g. # CG1001");
        var parsed = RuleFileParser.Parse(block.ToString(), block.Text);
        var ids = parsed.Diagnostics.Select(d => d.Id).ToList();
        var syntax = expected.Where(id => id.StartsWith("CG0", StringComparison.Ordinal)).ToList();
        if (syntax.Count > 0)
        {
            Assert.NotEmpty(parsed.Diagnostics);
            foreach (var id in syntax) Assert.True(ids.Contains(id), $"{block}: expected {id}, got: " + string.Join("; ", parsed.Diagnostics));
        }
        else
        {
            Assert.True(parsed.Diagnostics.Count == 0, $"{block} shows a binding error, so it must parse cleanly: " + string.Join("; ", parsed.Diagnostics));
        }
    }

    [Fact]
    public void The_guide_has_rule_blocks_in_both_spellings_and_error_blocks()
    {
        var blocks = LanguageGuide.Blocks();
        Assert.Contains(blocks, b => !b.IsError && b.Text.Contains("require "));
        Assert.Contains(blocks, b => !b.IsError && b.Text.Contains("要求 "));
        Assert.Contains(blocks, b => b.IsError);
    }

    [Fact]
    public void Every_diagnostic_id_is_documented_in_the_table()
    {
        string text = LanguageGuide.Text;
        var missing = DiagnosticCatalog.All.Where(d => !text.Contains(Row(d.Id) + " | " + d.Level.ToString().ToLowerInvariant() + " |")).Select(d => d.Id).ToList();
        Assert.True(missing.Count == 0, "Diagnostics missing from the guide's table (or with the wrong level): " + string.Join(", ", missing));
    }

    /// <summary>A table row starts with the id's anchor, which the diagnostic's help link (docs/rules-language.md#cgNNNN) points at.</summary>
    private static string Row(string id) => $"| <a id=\"{id.ToLowerInvariant()}\"></a>{id}";

    [Fact]
    public void Every_diagnostic_help_link_points_at_its_row_in_the_guide()
    {
        foreach (var descriptor in DiagnosticCatalog.All)
        {
            Assert.Equal(LanguageGuide.RelativePath + "#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLink);
            Assert.Contains($"<a id=\"{descriptor.Id.ToLowerInvariant()}\"></a>", LanguageGuide.Text);
        }
    }
}
