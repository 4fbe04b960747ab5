using System;
using System.IO;
using System.Linq;
using ComplianceGen.Cli.RuleLoading;
using ComplianceGen.Cli.Tests.Infrastructure;
using ComplianceGen.Hosting;
using Microsoft.CodeAnalysis;

namespace ComplianceGen.Cli.Tests;

/// <summary>A C# error in generated code reaches the rule author as CG9002 at the rule, never as a .g.cs location.</summary>
public class GeneratedCodeErrorTests
{
    [Fact]
    public void A_CSharp_error_in_generated_code_is_CG9002_at_the_rule_it_came_from()
    {
        using var temp = new TempDir();
        string file = temp.File("rules/q.rules", "# a comment\n\nrule Q-1 \"t\"\n severity info\n cite \"c\"\n require 收入.总额 > 1万元\n example pass \"a\"\n example fail \"b\"\n");
        // A type of the generated namespace named like a runtime type the generated code uses: a
        // compilation the generator cannot foresee, standing in for a generator bug.
        var compilation = RuleCompilerHost.Compilation("Broken", "namespace ComplianceGen.Generated { internal sealed class Quantity { } }");
        var output = RuleCompilerHost.Run(new AdditionalText[] { new FileAdditionalText(file) }, temp.Path + Path.DirectorySeparatorChar, compilation).Compilation;

        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.EndsWith(".g.cs", e.Location.GetLineSpan().Path, StringComparison.Ordinal));
        var lines = errors.Select(GeneratedCodeErrors.Format).Distinct().ToList();
        Assert.All(lines, line => Assert.StartsWith("rules/q.rules(3,1): error CG9002: ", line, StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("CS", StringComparison.Ordinal) && line.Contains("Quantity", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(".g.cs", StringComparison.Ordinal));
    }
}
