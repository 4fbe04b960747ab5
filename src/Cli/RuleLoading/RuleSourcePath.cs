namespace ComplianceGen.Cli.RuleLoading;

/// <summary>
/// How a rule's source file is shown. Descriptors hold the path relative to the compiling
/// project; the built-in rules are compiled by src/Cli from ../../rules, so their paths start
/// with "../../". Dropping leading "../" shows them as the repository's rules/x.rules.
/// </summary>
public static class RuleSourcePath
{
    public static string Display(string sourceFile)
    {
        string path = sourceFile.Replace('\\', '/');
        while (path.StartsWith("../", System.StringComparison.Ordinal)) path = path.Substring(3);
        return path;
    }
}
