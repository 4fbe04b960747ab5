namespace ComplianceGen.Runtime;

public enum Severity
{
    Info,
    Warning,
    Error,
}
