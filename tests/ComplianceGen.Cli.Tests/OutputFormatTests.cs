using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using AngleSharp.Html.Parser;
using ComplianceGen.Cli.Tests.Infrastructure;

namespace ComplianceGen.Cli.Tests;

public class OutputFormatTests
{
    [Fact]
    public void Json_has_the_documented_shape()
    {
        using var temp = new TempDir();
        foreach (var seed in Repo.SeedFiles()) File.Copy(seed, Path.Combine(temp.Path, Path.GetFileName(seed)));
        File.WriteAllBytes(Path.Combine(temp.Path, "zz_garbage.txt"), Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256)).ToArray());
        var run = Tool.Run("check", temp.Path, "--format", "json");
        Assert.Equal(2, run.Exit);
        var root = run.Json().RootElement;
        var docs = root.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(Repo.SeedFiles().Length + 1, docs.Count);
        Assert.Equal(docs.Select(d => d.GetProperty("path").GetString()).OrderBy(p => p, StringComparer.Ordinal), docs.Select(d => d.GetProperty("path").GetString()));
        foreach (var d in docs)
        {
            foreach (var key in new[] { "path", "kind", "year", "unit", "findings", "notApplicable", "passed", "error" }) Assert.True(d.TryGetProperty(key, out _), key);
            foreach (var f in d.GetProperty("findings").EnumerateArray())
            {
                foreach (var key in new[] { "ruleId", "severity", "title", "message", "citation", "evidence" }) Assert.True(f.TryGetProperty(key, out _), key);
                Assert.Contains(f.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
                foreach (var e in f.GetProperty("evidence").EnumerateArray())
                {
                    Assert.True(e.GetProperty("line").GetInt32() >= 1);
                    Assert.True(e.GetProperty("column").GetInt32() >= 1);
                    Assert.Equal(JsonValueKind.String, e.GetProperty("text").ValueKind);
                }
            }
            foreach (var na in d.GetProperty("notApplicable").EnumerateArray())
            {
                Assert.False(string.IsNullOrEmpty(na.GetProperty("ruleId").GetString()));
                Assert.False(string.IsNullOrEmpty(na.GetProperty("reason").GetString()));
            }
            Assert.All(d.GetProperty("passed").EnumerateArray(), p => Assert.Equal(JsonValueKind.String, p.ValueKind));
        }
        var garbage = docs.Last();
        Assert.EndsWith("zz_garbage.txt", garbage.GetProperty("path").GetString());
        Assert.Equal(JsonValueKind.Object, garbage.GetProperty("error").ValueKind);
        Assert.Contains("zz_garbage.txt", run.Err);
        Assert.Equal(1, root.GetProperty("summary").GetProperty("unreadable").GetInt32());
    }

    [Fact]
    public void Sarif_is_valid_against_the_2_1_0_schema_and_carries_rule_metadata_and_regions()
    {
        using var temp = new TempDir();
        string output = Path.Combine(temp.Path, "report.sarif");
        var run = Tool.Run("check", Repo.Seeds, "--format", "sarif", "--output", output, "--fail-on", "never");
        Assert.True(run.Exit == 0, run.ToString());
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.subset.json")));
        using var sarif = JsonDocument.Parse(File.ReadAllText(output));
        var errors = new MiniJsonSchema(schema.RootElement).Validate(sarif.RootElement);
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        var json = Tool.Run("check", Repo.Seeds, "--format", "json", "--fail-on", "never").Json().RootElement;
        int findings = json.GetProperty("documents").EnumerateArray().Sum(d => d.GetProperty("findings").GetArrayLength());
        var runElement = sarif.RootElement.GetProperty("runs")[0];
        var results = runElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(findings, results.Count);
        var rules = runElement.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.NotEmpty(rules);
        foreach (var rule in rules)
        {
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("name").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.Contains("依据", rule.GetProperty("help").GetProperty("text").GetString());
        }
        foreach (var result in results)
        {
            int index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(rules[index].GetProperty("id").GetString(), result.GetProperty("ruleId").GetString());
            foreach (var location in result.GetProperty("locations").EnumerateArray())
            {
                var physical = location.GetProperty("physicalLocation");
                int artifact = physical.GetProperty("artifactLocation").GetProperty("index").GetInt32();
                Assert.Equal(physical.GetProperty("artifactLocation").GetProperty("uri").GetString(),
                    runElement.GetProperty("artifacts")[artifact].GetProperty("location").GetProperty("uri").GetString());
                if (physical.TryGetProperty("region", out var region))
                {
                    Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
                    Assert.True(region.GetProperty("startColumn").GetInt32() >= 1);
                    Assert.False(string.IsNullOrEmpty(region.GetProperty("snippet").GetProperty("text").GetString()));
                }
            }
        }
    }

    [Fact]
    public void Sarif_validator_rejects_what_the_schema_forbids()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.subset.json")));
        using var bad = JsonDocument.Parse("""{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"level":"fatal","locations":[{"physicalLocation":{"artifactLocation":{"uri":"a"},"region":{"startLine":0}}}]}],"extra":1}]}""");
        var errors = new MiniJsonSchema(schema.RootElement).Validate(bad.RootElement);
        Assert.Contains(errors, e => e.Contains("level", StringComparison.Ordinal) || e.Contains("fatal", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("startLine", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'extra'", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_lists_every_finding_and_never_lets_document_text_become_markup()
    {
        using var temp = new TempDir();
        // A budget whose income shares do not add up, with <script> on the very line the finding quotes.
        string injected = "区科协2024年收入预算62.7万元，其中：一般公共预算拨款收入60.7万元，占90%；事业收入2万元，占3%。<script>alert('x')</script><img src=x onerror=alert(1)>";
        temp.File("docs/a_budget.txt", "某区科学技术协会2024年部门预算编制说明\n（一）收入预算情况。\n" + injected + "\n");
        foreach (var seed in Repo.SeedFiles()) File.Copy(seed, Path.Combine(temp.Path, "docs", Path.GetFileName(seed)));
        string output = Path.Combine(temp.Path, "report.html");
        var run = Tool.Run("check", Path.Combine(temp.Path, "docs"), "--format", "html", "--output", output);
        Assert.True(run.Exit == 1, run.ToString());
        var json = Tool.Run("check", Path.Combine(temp.Path, "docs"), "--format", "json").Json().RootElement;

        var html = new HtmlParser().ParseDocument(File.ReadAllText(output));
        var findingElements = html.QuerySelectorAll(".finding").ToList();
        var expected = json.GetProperty("documents").EnumerateArray().SelectMany(d => d.GetProperty("findings").EnumerateArray()).ToList();
        Assert.Equal(expected.Count, findingElements.Count);
        foreach (var f in expected)
        {
            Assert.Contains(findingElements, e => e.GetAttribute("data-rule") == f.GetProperty("ruleId").GetString()
                && e.TextContent.Contains(f.GetProperty("message").GetString()!, StringComparison.Ordinal));
        }
        Assert.Single(html.Scripts);
        Assert.Empty(html.QuerySelectorAll("img"));
        Assert.Empty(html.QuerySelectorAll("[onerror]"));
        Assert.Empty(html.QuerySelectorAll("link, [src]"));
        var excerpt = html.QuerySelectorAll("pre.excerpt").First(p => p.TextContent.Contains("<script>alert('x')</script>", StringComparison.Ordinal));
        Assert.Contains("占90%", excerpt.TextContent);
        Assert.NotEmpty(excerpt.QuerySelectorAll("mark"));
        Assert.NotNull(html.QuerySelector("#chart"));
        Assert.Equal(json.GetProperty("summary").GetProperty("rules").GetArrayLength(), html.QuerySelectorAll("#chart .row").Length);
        Assert.NotNull(html.QuerySelector("#rule-filter"));
        Assert.Equal(3, html.QuerySelectorAll("input[data-filter-severity]").Length);
    }
}
