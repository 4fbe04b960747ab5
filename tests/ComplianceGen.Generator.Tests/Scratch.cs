using System.IO;
using ComplianceGen.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

public class Scratch(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.RepositoryRules());
        foreach (var d in run.Diagnostics) output.WriteLine(d.ToString());
        foreach (var d in run.CompilationErrors) output.WriteLine("C: " + d);
        foreach (var tree in run.Result.GeneratedTrees) File.WriteAllText("/tmp/gen_" + Path.GetFileName(tree.FilePath), tree.ToString());
    }
}
