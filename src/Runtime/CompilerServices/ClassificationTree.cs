using System.ComponentModel;

namespace ComplianceGen.Runtime.CompilerServices;

/// <summary>
/// The lines printed under a classification line (the language's <c>下级</c> / <c>Children</c>): a line
/// is a child of another when its 上级编码 is the other's 编码 and both were read from the same table,
/// or both from prose.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ClassificationTree
{
    public static bool IsChild(ClassificationLine line, ClassificationLine parent)
    {
        // The table first: a whole-number test, where the codes need a text comparison.
        var table = line.TableNumber;
        var parentTable = parent.TableNumber;
        if (table is null ? parentTable is not null : parentTable is null || table.Value != parentTable.Value) return false;
        return line.ParentCode is { } up && parent.Code is { } code
            && (up.IsDigits && code.IsDigits ? string.Equals(up.Value, code.Value) : TextComparison.Same(up.Value, code.Value));
    }
}
