using System.Linq;
using System.Text.Json;

namespace ComplianceGen.Cli.Tests.Infrastructure;

/// <summary>A made-up document checked by the tool: the report of it, and the rules named in one of the report's lists.</summary>
internal static class OneDocument
{
    /// <summary>The JSON report of <paramref name="text"/> checked as a file of its own.</summary>
    public static JsonElement Check(string text)
    {
        using var temp = new TempDir();
        string path = temp.File("doc.txt", text);
        var run = Tool.Run("check", path, "--format", "json", "--fail-on", "never");
        Assert.True(run.Exit == 0, run.ToString());
        return run.Json().RootElement.GetProperty("documents")[0].Clone();
    }

    /// <summary>The rule ids of the document's <c>findings</c>, <c>notApplicable</c> or <c>passed</c> list.</summary>
    public static string[] RulesIn(JsonElement document, string list) =>
        document.GetProperty(list).EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!).ToArray();
}
