using System.Collections.Generic;
using System.Linq;

namespace ComplianceGen.Generator.Planning;

/// <summary>Decides which helpers read a long list through an index of a whole number (runtime <c>WholeNumberIndex</c>).</summary>
internal static class HelperIndex
{
    /// <summary>
    /// For a helper that reads only the elements passing a conjunction with a part “element's whole number = the item's”
    /// (<c>t.字数 = s.字数</c>): an existence test (任一) whose test or filter it is, a count, or the evidence of the
    /// elements a test found. That number on the element and the item's side. An element stating another number fails
    /// that part, so the conjunction is false for it whatever the other parts say, and the helper passes over it: only the
    /// elements stating the item's number, or none, need reading (runtime <c>WholeNumberIndex</c>), in the list's order. Null for
    /// any other helper (a sum or 全部 is left as it is).
    /// </summary>
    public static PIndexKey? Of(PHelper helper)
    {
        if (helper.Parent is not null) return null;
        var test = helper.Kind switch
        {
            AggregateHelperKind.Any when helper.Filter is null => helper.Value,
            AggregateHelperKind.Any or AggregateHelperKind.Count or AggregateHelperKind.SumEvidence => helper.Filter,
            _ => null,
        };
        var parts = test switch
        {
            PLogic { IsAnd: true } and => and.Parts.ToList(),
            null => new List<PExpr>(),
            _ => new List<PExpr> { test },
        };
        foreach (var part in parts)
        {
            if (part is not PWholeCompare { Operator: "Equal" } equal || equal.Left is not PAccess left || equal.Right is not PAccess right) continue;
            if (IsOwnNumber(left, helper.Element) && right.Root != helper.Element) return new PIndexKey(left, right);
            if (IsOwnNumber(right, helper.Element) && left.Root != helper.Element) return new PIndexKey(right, left);
        }
        return null;
    }

    private static bool IsOwnNumber(PAccess access, string element) => access.Root == element && access.Members.Count == 1;
}
