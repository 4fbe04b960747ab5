using System.Net;

namespace ComplianceGen.Cli.Reporting;

/// <summary>Every piece of text that reaches the HTML report goes through here: document text is data, never markup.</summary>
internal static class HtmlText
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
