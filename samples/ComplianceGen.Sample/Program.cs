using System;
using System.Collections.Generic;
using ComplianceGen.Generated;
using ComplianceGen.Runtime;

// A report built by hand, as a developer's own reader might build it: 三公 total 5万元,
// but only 2万元 of items; the vehicle money is stated without its split.
var report = new DisclosureReport
{
    Kind = DocumentKind.Budget,
    Year = new CountFact(2024, new Evidence(1, 1, "2024年")),
    UnitName = new TextFact("示例单位", new Evidence(1, 6, "示例单位")),
};
var sangong = report.ThreePublicExpenses;
sangong.Total = Amount.Wan(5m, new Evidence(12, 9, "5万元"));
sangong.OverseasTravel.Amount = Amount.Wan(0m, new Evidence(12, 22, "0万元"));
sangong.Reception.Amount = Amount.Wan(2m, new Evidence(12, 33, "2万元"));
sangong.Vehicles.Amount = Amount.Wan(1m, new Evidence(12, 48, "1万元"));

Console.WriteLine($"{ComplianceRules.All.Count} rules compiled from rules/*.rules:");
foreach (var rule in ComplianceRules.All)
    Console.WriteLine($"  {rule.Descriptor.Id} [{rule.Descriptor.Severity}] {rule.Descriptor.Title}");

var result = RuleRunner.Run(ComplianceRules.All, report, ValidationContext.WithoutCatalog);
foreach (var outcome in result.Results)
{
    Console.WriteLine($"{outcome.Rule.Id}: {outcome.Status}{(outcome.Reason is null ? "" : " — " + outcome.Reason)}");
    foreach (var finding in outcome.Findings)
    {
        Console.WriteLine($"  {finding.Severity}: {finding.Message}");
        if (finding.Detail is not null) Console.WriteLine($"    {finding.Detail}");
        foreach (var evidence in finding.Evidence) Console.WriteLine($"    第{evidence.Line}行第{evidence.Column}列：{evidence.Text}");
    }
}

// The sample exits non-zero when its checks stop behaving as documented, so CI notices.
var statuses = new Dictionary<string, RuleStatus>();
foreach (var outcome in result.Results) statuses[outcome.Rule.Id] = outcome.Status;
return statuses["DEMO-001"] == RuleStatus.Fail && statuses["DEMO-002"] == RuleStatus.Fail ? 0 : 1;
