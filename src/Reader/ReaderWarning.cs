namespace ComplianceGen.Reader;

/// <summary>Something the reader noticed but could work around; <see cref="Line"/> is 1-based, 0 when not tied to a line.</summary>
public sealed record ReaderWarning(string Code, string Message, int Line = 0)
{
    public override string ToString() => Line > 0 ? $"{Line}: {Code} {Message}" : $"{Code} {Message}";
}
