using ComplianceGen.Runtime;

namespace ComplianceGen.Cli.Batch;

/// <summary>
/// Recognises text that is not a disclosure document at all: the reader found no document kind,
/// no year, no numbered section and no table. Running the rules on it would report every
/// required disclosure as missing, which says nothing useful; instead every rule is reported
/// not applicable with this reason, so nothing passes or fails silently.
/// </summary>
public static class StructureProbe
{
    public const string Reason = "文档中没有可识别的预决算公开结构（未识别文档类型、年度、章节或表格）";

    public static bool IsUnrecognizable(DisclosureReport report) =>
        report.Kind == DocumentKind.Unknown && report.Year is null && report.Sections.Count == 0 && report.Tables.Count == 0;
}
