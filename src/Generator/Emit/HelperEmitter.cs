using System.Linq;
using ComplianceGen.Generator.Planning;

namespace ComplianceGen.Generator.Emit;

/// <summary>
/// Prints an aggregate helper: an indexed loop over the list it is passed (no LINQ, no allocation),
/// skipping the elements its filter does not keep (and, for 下级, those not under the parent).
/// </summary>
internal static class HelperEmitter
{
    public static void Emit(IndentedWriter w, PHelper helper)
    {
        w.Line($"/// <summary>{CSharpLiterals.XmlDoc(helper.Summary)}</summary>");
        string parameters = string.Join(", ", helper.Parameters.Select(p => p.Type + " " + ExpressionPrinter.Identifier(p.Name)));
        w.Open($"private static {ReturnType(helper)} {helper.Name}({parameters})");
        if (helper.ListMayBeNull) w.Line(helper.Kind switch
        {
            AggregateHelperKind.SumEvidence => "if (list is null) return;",
            AggregateHelperKind.Distinct => "if (list is null) return true;",
            _ => "if (list is null) return null;",
        });
        if (helper.Kind == AggregateHelperKind.Distinct)
        {
            Distinct(w, helper);
            w.Close();
            return;
        }
        bool threeValued = helper.Value is { Shape: not Shape.Bool } && helper.Kind is AggregateHelperKind.Any or AggregateHelperKind.All;
        switch (helper.Kind)
        {
            case AggregateHelperKind.Sum:
                w.Line("var sum = new QuantitySum();");
                break;
            case AggregateHelperKind.Count:
                w.Line("int count = 0;");
                break;
            case AggregateHelperKind.Any or AggregateHelperKind.All when threeValued:
                w.Line("bool unknown = false;");
                break;
        }
        if (helper.Index is { } index)
        {
            // Only the elements that state the item's number, or none, can hold: a long list is visited through its index.
            w.Open($"foreach (int i in WholeNumberIndex.Of(list, static {helper.Element} => {ExpressionPrinter.Print(index.Element)}, {ExpressionPrinter.Print(index.Item)}))");
        }
        else w.Open("for (int i = 0; i < list.Count; i++)");
        w.Line($"var {helper.Element} = list[i];");
        Skip(w, helper);
        switch (helper.Kind)
        {
            case AggregateHelperKind.Sum:
                w.Line("// An unstated part adds nothing.");
                w.Line($"sum.Add({ExpressionPrinter.Print(helper.Value!)});");
                break;
            case AggregateHelperKind.Count:
                w.Line("count++;");
                break;
            case AggregateHelperKind.SumEvidence:
                RuleEmitter.Sources(w, helper.Evidence.Select(e => e is PCall call ? new PEvidence(null, call) : new PEvidence(e, null)));
                break;
            case AggregateHelperKind.Any when helper.Value is null:
                w.Line("return true;");
                break;
            case AggregateHelperKind.Any or AggregateHelperKind.All when helper.Value is not null:
                bool any = helper.Kind == AggregateHelperKind.Any;
                if (threeValued && helper.Value is PLogic logic)
                {
                    // C#'s & and | on bool? evaluate every part; a part that decides the element (false for and, true for or:
                    // true | unknown is true) ends it, so the parts after it (often a text comparison) are not computed: part
                    // by part, stopping at the first deciding part. An element decided so decides an any or an all only when
                    // the aggregate's answer is that value too (true for any, false for all); otherwise the next is tried.
                    string decides = logic.IsAnd ? "false" : "true", join = logic.IsAnd ? "&=" : "|=";
                    string onDecided = logic.IsAnd == any ? "continue;" : any ? "return true;" : "return false;";
                    w.Line($"bool? holds = {ExpressionPrinter.Print(logic.Parts[0])};");
                    for (int k = 1; k < logic.Parts.Count; k++)
                    {
                        w.Line($"if (holds == {decides}) {onDecided}");
                        w.Line($"holds {join} {ExpressionPrinter.Atom(logic.Parts[k])};");
                    }
                    w.Line(any ? "if (holds == true) return true;" : "if (holds == false) return false;");
                    w.Line("if (holds is null) unknown = true;");
                }
                else if (threeValued)
                {
                    w.Line($"var holds = {ExpressionPrinter.Print(helper.Value)};");
                    w.Line(any ? "if (holds == true) return true;" : "if (holds == false) return false;");
                    w.Line("if (holds is null) unknown = true;");
                }
                else
                {
                    w.Line(any
                        ? $"if ({ExpressionPrinter.Print(helper.Value)}) return true;"
                        : $"if ({ExpressionPrinter.Negated(helper.Value)}) return false;");
                }
                break;
        }
        w.Close();
        if (helper.Kind != AggregateHelperKind.SumEvidence)
        {
            w.Line(helper.Kind switch
            {
                AggregateHelperKind.Sum => "return sum.Total;",
                AggregateHelperKind.Count => "return count;",
                AggregateHelperKind.Any => threeValued ? "return unknown ? null : false;" : "return false;",
                _ => threeValued ? "return unknown ? null : true;" : "return true;",
            });
        }
        w.Close();
    }

