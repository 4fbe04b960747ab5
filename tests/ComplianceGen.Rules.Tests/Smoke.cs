using System.IO;
using ComplianceGen.Rules.Parsing;
using Xunit.Abstractions;

public class Smoke(ITestOutputHelper output)
{
    [Fact]
    public void ParsesRepoRules()
    {
        foreach (var f in Directory.GetFiles("/work/main/rules", "*.rules"))
        {
            var p = RuleFileParser.Parse(f, File.ReadAllText(f));
            output.WriteLine($"{f}: {p.Syntax.Rules.Count} rules");
            foreach (var d in p.Diagnostics) output.WriteLine(d.ToString());
        }
    }
}
