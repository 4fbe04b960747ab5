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
        var files = RuleFileDiscovery.Find(rulesPath);
        var compiled = RuntimeRuleCompiler.Compile(files);
        foreach (var line in compiled.Diagnostics) error.WriteLine(line);
        if (compiled.HasErrors || compiled.Rules is null)
        {
            error.WriteLine($"compliance: {rulesPath}: the rule files have errors; nothing was checked");
            return null;
        }
        return new LoadedRules(compiled.Rules, string.Join(", ", files.Select(f => f.Replace('\\', '/'))));
    }
}