    private static string ReturnType(PHelper helper) => helper.Kind == AggregateHelperKind.SumEvidence ? "void" : RulePlanner.TypeOf(helper.ReturnShape);

    /// <summary>Skips an element not under the parent (下级), or one the filter does not keep (false or unknown).</summary>
    private static void Skip(IndentedWriter w, PHelper helper)
    {
        string? test = Kept(helper, negated: true);
        if (test is not null) w.Line($"if ({test}) continue;");
    }

    private static string? Kept(PHelper helper, bool negated)
    {
        string? child = helper.Parent is null ? null : $"ClassificationTree.IsChild({helper.Element}, {ExpressionPrinter.Print(helper.Parent)})";
        string? filter = helper.Filter is null ? null : ExpressionPrinter.Truth(helper.Filter, negated);
        if (child is null) return filter;
        if (negated) child = "!" + child;
        if (filter is null) return child;
        // A filter that only asks whether facts are stated is cheaper than finding a line's parent: it goes first.
        string join = negated ? " || " : " && ";
        return helper.Filter is PStated or PLogic { Shape: Shape.Bool } ? filter + join + child : child + join + filter;
    }

    /// <summary>
    /// distinct: every element kept states its key and no two keys are the same. The key and the filter
    /// are local functions of the element, so each pair is compared without collecting the keys.
    /// </summary>
    private static void Distinct(IndentedWriter w, PHelper helper)
    {
        string? kept = Kept(helper, negated: false);
        string element = helper.Element;
        w.Open("for (int i = 0; i < list.Count; i++)");
        if (kept is not null) w.Line("if (!Kept(list[i])) continue;");
        w.Line("var key = Key(list[i]);");
        w.Line("if (key is null) return false;");
        w.Line("for (int j = 0; j < i; j++)");
        w.Line(kept is not null
            ? "    if (Kept(list[j]) && Compare.SameKey(key, Key(list[j]))) return false;"
            : "    if (Compare.SameKey(key, Key(list[j]))) return false;");
        w.Close();
        w.Line("return true;");
        string keyType = helper.Value!.Shape == Shape.Model ? ((PAccess)helper.Value).TypeName is { } t ? RulePlanner.Type(t) + "?" : "object?" : RulePlanner.TypeOf(helper.Value.Shape);
        string elementType = helper.Parameters[0].Type.Replace("List<", "").TrimEnd('?').TrimEnd('>');
        w.Line();
        w.Line($"{StaticIfPure(helper.Value, element)}{keyType} Key({elementType} {element}) => {ExpressionPrinter.Print(helper.Value)};");
        if (kept is not null)
        {
            w.Line();
            w.Line($"bool Kept({elementType} {element}) => {kept};");
        }
    }

    /// <summary>"static " for a local function that reads only its element (it then captures nothing).</summary>
    private static string StaticIfPure(PExpr value, string element) =>
        PlanRewriter.FreeNames(value).All(n => n == element) ? "static " : "";
}
