using System;

namespace ComplianceGen.Runtime;

/// <summary>
/// The Chinese term(s) a rule author may use for a model member or type. The generator reads
/// these from the compilation, so <c>三公经费.合计</c> and <c>ThreePublicExpenses.Total</c>
/// bind to the same member.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class TermAttribute : Attribute
{
    public TermAttribute(string term) => Term = term;

    public string Term { get; }
}

/// <summary>Marks the root type that rule files are bound against.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ReportModelAttribute : Attribute
{
}
