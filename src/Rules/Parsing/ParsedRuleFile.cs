using ComplianceGen.Rules.Diagnostics;
using ComplianceGen.Rules.Syntax;

namespace ComplianceGen.Rules.Parsing;

/// <summary>What the parser made of one rule file: the rules it could read and the problems it found.</summary>
public sealed record ParsedRuleFile(string Path, RuleFileSyntax Syntax, EquatableArray<RuleDiagnostic> Diagnostics);
