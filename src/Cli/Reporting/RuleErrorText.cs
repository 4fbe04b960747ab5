using ComplianceGen.Runtime;

namespace ComplianceGen.Cli.Reporting;

/// <summary>How a rule that threw on a document is named to the user, the same in every format.</summary>
public static class RuleErrorText
{
    /// <summary>"rule A-1 “title” failed on this document: OverflowException: …"</summary>
    public static string Message(RuleResult failed) =>
        $"rule {failed.Rule.Id} “{failed.Rule.Title}” failed on this document: {failed.Reason}";

    /// <summary>The one stderr line: "compliance: path: rule … failed …".</summary>
    public static string Line(string path, RuleResult failed) => $"compliance: {path}: {Message(failed)}";
}
