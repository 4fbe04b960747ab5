using System.Collections.Generic;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Output;

/// <summary>Flattens a report into fact triples, in a fixed order, for the text dump and for scoring against gold files.</summary>
public static class FactList
{
    public static List<FlatFact> Flatten(DisclosureReport r)
    {
        var facts = new List<FlatFact>();
        void Amount(string type, string key, Amount? a) { if (a is not null) facts.Add(new FlatFact(type, key, a.ToString(), a.Evidence)); }
        void Share(string type, string key, Share? s) { if (s is not null) facts.Add(new FlatFact(type, key, s.ToString(), s.Evidence)); }
        void None(string type, string key, Evidence? e) { if (e is not null) facts.Add(new FlatFact(type, key, "none", e)); }

        if (r.UnitName is not null) facts.Add(new FlatFact("identity.unit", "", r.UnitName.Value, r.UnitName.Evidence));
        if (r.Year is not null) facts.Add(new FlatFact("identity.year", "", r.Year.ToString(), r.Year.Evidence));
        facts.Add(new FlatFact("identity.kind", "", DocumentKinds.Code(r.Kind), null));
        foreach (var m in r.UnitMentions)
            if (m.Name is not null) facts.Add(new FlatFact("unit.mention", "", m.Name.Value, m.Name.Evidence));

        Amount("income.total", "", r.Income.Total);
        Amount("income.grandTotal", "", r.Income.GrandTotal);
        foreach (var s in r.Income.Sources)
        {
            Amount("income.source", s.Name?.Value ?? "", s.Amount);
            Share("income.source.share", s.Name?.Value ?? "", s.Share);
        }
        Amount("expenditure.total", "", r.Expenditure.Total);
        Amount("expenditure.basic", "", r.Expenditure.Basic);
        Amount("expenditure.project", "", r.Expenditure.Project);
        Amount("expenditure.personnel", "", r.Expenditure.Personnel);
        Amount("expenditure.public", "", r.Expenditure.Public);
        foreach (var p in r.Expenditure.Parts)
        {
            Amount("expenditure.part", p.Name?.Value ?? "", p.Amount);
            Share("expenditure.part.share", p.Name?.Value ?? "", p.Share);
        }
        Amount("appropriation.grandTotal", "", r.Appropriation.GrandTotal);
        Amount("general.total", "", r.GeneralBudget.Total);
        Amount("general.basic", "", r.GeneralBudget.Basic);
        Amount("general.personnel", "", r.GeneralBudget.Personnel);
        Amount("general.public", "", r.GeneralBudget.Public);
        Share("general.rate", "", r.GeneralBudget.ExecutionRate);

        Classification(facts, "functional", r.FunctionalClassification);
        Classification(facts, "economic", r.EconomicClassification);

        var g = r.ThreePublicExpenses;
        Amount("sangong.total", "", g.Total);
        Amount("sangong.budget", "", g.Budget);
        Share("sangong.rate", "", g.ExecutionRate);
        None("sangong.none", "", g.NoneStatement);
        foreach (var item in new[] { g.OverseasTravel, g.Vehicles, g.VehiclePurchase, g.VehicleOperation, g.Reception })
        {
            Amount("sangong.item", item.Name.Value, item.Amount);
            None("sangong.item.none", item.Name.Value, item.NoneStatement);
            Share("sangong.item.share", item.Name.Value, item.Share);
            Share("sangong.item.rate", item.Name.Value, item.ExecutionRate);
        }
        Amount("operating.amount", "", r.OperatingCosts.Amount);
        None("operating.none", "", r.OperatingCosts.NoneStatement);
        Amount("procurement.total", "", r.Procurement.Amount);
        None("procurement.none", "", r.Procurement.NoneStatement);
        Amount("procurement.goods", "", r.Procurement.Goods);
        Amount("procurement.works", "", r.Procurement.Works);
        Amount("procurement.services", "", r.Procurement.Services);
        Amount("procurement.sme", "", r.Procurement.SmallAndMediumEnterprises);
        if (r.Assets.Vehicles is not null) facts.Add(new FlatFact("assets.vehicles", "", r.Assets.Vehicles.ToString(), r.Assets.Vehicles.Evidence));
        if (r.Assets.LargeEquipment is not null) facts.Add(new FlatFact("assets.equipment", "", r.Assets.LargeEquipment.ToString(), r.Assets.LargeEquipment.Evidence));
        Amount("fund.government", "", r.GovernmentFund.Amount);
        None("fund.government.none", "", r.GovernmentFund.NoneStatement);
        Amount("fund.capital", "", r.StateCapital.Amount);
        None("fund.capital.none", "", r.StateCapital.NoneStatement);
        if (r.Performance.ProjectCount is not null) facts.Add(new FlatFact("performance.count", "", r.Performance.ProjectCount.ToString(), r.Performance.ProjectCount.Evidence));
        Amount("performance.amount", "", r.Performance.Amount);
        foreach (var x in r.Restatements)
            facts.Add(new FlatFact("restatement", x.Subject?.Value ?? "", $"{x.First?.ToString() ?? "-"}|{x.Again?.ToString() ?? "-"}", x.Evidence));
        foreach (var c in r.Changes)
            facts.Add(new FlatFact("change", c.Subject?.Value ?? "", $"{c.Delta?.ToString() ?? "-"}|{c.Percent?.ToString() ?? "-"}", c.Evidence));
        foreach (var e in r.Executions)
            facts.Add(new FlatFact("execution", e.Subject?.Value ?? "", $"{e.Actual?.ToString() ?? "-"}|{e.Rate?.ToString() ?? "-"}", e.Evidence));
        foreach (var s in r.Sections)
            facts.Add(new FlatFact("section", s.Numbering, s.Title?.Value ?? "", s.Title?.Evidence));
        foreach (var e in r.Glossary)
            facts.Add(new FlatFact("glossary", e.Term?.Value ?? "", "", e.Term?.Evidence));
        foreach (var t in r.Tables)
            facts.Add(new FlatFact("table", t.Title?.Value ?? "", t.RowCount?.ToString() ?? "", t.Evidence));
        return facts;
    }

    private static void Classification(List<FlatFact> facts, string system, ClassificationSection section)
    {
        foreach (var line in section.Lines)
        {
            string key = line.Code?.Value ?? line.Path?.Value ?? "";
            facts.Add(new FlatFact(system + ".line", key, line.Amount?.ToString() ?? "-", line.Code?.Evidence ?? line.Evidence));
            if (line.Name is not null) facts.Add(new FlatFact(system + ".name", key, line.Name.Value, line.Name.Evidence));
            if (line.Share is not null) facts.Add(new FlatFact(system + ".share", key, line.Share.ToString(), line.Share.Evidence));
            if (line.ExecutionRate is not null) facts.Add(new FlatFact(system + ".rate", key, line.ExecutionRate.ToString(), line.ExecutionRate.Evidence));
        }
        if (section.Total is not null) facts.Add(new FlatFact(system + ".total", "", section.Total.ToString(), section.Total.Evidence));
    }
}
