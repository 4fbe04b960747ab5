using System.Collections.Generic;
using ComplianceGen.Runtime;

namespace ComplianceGen.Cli.RuleLoading;

/// <summary>The rules a command runs, and where they came from ("built-in" or the --rules paths).</summary>
public sealed record LoadedRules(IReadOnlyList<RuleValidator> Rules, string Origin)
{
    public static LoadedRules BuiltIn() => new(ComplianceGen.Generated.ComplianceRules.All, "built-in");
}
