using System.Text.RegularExpressions;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// The budgets' funds named in full (一般公共预算, 政府性基金预算 …): their 预算 names a fund, not a budget figure and not the
/// kind of document, so the readers of a budget-or-outturn pair and of a document's kind leave the names out first.
/// </summary>
internal static partial class FundNames
{
    public const string Pattern = FundScopes.GeneralBudget + "|" + FundScopes.GovernmentFund + "|" + FundScopes.StateCapital + "|社会保险基金预算";

    [GeneratedRegex(Pattern)]
    public static partial Regex Any { get; }
}
