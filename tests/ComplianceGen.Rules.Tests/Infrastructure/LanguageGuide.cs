using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ComplianceGen.Documentation;

/// <summary>
/// docs/rules-language.md and the rule code blocks in it. Shared (linked) by the Rules and
/// Generator test projects: the first parses every block, the second binds and compiles it.
/// </summary>
internal static class LanguageGuide
{
    public const string RelativePath = "docs/rules-language.md";
    public const string TableBegin = "<!-- keywords:begin -->";
    public const string TableEnd = "<!-- keywords:end -->";

    /// <summary>A fenced block: <c>```rules</c> (must compile) or <c>```rules-error</c> (must report the ids its comments name).</summary>
    public sealed record Block(int Line, bool IsError, string Text)
    {
        /// <summary>The CG ids named in the block's comment lines.</summary>
        public IReadOnlyList<string> ExpectedIds =>
            Text.Split('\n')
                .Select(l => l.TrimStart())
                .Where(l => l.StartsWith("#", StringComparison.Ordinal) || l.StartsWith("//", StringComparison.Ordinal))
                .SelectMany(l => Regex.Matches(l, @"CG\d{4}").Select(m => m.Value))
                .Distinct()
                .ToList();

        public override string ToString() => $"{RelativePath}:{Line}";
    }

    public static string RepositoryRoot { get; } = FindRoot();

    public static string FullPath => Path.Combine(RepositoryRoot, "docs", "rules-language.md");

    public static string Text => File.ReadAllText(FullPath).Replace("\r\n", "\n");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ComplianceGen.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("ComplianceGen.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Every <c>```rules</c> and <c>```rules-error</c> block, with the guide line its text starts on.</summary>
    public static IReadOnlyList<Block> Blocks()
    {
        var lines = Text.Split('\n');
        var blocks = new List<Block>();
        for (int i = 0; i < lines.Length; i++)
        {
            string fence = lines[i].TrimEnd();
            if (fence != "```rules" && fence != "```rules-error") continue;
            int start = i + 1;
            int end = start;
            while (end < lines.Length && lines[end].TrimEnd() != "```") end++;
            if (end == lines.Length) throw new InvalidOperationException($"{RelativePath}:{i + 1}: code block is not closed");
            blocks.Add(new Block(start + 1, fence.EndsWith("-error", StringComparison.Ordinal), string.Join("\n", lines, start, end - start) + "\n"));
            i = end;
        }
        return blocks;
    }

    /// <summary>The guide's keyword table, between the two markers.</summary>
    public static string KeywordSection()
    {
        string text = Text;
        int begin = text.IndexOf(TableBegin, StringComparison.Ordinal);
        int end = text.IndexOf(TableEnd, StringComparison.Ordinal);
        if (begin < 0 || end < begin) throw new InvalidOperationException($"{RelativePath} has no {TableBegin} … {TableEnd} section");
        return text.Substring(begin + TableBegin.Length, end - begin - TableBegin.Length);
    }

    /// <summary>Replaces the keyword section (used when COMPLIANCEGEN_UPDATE_DOCS=1).</summary>
    public static void WriteKeywordSection(string table)
    {
        string text = File.ReadAllText(FullPath);
        int begin = text.IndexOf(TableBegin, StringComparison.Ordinal);
        int end = text.IndexOf(TableEnd, StringComparison.Ordinal);
        var builder = new StringBuilder();
        builder.Append(text, 0, begin + TableBegin.Length);
        builder.Append(table);
        builder.Append(text, end, text.Length - end);
        File.WriteAllText(FullPath, builder.ToString());
    }
}
