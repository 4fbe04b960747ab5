using System.Collections.Generic;

namespace ComplianceGen.Runtime;

/// <summary>
/// The classification lines a document prints, all of them in <see cref="Lines"/> and, for
/// rules that work on one level, the same lines again by level.
/// </summary>
public sealed class ClassificationSection
{
    [Term("科目")]
    public List<ClassificationLine> Lines { get; } = new();

    /// <summary>类-level lines (3-digit codes, or class names with amounts and shares).</summary>
    [Term("类")]
    public List<ClassificationLine> Classes { get; } = new();

    [Term("款")]
    public List<ClassificationLine> Sections { get; } = new();

    [Term("项")]
    public List<ClassificationLine> Items { get; } = new();

    /// <summary>The total the lines add up to (a table's 合计 row or the prose total).</summary>
    [Term("合计")]
    public Amount? Total { get; set; }

    public void Add(ClassificationLine line)
    {
        Lines.Add(line);
        switch (line.Level)
        {
            case ClassificationLevel.Class: Classes.Add(line); break;
            case ClassificationLevel.Section: Sections.Add(line); break;
            case ClassificationLevel.Item: Items.Add(line); break;
        }
    }
}
