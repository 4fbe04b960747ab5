namespace ComplianceGen.Runtime;

/// <summary>机关运行经费: amount or a statement of none, and its change against last year.</summary>
public sealed class OperatingCosts : DeclaredAmount
{
    [Term("变动")]
    public ChangeStatement? Change { get; set; }
}
