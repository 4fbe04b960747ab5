namespace ComplianceGen.Runtime;

/// <summary>
/// An amount the document must declare: stated as an amount, stated as zero, declared as
/// none, or not stated at all — four cases kept apart.
/// </summary>
public class DeclaredAmount : IDeclarable
{
    [Term("金额")]
    public Amount? Amount { get; set; }

    /// <summary>Where the document says there is none of it.</summary>
    public Evidence? NoneStatement { get; set; }

    [Term("已声明无")]
    public bool IsDeclaredNone => NoneStatement is not null;

    public virtual bool IsDeclared => Amount is not null || NoneStatement is not null;

    /// <summary>Evidence of whichever declaration was found.</summary>
    public virtual Evidence? Evidence => Amount?.Evidence ?? NoneStatement;
}
