using System.Text.RegularExpressions;
using ComplianceGen.Reader.Structure;
using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// “三公”经费: the total, each item with amount, share and execution rate, and declarations of
/// none for the whole group ("没有使用财政拨款安排“三公”经费预算", "未产生三公经费") or for one
/// item ("无因公出国（境）费支出"). "因公出国（境）费用0万元" is an amount of zero, not a
/// declaration of none. Statements about 非财政拨款 “三公” money are not the fiscal group.
/// </summary>
public sealed class ThreePublicExtractor : ISentenceExtractor
{
    private static readonly Regex GroupNone = new(@"(?:没有|未|无)(?:使用)?(?:财政拨款)?(?:安排|产生|发生)?[“""]?三公[”""]?经费", RegexOptions.Compiled);
    private static readonly Regex ItemNone = new(@"无(?<item>因公出国（境）|公务用车购置及运行(?:维护)?|公务用车购置|公务用车运行(?:维护)?|公务接待)(?:费|经费)", RegexOptions.Compiled);
    private static readonly Regex Execution = new(@"^[^；。]{0,10}?完成(?:年初)?预算的?\s*(?<p>\d+(?:\.\d+)?)\s*%", RegexOptions.Compiled);

    public void Extract(Sentence sentence, ExtractionContext context)
    {
        string text = sentence.Text;
        if (ExtractionContext.InGlossary(sentence) || text.Contains("非财政拨款")) return;
        var group = context.Report.ThreePublicExpenses;
        int mention = text.IndexOf("三公", System.StringComparison.Ordinal);
        if (mention >= 0) group.Evidence ??= sentence.EvidenceFor(mention, 2);
        var none = GroupNone.Match(text);
        if (none.Success)
        {
            var evidence = sentence.EvidenceFor(none.Index, none.Length);
            group.NoneStatement ??= evidence;
            foreach (var item in group.Items) item.NoneStatement ??= evidence;
            group.VehiclePurchase.NoneStatement ??= evidence;
            group.VehicleOperation.NoneStatement ??= evidence;
        }
        foreach (Match m in ItemNone.Matches(text))
        {
            var item = ItemFor(m.Groups["item"].Value, group);
            if (item is not null) item.NoneStatement ??= sentence.EvidenceFor(m.Index, m.Length);
        }

        bool isFinal = context.Report.Kind == DocumentKind.FinalAccount;
        object? current = null;
        foreach (var a in context.Amounts(sentence))
        {
            string label = a.Label;
            if (label.Contains('比') || label.Contains("较")) continue;
            object? target = label.Contains("三公") ? group : ItemFor(label, group);
            if (target is null && Labels.IsGeneric(label)) target = current;
            if (target is null) continue;
            current = target;
            bool isBudget = isFinal && label.Contains("预算") && !label.Contains("决算");
            Share? rate = null;
            var execution = Execution.Match(text.Substring(a.After));
            if (execution.Success) rate = AmountScanner.ShareAt(sentence, Shift(execution.Groups["p"], a.After), a.After + execution.Index + execution.Length);
            if (target is ThreePublicExpenses)
            {
                if (isBudget) group.Budget = context.KeepFirst(group.Budget, a.Amount, "“三公”经费预算");
                else
                {
                    group.Total = context.KeepFirst(group.Total, a.Amount, "“三公”经费");
                    group.ExecutionRate ??= rate;
                }
            }
            else if (target is ExpenseItem item)
            {
                if (isBudget) item.Budget = context.KeepFirst(item.Budget, a.Amount, item.Name.Value + "预算");
                else
                {
                    item.Amount = context.KeepFirst(item.Amount, a.Amount, item.Name.Value);
                    item.Share ??= a.Share;
                    item.ExecutionRate ??= rate;
                }
            }
        }
    }

    private static ShiftedGroup Shift(Group g, int offset) => new(g.Value, g.Index + offset);

    private static ExpenseItem? ItemFor(string label, ThreePublicExpenses group)
    {
        if (label.Contains("公务用车购置及运行")) return group.Vehicles;
        if (label.Contains("公务用车购置")) return group.VehiclePurchase;
        if (label.Contains("公务用车运行")) return group.VehicleOperation;
        if (label.Contains("因公出国")) return group.OverseasTravel;
        if (label.Contains("公务接待费") || label == "公务接待") return group.Reception;
        return null;
    }
}
