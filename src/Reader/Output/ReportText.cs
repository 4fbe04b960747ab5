using System.IO;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Output;

/// <summary>A plain-text dump of what the reader believed, one fact a line with its evidence.</summary>
public static class ReportText
{
    public static void Write(DisclosureReport report, TextWriter writer, ReadResult? info = null)
    {
        writer.WriteLine($"# {report.SourcePath}");
        if (info is not null) writer.WriteLine($"# format={info.Format} encoding={info.Encoding} warnings={info.Warnings.Count}");
        foreach (var fact in FactList.Flatten(report)) writer.WriteLine(fact.ToString());
        foreach (var warning in report.Warnings) writer.WriteLine("warning: " + warning);
    }
}
