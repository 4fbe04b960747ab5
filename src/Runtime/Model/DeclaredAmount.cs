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

    /// <summary>
    /// Where one of the template's tables prints this item as a column or row of its own. The table declares the
    /// item even where the reader cannot tell which of its figures is this year's fiscal one, so it takes none.
    /// </summary>
    public Evidence? TableEvidence { get; set; }

    public virtual bool IsDeclared => Amount is not null || NoneStatement is not null || TableEvidence is not null;

    /// <summary>Evidence of whichever declaration was found.</summary>
    public virtual Evidence? Evidence => Amount?.Evidence ?? NoneStatement ?? TableEvidence;
}
