using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using ComplianceGen.Documentation;
using ComplianceGen.Generator.Schema;
using ComplianceGen.Generator.Tests.Infrastructure;
using ComplianceGen.Reader.Output;
using ComplianceGen.Rules.Schema;
using ComplianceGen.Runtime;

namespace ComplianceGen.Generator.Tests;

/// <summary>
/// One source of truth for the fields: the model schema the generator binds rules against. The
/// guide's appendix is generated from it, and the reader's fact list (what <c>compliance extract</c>
/// and the gold files show) is checked against it, so neither drifts from the model unseen.
/// </summary>
public class FieldAppendixTests
{
    private static ModelSchema Schema { get; } = SchemaExtractor.Extract(GeneratorHarness.Compilation(), CancellationToken.None);

    [Fact]
    public void The_guide_field_appendix_is_generated_from_the_model_schema()
    {
        string expected = FieldAppendix.Render(Schema);
        string text = LanguageGuide.Text;
        int begin = text.IndexOf(FieldAppendix.Begin, StringComparison.Ordinal), end = text.IndexOf(FieldAppendix.End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"{LanguageGuide.RelativePath} has no {FieldAppendix.Begin} … {FieldAppendix.End} section");
        string actual = text.Substring(begin + FieldAppendix.Begin.Length, end - begin - FieldAppendix.Begin.Length);
        if (actual != expected && Environment.GetEnvironmentVariable("COMPLIANCEGEN_UPDATE_DOCS") == "1")
        {
            string file = File.ReadAllText(LanguageGuide.FullPath).Replace("\r\n", "\n");
            int b = file.IndexOf(FieldAppendix.Begin, StringComparison.Ordinal) + FieldAppendix.Begin.Length;
            File.WriteAllText(LanguageGuide.FullPath, file.Substring(0, b) + expected + file.Substring(file.IndexOf(FieldAppendix.End, StringComparison.Ordinal)));
            return;
        }
        Assert.True(actual == expected, $"The field appendix of {LanguageGuide.RelativePath} is out of date with the model. Run the tests with COMPLIANCEGEN_UPDATE_DOCS=1.");
    }

