using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ComplianceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ComplianceGen.Generator.Tests;

/// <summary>
/// Text from outside the rule's own literals — the rule file's path and folder names, ids,
/// titles, citations — lands in comments and XML docs only as inert text: it can neither end the
/// comment line nor open or close a block comment, so it never becomes code.
/// </summary>
public class GeneratedTextTests
{
    private const string ModuleInitializerTitle =
        "*/ [System.Runtime.CompilerServices.ModuleInitializer] internal static void P() { System.Environment.SetEnvironmentVariable(\\\"CG_F1\\\", \\\"ran\\\"); } //";

    private static string Rule(string title, string citation = "c") =>
        $"rule E-1 \"{title}\"\n severity info\n cite \"{citation}\"\n require 年度 is stated\n example pass \"a\"\n example fail \"b\"\n";

    /// <summary>The kinds of the code tokens of the rule file's generated tree: what the compiler compiles, comments aside.</summary>
    private static List<SyntaxKind> CodeShape(GeneratorOutput run) =>
        RuleFileTree(run).GetRoot().DescendantTokens().Select(t => t.Kind()).ToList();

    private static SyntaxTree RuleFileTree(GeneratorOutput run) =>
        run.Result.GeneratedTrees.Single(t => !t.FilePath.EndsWith("Registry.g.cs", StringComparison.Ordinal));

    private static readonly Lazy<List<SyntaxKind>> ReferenceShape = new(() => CodeShape(GeneratorHarness.Run(("rules/x.rules", Rule("plain")))));

    /// <summary>
    /// The generated file compiles cleanly, its XML docs are well-formed, every piece of trivia is
    /// white space, a line comment, a doc comment or the one #nullable directive, and its code
    /// tokens are exactly those of the same rule under a plain path and title.
    /// </summary>
    private static void AssertInert(GeneratorOutput run, string label)
    {
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(run.CompilationErrors);
        var tree = RuleFileTree(run);
        var strict = CSharpSyntaxTree.ParseText(tree.GetText(), GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose));
        Assert.True(!strict.GetDiagnostics().Any(), label + ": " + string.Join("; ", strict.GetDiagnostics()));
        var allowed = new[]
        {
            SyntaxKind.WhitespaceTrivia, SyntaxKind.EndOfLineTrivia, SyntaxKind.SingleLineCommentTrivia,
            SyntaxKind.SingleLineDocumentationCommentTrivia, SyntaxKind.NullableDirectiveTrivia,
        };
        var odd = tree.GetRoot().DescendantTrivia().Where(t => !allowed.Contains(t.Kind())).Select(t => t.Kind()).Distinct().ToList();
        Assert.True(odd.Count == 0, label + ": unexpected trivia " + string.Join(", ", odd));
        Assert.True(ReferenceShape.Value.SequenceEqual(CodeShape(run)), label + ": the generated code's tokens differ from the plain rule's");
    }

    [Fact]
    public void A_folder_name_with_a_line_separator_cannot_open_a_comment_that_a_title_closes()
    {
        Environment.SetEnvironmentVariable("CG_F1", null);
        var run = GeneratorHarness.Run(("x\u2028/*a/evil.rules", Rule(ModuleInitializerTitle)));

        AssertInert(run, "F1");
        var rule = Assert.Single(run.LoadRules());
        Assert.StartsWith("*/ [System.Runtime", rule.Descriptor.Title, StringComparison.Ordinal);
        Assert.Null(Environment.GetEnvironmentVariable("CG_F1"));
    }

    [Theory]
    [InlineData("a\u2028#error x.rules")]
    [InlineData("a\u2029#error x.rules")]
    [InlineData("a\u0085#error x.rules")]
    [InlineData("a\r#error x.rules")]
    [InlineData("a\n#error x.rules")]
    [InlineData("a\u202Ex.rules")]
    [InlineData("*/x/*.rules")]
    public void A_file_name_that_would_end_the_header_comment_stays_in_it(string path)
    {
        AssertInert(GeneratorHarness.Run((path, Rule("plain"))), path);
    }

    [Fact]
    public void Titles_and_citations_that_try_to_leave_the_XML_doc_stay_in_it()
    {
        const string payload = "*/ \\u2028 </summary> <remarks> & \\\" /* //";
        var run = GeneratorHarness.Run(("rules/x.rules", Rule(payload + "\u2028#error t\u0085x\u2029y", payload + "\u2028#error c")));
        AssertInert(run, "title");
    }

    /// <summary>
    /// Random paths of dangerous and ordinary Unicode: line terminators, control and bidi
    /// characters, lone surrogates, comment delimiters, quotes, XML specials, CJK and astral letters.
    /// </summary>
    [Fact]
    public void Random_Unicode_paths_and_titles_never_change_the_generated_code()
    {
        var random = new Random(2028);
        string[] pieces =
        {
            "\r", "\n", "\r\n", "\u0085", "\u2028", "\u2029", "\u000B", "\u000C", "\u0000", "\u001B", "\u202E", "\u2066", "\u200B", "\uFEFF",
            "\uD800", "\uDC00", "\U00020000", "*/", "/*", "//", "///", "#error", "#line 1", "\"", "\\", "<", ">", "&", "]]>", "{", "}",
            "三公经费", "a", "Z", "0", "-", "_", ".", " ", "\t", "é", "\u0301",
        };
        string Random(int max)
        {
            var builder = new StringBuilder();
            int count = random.Next(1, max);
            for (int i = 0; i < count; i++)
                builder.Append(random.Next(4) == 0 ? ((char)random.Next(0x20, 0xFFFF)).ToString() : pieces[random.Next(pieces.Length)]);
            return builder.ToString();
        }
        for (int run = 0; run < 100; run++)
        {
            string path = Random(12) + "/" + Random(12) + "/" + Random(8) + ".rules";
            // Titles are rule-file strings: quotes and backslashes escaped as the language wants them, and
            // none of the C0 controls or U+FFFD that make a rule file "not text" (CG0004).
            string title = new string(Random(10).Where(c => c >= ' ' && c != '\u007F' && c != '\uFFFD').ToArray())
                .Replace("\\", "\\\\").Replace("\"", "\\\"");
            AssertInert(GeneratorHarness.Run((path, Rule("plain " + title))), $"run {run}: {Escape(path)}");
        }
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));
}
