using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ComplianceGen.Generator.Tests.Infrastructure;
using ComplianceGen.Reader;
using ComplianceGen.Reader.Output;
using ComplianceGen.Runtime;

namespace ComplianceGen.Generator.Tests;

/// <summary>
/// Runs the standard rule set over the seed documents and keeps the findings as an approved
/// snapshot (Baselines/seed-findings.txt): a rule or reader change that adds or removes a
/// finding on a seed shows up as a diff to review. UPDATE_BASELINES=1 accepts the new list.
/// With FINDINGS_DUMP=folder set, the same listing (with the reader's facts) is written for
/// every .txt in that folder, for reviewing a corpus that is not part of the repository.
/// </summary>
public class SeedFindingsTests
{
    private static readonly IReadOnlyList<IRuleValidator> Rules = StandardRules.Validators;

    private static readonly ValidationContext Context = StandardRules.WithCatalog;

    [Fact]
    public void Findings_on_the_seeds_match_the_approved_list()
    {
        var text = new StringBuilder();
        foreach (var path in Directory.GetFiles(Path.Combine(Paths.RepositoryRoot, "seeds"), "*.txt").OrderBy(p => p, StringComparer.Ordinal))
            Describe(path, text, facts: false);
        Baseline.Verify("seed-findings.txt", text.ToString());
    }

    [Fact]
    public void Dump_findings_for_a_folder_when_asked()
    {
        string? folder = Environment.GetEnvironmentVariable("FINDINGS_DUMP");
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder)) return;
        var text = new StringBuilder();
        foreach (var path in Directory.GetFiles(folder, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
            Describe(path, text, facts: Environment.GetEnvironmentVariable("FINDINGS_FACTS") == "1");
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "compliancegen-findings.txt"), text.ToString());
    }

    private static void Describe(string path, StringBuilder text, bool facts)
    {
        var report = DocumentReader.Read(path).Report;
        var result = RuleRunner.Run(Rules, report, Context);
        text.Append("== ").Append(Path.GetFileName(path)).Append(" (").Append(DocumentKinds.Code(report.Kind))
            .Append(' ').Append(report.Year?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?").Append(")\n");
        if (facts)
            foreach (var f in FactList.Flatten(report)) text.Append("   fact ").Append(f.Type).Append(' ').Append(f.Key).Append(" = ").Append(f.Value).Append(" @ ").Append(f.Evidence).Append('\n');
        foreach (var rule in result.Results.OrderBy(r => r.Rule.Id, StringComparer.Ordinal))
        {
            if (rule.Status == RuleStatus.Fail)
            {
                foreach (var finding in rule.Findings)
                    text.Append("  ").Append(finding.RuleId).Append(' ').Append(finding.Message)
                        .Append(finding.Detail is null ? "" : " [" + finding.Detail + "]")
                        .Append(" @ ").Append(string.Join(" | ", finding.Evidence)).Append('\n');
            }
            else if (facts)
            {
                text.Append("   ").Append(rule.Rule.Id).Append(' ').Append(rule.Status).Append(rule.Reason is null ? "" : ": " + rule.Reason).Append('\n');
            }
        }
    }
}
