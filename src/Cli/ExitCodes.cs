namespace ComplianceGen.Cli;

/// <summary>The documented exit codes (ARCHITECTURE.md, CLI contract).</summary>
public static class ExitCodes
{
    /// <summary>No finding at or above <c>--fail-on</c>.</summary>
    public const int Ok = 0;

    /// <summary>Findings at or above <c>--fail-on</c>.</summary>
    public const int Findings = 1;

    /// <summary>Usage or input error: bad option, missing path, unreadable file, rule file errors, unwritable output.</summary>
    public const int UsageOrInputError = 2;
}
