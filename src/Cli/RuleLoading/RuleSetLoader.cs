using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ComplianceGen.Cli.RuleLoading;

/// <summary>Chooses the rules for a command: the built-in set, or the --rules files compiled at run time.</summary>
public static class RuleSetLoader
{
    /// <summary>Returns null after printing diagnostics when the --rules files have errors.</summary>
    public static LoadedRules? Load(string? rulesPath, TextWriter error)
    {
        if (string.IsNullOrEmpty(rulesPath)) return LoadedRules.BuiltIn();
        var found = RuleFileDiscovery.Find(rulesPath);
        foreach (var problem in found.Problems) error.WriteLine("compliance: " + problem.Message);
        var compiled = RuntimeRuleCompiler.Compile(found.Files);
        foreach (var line in compiled.Diagnostics) error.WriteLine(line);
        // A rule file left out would check documents against less than the author wrote: refuse the set.
        if (found.Problems.Count > 0 || compiled.HasErrors || compiled.Rules is null)
        {
            error.WriteLine($"compliance: {rulesPath}: the rule files have errors; nothing was checked");
            return null;
        }
        return new LoadedRules(compiled.Rules, string.Join(", ", found.Files.Select(Inputs.FolderWalker.Display)));
    }
}