    /// <summary>
    /// Fields of the model the reader's fact list does not show today (it scores the reader on the facts
    /// the gold files hold). A field added to the model is either shown by the fact list or added here:
    /// the test fails until one of the two is done, so the list and the model cannot drift apart unseen.
    /// </summary>
    private static readonly HashSet<string> NotInFactList = new(
        (""
        + "Appropriation.ExpenditureTotal Appropriation.IncomeTotal Assets.Statement Changes[].Base Changes[].Current "
        + "Conflicts[].First Conflicts[].FirstScope Conflicts[].Other Conflicts[].OtherScope Conflicts[].Subject "
        + "Contents[].Title EconomicClassification.Lines[].ClassName EconomicClassification.Lines[].Path "
        + "EconomicClassification.Lines[].PrintedParent EconomicClassification.Lines[].Scope "
        + "EconomicClassification.Lines[].SectionName EconomicClassification.Lines[].TableNumber "
        + "EconomicClassification.Lines[].TableTitle Executions[].Budget Expenditure.CarriedForward "
        + "FunctionalClassification.Lines[].ClassName FunctionalClassification.Lines[].Path "
        + "FunctionalClassification.Lines[].PrintedParent FunctionalClassification.Lines[].Scope "
        + "FunctionalClassification.Lines[].SectionName FunctionalClassification.Lines[].TableNumber "
        + "FunctionalClassification.Lines[].TableTitle Glossary[].Definition OperatingCosts.Change.Base "
        + "OperatingCosts.Change.Current OperatingCosts.Change.Delta OperatingCosts.Change.Percent "
        + "OperatingCosts.Change.Subject Performance.Statement Procurement.SmallAndMediumEnterprisesShare "
        + "Procurement.Statement Sections[].Level Statements[].AsOfYear Statements[].BlankAmount Statements[].ComparedYear "
        + "Statements[].DoubledStop Statements[].Length Statements[].Ordinal Statements[].Page Statements[].Part Statements[].PercentWithoutSign Statements[].Section "
        + "Statements[].Text TableRows[].UnplacedFigures Tables[].EmptyNote Tables[].Kind Tables[].Rows[].Cells[].Amount Tables[].Rows[].UnplacedFigures "
        + "Tables[].Rows[].Cells[].Column Tables[].Rows[].Label ThreePublicExpenses.OverseasTravel.Budget "
        + "ThreePublicExpenses.Reception.Budget ThreePublicExpenses.VehicleOperation.Budget "
        + "ThreePublicExpenses.VehiclePurchase.Budget ThreePublicExpenses.Vehicles.Budget "
        + "ThreePublicExpenses.Vehicles.Operation.Amount ThreePublicExpenses.Vehicles.Operation.Budget "
        + "ThreePublicExpenses.Vehicles.Operation.ExecutionRate ThreePublicExpenses.Vehicles.Operation.Share "
        + "ThreePublicExpenses.Vehicles.Purchase.Amount ThreePublicExpenses.Vehicles.Purchase.Budget "
        + "ThreePublicExpenses.Vehicles.Purchase.ExecutionRate ThreePublicExpenses.Vehicles.Purchase.Share "
        + "YearStatements[].Text YearStatements[].Year "
        + "TableRows[].Cells[].Amount TableRows[].Cells[].Column TableRows[].Label TableRows[].TableKind Tables[].Rows[].TableKind "
        + "Statements[].ActualFigure Statements[].BudgetFigure Statements[].BrokenYear Statements[].LevelLabelMismatch Statements[].ItemNameMismatch Tables[].ColumnCount ").Split(' ', StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    [Fact]
    public void Every_fact_of_the_model_is_in_the_reader_fact_list_or_named_as_left_out()
    {
        var report = new DisclosureReport();
        var planted = new Dictionary<string, string>(StringComparer.Ordinal);
        int next = 1000;
        Plant(report, Schema.Root!, "", planted, ref next, depth: 0);
        var shown = string.Join("\n", FactList.Flatten(report).Select(f => f.Key + "\u0001" + f.Value));
        var missing = planted.Where(p => !shown.Contains(p.Value, StringComparison.Ordinal)).Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal).ToList();
        var unexpected = missing.Where(m => !NotInFactList.Contains(m)).ToList();
        Assert.True(unexpected.Count == 0,
            "Model facts the reader's fact list (src/Reader/Output/FactList.cs) does not show: add them there, or name them in NotInFactList:\n  "
            + string.Join("\n  ", unexpected));
    }

    /// <summary>Gives every settable fact reachable from <paramref name="target"/> a value of its own, one element per collection.</summary>
    private static void Plant(object target, SchemaType type, string prefix, Dictionary<string, string> planted, ref int next, int depth)
    {
        if (depth > 4) return;
        foreach (var member in type.Members)
        {
            if (member.Derivation != MemberDerivation.None) continue;
            var property = target.GetType().GetProperty(member.Name, BindingFlags.Public | BindingFlags.Instance);
            if (property is null) continue;
            string path = prefix.Length == 0 ? member.Name : prefix + "." + member.Name;
            switch (member.Kind)
            {
                case ValueKind.Amount or ValueKind.Share or ValueKind.Number or ValueKind.Text or ValueKind.Code:
                    if (property.SetMethod is not { IsPublic: true }) break;
                    int n = next++;
                    object value = member.Kind switch
                    {
                        ValueKind.Amount => Amount.Of(n, AmountUnit.Yuan),
                        ValueKind.Share => Share.Of(n),
                        ValueKind.Number => new CountFact(n),
                        ValueKind.Text => new TextFact("文" + n),
                        _ => new CodeFact("9" + n),
                    };
                    property.SetValue(target, value);
                    planted[path] = value.ToString()!;
                    break;
                case ValueKind.Object:
                    var inner = property.GetValue(target);
                    if (inner is null && property.SetMethod is { IsPublic: true } && property.PropertyType.GetConstructor(Type.EmptyTypes) is not null)
                    {
                        inner = Activator.CreateInstance(property.PropertyType);
                        property.SetValue(target, inner);
                    }
                    if (inner is not null && Schema.Type(member.TypeName!) is { } innerType) Plant(inner, innerType, path, planted, ref next, depth + 1);
                    break;
                case ValueKind.Collection:
                    // 类, 款 and 项 hold lines of 科目 again: the fact list shows the lines once, from 科目.
                    if (target is ClassificationSection && member.Name != nameof(ClassificationSection.Lines)) break;
                    if (property.GetValue(target) is not IList list || list.IsReadOnly) break;
                    var elementType = property.PropertyType.GetGenericArguments().FirstOrDefault();
                    if (elementType?.GetConstructor(Type.EmptyTypes) is null || Schema.Type(member.TypeName!) is not { } element) break;
                    var item = Activator.CreateInstance(elementType)!;
                    Plant(item, element, path + "[]", planted, ref next, depth + 1);
                    if (target is ClassificationSection section && item is ClassificationLine line) section.Add(line);
                    else list.Add(item);
                    break;
            }
        }
    }
}
