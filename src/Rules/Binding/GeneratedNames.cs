using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ComplianceGen.Rules.Binding;

/// <summary>
/// The C# names the generated code uses for its own locals, parameters and methods. A rule's
/// <c>let</c> values become locals named as the rule names them (they read best that way), so a
/// <c>let</c> may not take one of these names, nor the name of a model type (CG1019). Loop and
/// aggregate variables never become C# names. The generator's planner takes its names from here, so the two cannot drift apart.
/// </summary>
public static class GeneratedNames
{
    public const string Report = "report";
    public const string Context = "context";
    public const string Tally = "tally";
    public const string Item = "item";
    public const string Items = "items";
    public const string Index = "i";
    public const string List = "list";
    public const string Element = "element";
    public const string Parent = "parent";
    public const string Evidence = "evidence";
    public const string Sum = "sum";
    public const string Count = "count";
    public const string Holds = "holds";
    public const string Unknown = "unknown";
    public const string Key = "key";
    public const string Left = "left";
    public const string Right = "right";
    public const string Value = "value";
    public const string Requirement = "requirement";

    private static readonly HashSet<string> Exact = new(StringComparer.Ordinal)
    {
        Report, Context, Tally, Item, Items, Index, "j", List, Element, Parent, Evidence, Sum, Count, Holds, Unknown, Key,
        Left, Right, Value, Requirement, "subject", "Instance", "Check", "Fail", "Failure", "AddEvidence", "AddMessageEvidence",
        "Kept", "Key", "Descriptor", "Validate",
        // The runtime's types the generated code names: a local of the same name would hide them.
        "Compare", "Values", "Quantity", "Tolerance", "MessageFormat", "CatalogLookup", "ComparisonOperator", "AmountUnit", "QuantitySum",
        "ClassificationTree", "UnitNames", "Severity", "DocumentKind", "ValidationContext", "RuleTally", "Finding", "EvidenceList",
        "GeneratedRule", "RuleValidator", "RuleDescriptor", "List", "IReadOnlyList", "System", "global",
    };

    // Numbered names the planner makes: left1, holds2, element3, Sum1, Fail2, Within1 …
    private static readonly Regex Numbered = new(
        @"^(left|right|holds|value|element|parent|item|let|Sum|Count|Any|All|Distinct|Fail|AddSumEvidence|Within)\d+(_\d+)?$",
        RegexOptions.CultureInvariant);

    public static bool IsReserved(string name) => Exact.Contains(name) || Numbered.IsMatch(name);
}
