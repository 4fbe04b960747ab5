namespace ComplianceGen.Runtime;

public enum DocumentKind
{
    Unknown,
    /// <summary>部门预算</summary>
    Budget,
    /// <summary>部门决算</summary>
    FinalAccount,
    /// <summary>整体支出绩效（自评）报告</summary>
    PerformanceReport,
}

public static class DocumentKinds
{
    public static string Chinese(DocumentKind kind) => kind switch
    {
        DocumentKind.Budget => "部门预算",
        DocumentKind.FinalAccount => "部门决算",
        DocumentKind.PerformanceReport => "绩效报告",
        _ => "未识别",
    };

    public static string Code(DocumentKind kind) => kind switch
    {
        DocumentKind.Budget => "budget",
        DocumentKind.FinalAccount => "final-account",
        DocumentKind.PerformanceReport => "performance-report",
        _ => "unknown",
    };
}
