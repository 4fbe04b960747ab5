using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ComplianceGen.Reader;
using ComplianceGen.Runtime;

namespace ComplianceGen.Benchmarks.Shared;

/// <summary>
/// The reports every validation benchmark checks: two built by hand the way the generator's
/// behaviour tests build them (one passing every rule the comparison covers, one failing each of
/// them once), and one per seed document as the reader reads it.
/// </summary>
public static class SampleReports
{
    public const string BuiltPass = "built-pass";
    public const string BuiltFail = "built-fail";

    /// <summary>Names for BenchmarkDotNet's [ParamsSource]: the two built reports, then seed-000 … seed-NNN.</summary>
    public static IEnumerable<string> Names()
    {
        // BENCH_REPORTS=seed-000,seed-004 narrows a run to those reports (a quick look while changing the generator).
        var only = Environment.GetEnvironmentVariable("BENCH_REPORTS")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return AllNames().Where(name => only is null || only.Length == 0 || only.Contains(name));
    }

    private static IEnumerable<string> AllNames()
    {
        yield return BuiltPass;
        yield return BuiltFail;
        foreach (var seed in Repo.Seeds()) yield return SeedName(seed);
    }

    public static string SeedName(string path) => "seed-" + Path.GetFileName(path).Substring(0, 3);

    public static DisclosureReport Get(string name)
    {
        switch (name)
        {
            case BuiltPass: return Passing();
            case BuiltFail: return Failing();
        }
        var seed = Repo.Seeds().Single(p => SeedName(p) == name);
        return DocumentReader.Read(seed).Report;
    }

    private static Evidence At(int line, string text) => new(line, 1, text);

    private static Amount Wan(decimal value, int line) => Amount.Wan(value, At(line, value + "万元"));

    private static Share Percent(decimal value, int line) => Share.Of(value, At(line, value + "%"));

    private static DisclosureReport Budget(int year = 2024) => new()
    {
        Kind = DocumentKind.Budget,
        Year = new CountFact(year, At(1, year + "年")),
        UnitName = new TextFact("区科协", At(1, "区科协")),
    };

    private static ClassificationLine Line(string code, string? name, int line, decimal amount, decimal? share = null) => new()
    {
        Code = new CodeFact(code, At(line, code)),
        Name = name is null ? null : new TextFact(name, At(line, name)),
        Level = ClassificationLevels.FromCode(code),
        // Every line is a row of the document's first table, so the table rules (AR-010) see parents and children.
        TableNumber = new CountFact(1, At(line, "表1")),
        Amount = Wan(amount, line),
        Share = share is null ? null : Percent(share.Value, line),
        Evidence = At(line, code + name),
    };

    private static void Breakdown(List<BreakdownLine> list, int line, params (string Name, decimal Amount, decimal Share)[] parts)
    {
        foreach (var (name, amount, share) in parts)
            list.Add(new BreakdownLine { Name = new TextFact(name, At(line, name)), Amount = Wan(amount, line), Share = Percent(share, line) });
    }

    /// <summary>
    /// A budget of the size the seeds have (a dozen classification lines, table rows with parents),
    /// on which every compared rule passes.
    /// </summary>
    public static DisclosureReport Passing()
    {
        var report = Budget();
        report.Income.Total = Wan(62.7m, 30);
        Breakdown(report.Income.Sources, 30, ("一般公共预算拨款收入", 60.7m, 96.8m), ("事业收入", 2m, 3.2m));
        report.Expenditure.Total = Wan(62.7m, 40);
        report.Expenditure.Basic = Wan(61.2m, 40);
        report.Expenditure.Project = Wan(1.5m, 40);
        Breakdown(report.Expenditure.Parts, 40, ("基本支出", 61.2m, 98m), ("项目支出", 1.5m, 2m));
        GeneralBudget(report, publicCosts: 5.5m);
        AddClassification(report, wrongName: false, missingName: false, shares: new[] { 79m, 9m, 5m, 7m }, housing: 4.51m);
        report.ThreePublicExpenses.OverseasTravel.Amount = Wan(0m, 50);
        ThreePublic(report, purchase: 0m, reception: 2m, receptionShare: 66.7m);
        return report;
    }

    /// <summary>
    /// The same budget with one mistake per compared rule: every compared rule fails, each with one
    /// finding (a wrong income total, 项目支出, 公用经费, 住房保障 class, 三公 total, vehicle purchase,
    /// 公务接待费 share; an unnamed and a misnamed line; undeclared 因公出国（境）费; shares that do
    /// not add up).
    /// </summary>
    public static DisclosureReport Failing()
    {
        var report = Budget();
        report.Income.Total = Wan(63.7m, 30);
        Breakdown(report.Income.Sources, 30, ("一般公共预算拨款收入", 60.7m, 90m), ("事业收入", 2m, 3m));
        report.Expenditure.Total = Wan(62.7m, 40);
        report.Expenditure.Basic = Wan(61.2m, 40);
        report.Expenditure.Project = Wan(2.5m, 40);
        Breakdown(report.Expenditure.Parts, 40, ("基本支出", 61.2m, 90m), ("项目支出", 1.5m, 2m));
        GeneralBudget(report, publicCosts: 6.5m);
        AddClassification(report, wrongName: true, missingName: true, shares: new[] { 79m, 9m, 5m, 17m }, housing: 14.51m);
        ThreePublic(report, purchase: 0.5m, reception: 3m, receptionShare: 76.7m);
        return report;
    }

    private static void GeneralBudget(DisclosureReport report, decimal publicCosts)
    {
        report.GeneralBudget.Total = Wan(62.7m, 45);
        report.GeneralBudget.Basic = Wan(61.2m, 46);
        report.GeneralBudget.Personnel = Wan(55.7m, 47);
        report.GeneralBudget.Public = Wan(publicCosts, 48);
    }

    /// <summary>“三公”经费 3万元: 公务用车购置及运行费 1万元 (购置 + 运行 1万元, 占33.3%) and 公务接待费 (占 the given share).</summary>
    private static void ThreePublic(DisclosureReport report, decimal purchase, decimal reception, decimal receptionShare)
    {
        var three = report.ThreePublicExpenses;
        three.Total = Wan(3m, 50);
        three.Vehicles.Amount = Wan(1m, 51);
        three.Vehicles.Share = Percent(33.3m, 51);
        three.VehiclePurchase.Amount = Wan(purchase, 52);
        three.VehicleOperation.Amount = Wan(1m, 53);
        three.Reception.Amount = Wan(reception, 54);
        three.Reception.Share = Percent(receptionShare, 54);
    }

    private static void AddClassification(DisclosureReport report, bool wrongName, bool missingName, decimal[] shares, decimal housing)
    {
        var section = report.FunctionalClassification;
        int line = 60;
        section.Add(Line("206", "科学技术支出", line++, 49.36m, shares[0]));
        section.Add(Line("20601", "科学技术管理事务", line++, 40m));
        section.Add(Line("2060101", missingName ? null : "行政运行", line++, 40m));
        section.Add(Line("20607", "科学技术普及", line++, 9.36m));
        section.Add(Line("2060702", "科普活动", line++, 9.36m));
        section.Add(Line("208", "社会保障和就业支出", line++, 5.56m, shares[1]));
        section.Add(Line("210", "卫生健康支出", line++, 3.27m, shares[2]));
        section.Add(Line("221", "住房保障支出", line++, housing, shares[3]));
        section.Add(Line("22102", "住房改革支出", line++, 4.51m));
        section.Add(Line("2210201", wrongName ? "儿童福利" : "住房公积金", line++, 4.51m));
    }
}
