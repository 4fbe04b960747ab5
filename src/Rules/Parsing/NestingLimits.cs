namespace ComplianceGen.Rules.Parsing;

/// <summary>
/// How deep an expression may go. The parser, the binder, the emitter and the equality of syntax
/// and bound trees all walk expressions recursively, so a rule file must not choose how deep the
/// stack goes: beyond these limits the expression is a located CG0008 instead.
/// </summary>
public static class NestingLimits
{
    /// <summary>
    /// Brackets and calls (<c>(</c>, <c>sum(</c>, <c>count(</c>, <c>catalog(</c> …) open at once.
    /// Each costs the parser about 7 KB of stack (a 1 MB thread runs out near 140), so this stays
    /// well inside a 1 MB thread stack, on which a build may run the generator; real rules open
    /// three or four.
    /// </summary>
    public const int MaxBrackets = 64;

    /// <summary>
    /// Levels of an expression tree: brackets, calls, <c>not</c>, unary minus and every operator of
    /// a chain such as <c>a + b + c</c> count one each. Real rules stay under twenty.
    /// </summary>
    public const int MaxDepth = 256;
}
