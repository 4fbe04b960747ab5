using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ComplianceGen.Generator.Tests.Infrastructure;
using ComplianceGen.Reader;
using ComplianceGen.Runtime;

namespace ComplianceGen.Generator.Tests;

/// <summary>
/// Runs the standard rule set over the seed documents and keeps the findings as an approved
/// snapshot (Baselines/seed-findings.txt): a rule or reader change that adds or removes a
/// finding on a seed shows up as a diff to review. UPDATE_BASELINES=1 accepts the new list.
/// (To review a corpus that is not part of the repository, <c>compliance check FOLDER --format json</c>
/// lists its findings and <c>compliance extract FILE</c> what the reader believed.)
/// </summary>
public class SeedFindingsTests
{
    private static readonly IReadOnlyList<RuleValidator> Rules = StandardRules.Validators;

    private static readonly ValidationContext Context = StandardRules.WithCatalog;

    [Fact]
    public void Findings_on_the_seeds_match_the_approved_list()
    {
        var text = new StringBuilder();
        foreach (var path in Directory.GetFiles(Path.Combine(Paths.RepositoryRoot, "seeds"), "*.txt").OrderBy(p => p, StringComparer.Ordinal))
            Describe(path, text);
        Baseline.Verify("seed-findings.txt", text.ToString());
    }

    private static void Describe(string path, StringBuilder text)
    {
        var report = DocumentReader.Read(path).Report;
        var result = RuleRunner.Run(Rules, report, Context);
        text.Append("== ").Append(Path.GetFileName(path)).Append(" (").Append(DocumentKinds.Code(report.Kind))
            .Append(' ').Append(report.Year?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?").Append(")\n");
        foreach (var rule in result.Results.OrderBy(r => r.Rule.Id, StringComparer.Ordinal))
        {
            if (rule.Status != RuleStatus.Fail) continue;
            foreach (var finding in rule.Findings)
                text.Append("  ").Append(finding.RuleId).Append(' ').Append(finding.Message)
                    .Append(finding.Detail is null ? "" : " [" + finding.Detail + "]")
                    .Append(" @ ").Append(string.Join(" | ", finding.Evidence)).Append('\n');
        }
    }
}
