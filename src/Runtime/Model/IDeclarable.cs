namespace ComplianceGen.Runtime;

/// <summary>
/// Something a document must declare either as an amount or explicitly as none
/// ("无因公出国（境）费支出", "没有使用政府性基金预算拨款安排的支出"). Rule files test it
/// with <c>is declared</c> / <c>已公开</c>.
/// </summary>
public interface IDeclarable
{
    /// <summary>The stated amount, or <c>null</c> when no amount was stated.</summary>
    Amount? Amount { get; }

    /// <summary>Where the document says there is none, or <c>null</c>.</summary>
    Evidence? NoneStatement { get; }

    /// <summary>Stated as an amount (zero included) or explicitly as none.</summary>
    bool IsDeclared { get; }
}
