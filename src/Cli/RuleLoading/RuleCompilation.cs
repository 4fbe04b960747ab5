using System.Collections.Generic;
using ComplianceGen.Runtime;

namespace ComplianceGen.Cli.RuleLoading;

/// <summary>
/// What compiling rule files produced: diagnostics already formatted as
/// <c>file(line,col): error CG…: message</c>, and the rules when there was no error.
/// </summary>
public sealed record RuleCompilation(IReadOnlyList<string> Diagnostics, bool HasErrors, IReadOnlyList<RuleValidator>? Rules);
