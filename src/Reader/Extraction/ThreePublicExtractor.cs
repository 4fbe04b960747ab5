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
public sealed partial class ThreePublicExtractor : ISentenceExtractor
{
    [GeneratedRegex(@"(?:没有|未|无)(?:使用)?(?:财政拨款)?(?:安排|产生|发生)?[“""]?三公[”""]?经费")]
    private static partial Regex GroupNone { get; }
    private const string Items = @"因公出国（境）|公务用车购置及运行(?:维护)?|公务用车购置|公务用车运行(?:维护)?|公务接待";
    private const string ClauseEnd = @"(?=\s*(?:[，。；,;]|$))";
    // The item's spending said to be none before it (无因公出国（境）费, 2022年度无公务接待支出, 本年度未发生因公出国（境）费用), or
    // after it at its clause's end (公务接待费无。, 因公出国（境）费用没有，原因是…; not 无变化), or the trips themselves (无公款出国（境）,
    // 没有安排出国计划).
    [GeneratedRegex(@"(?:无|没有|未安排|不安排|未编制|不编制|未发生|未产生|没有发生|没有产生)(?:财政拨款)?(?:安排)?的?(?:(?<item>" + Items + @")(?:费用?|经费|支出|开支)(?![^，。；,;]{0,6}?(?:变化|增减|变动|超|违|较|比|执行|决算数|增加|减少|增长|下降|标准))|(?<item>(?:因公|公款)?出国(?:（境）)?)(?:计划|任务|团组|人员)?" + ClauseEnd + @")|(?<item>" + Items + @")(?:费用?|经费|支出)\s*(?:[：:]\s*)?(?:无|没有|为零)" + ClauseEnd)]
    private static partial Regex ItemNone { get; }
    /// <summary>Items listed, then said all to be none: 因公出国（境）费、公务用车购置费均为零 / 因公出国（境）费和公务接待费都没有.</summary>
    [GeneratedRegex(@"(?:(?:" + Items + @")(?:费用?|经费|支出)?\s*[、和及与]\s*)+(?:" + Items + @")(?:费用?|经费|支出)?\s*(?:均|都|皆)(?:为零|为0(?:\.0+)?(?:万元|元)?|无|没有|未发生)" + ClauseEnd)]
    private static partial Regex ItemsNone { get; }
    [GeneratedRegex(@"非财政拨款|政府性基金|国有资本")]
    private static partial Regex OtherMoney { get; }
    /// <summary>
    /// A part of the vehicle group by its short name, after the group's figure: 购置费, 购置经费, 购车费 (the purchase); 运行费,
    /// 运行维护费, 运行维修费, 运行经费, 运维费 (the running cost). The whole label, so 机关运行经费 is none.
    /// </summary>
    [GeneratedRegex(@"^(?:其中[：:]?)?(?:(?<purchase>购置(?:经)?费用?|购车费)|运行(?:维护|维修)?(?:经)?费用?|运维费)$")]
    private static partial Regex VehiclePart { get; }
    /// <summary>The vehicle group's purchase, by its short name after 其中, stated as none (其中：购置经费无).</summary>
    [GeneratedRegex(@"购置及运行[^。；]{0,40}?其中[：:]?\s*购置(?:经)?费用?(?:支出)?(?:为)?(?:无|没有)(?!变化|增减|变动|增加|减少|增长|下降)")]
    private static partial Regex PurchasePartNone { get; }
    // A clause of its own (县文联无公务用车，…), not 无公车私用现象.
    [GeneratedRegex(@"(?:无|没有)(?:公务用车|公车)(?=\s*(?:[，。；,;]|$|所以|因此|故))")]
    private static partial Regex NoVehicle { get; }
    // "没有新购置车辆", "未购置公务用车", "2026年不购置公务用车": the unit bought no vehicle, though it may run some.
    [GeneratedRegex(@"(?:没有|未|无|不)(?:再)?(?:新增|新)?(?:购置|购买|采购)了?(?:新的?)?(?:公务用车|公务车|公车|车辆)(?!购置税)")]
    private static partial Regex NoPurchase { get; }
    [GeneratedRegex(@"因公出国（境）|公务用车购置及运行|(?<!及运行)公务用车购置(?!及)|公务用车运行|公务接待")]
    private static partial Regex ItemName { get; }
    [GeneratedRegex(@"^(?:\d{1,2}[.、．]|（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、|\s)+")]
    private static partial Regex Numbering { get; }
    // 完成预算的68%, 完成年初预算的100%, 完成全年预算84.82万元的73.2%.
    [GeneratedRegex(@"^[^；。]{0,10}?" + Labels.CompletionOfBudget + @"\s*(?<p>\d+(?:\.\d+)?)\s*%")]
    private static partial Regex Execution { get; }

    /// <summary>
    /// A final account's figure set against the year's budget right after it: "5.48万元，比预算增加0万元", "较年初预算减少
    /// 1.2万元", "与预算持平". The budget is the figure less the rise (or plus the fall): the comparison SG-007 asks for.
    /// </summary>
    [GeneratedRegex(@"^\s*[，,]?\s*(?:(?:比|较)(?:年初)?预算数?(?<dir>增加|减少|节约|超支|增长|下降)了?\s*(?<n>\d+(?:\.\d+)?)\s*(?<u>万元|元)|(?:与|和|比|较)(?:年初)?预算数?(?:持平|相同|一致|无增减))")]
    private static partial Regex VersusBudget { get; }

    private static readonly char[] ClauseStops = ['，', '；', ','];

    /// <summary>Words that bring another subject into a sentence: an item of the three (by any of its names) or 其中.</summary>
    [GeneratedRegex(@"其中|因公出国|出国|公务用车|公车|车辆|公务接待|接待费|会议费|培训费")]
    private static partial Regex OtherSubject { get; }

    // Not 减少至 / 下降到, which state the level reached.
    [GeneratedRegex(@"(?:增加|减少|增长|下降|节约|超支)(?![至到])|增减")]
    private static partial Regex ChangeWord { get; }

    /// <summary>A figure's label that says the money was spent: the actual figure of a final account, not its budget.</summary>
    [GeneratedRegex(@"支出|决算|实际|开支|使用|发生")]
    private static partial Regex SpentWord { get; }

    /// <summary>A change on the year's budget, as a figure's label reads it: 较年初预算数减少, 比预算增加.</summary>
    [GeneratedRegex(@"^(?:比|较|与)(?:年初|全年)?预算数?(?<dir>增加|减少|节约|超支|增长|下降)了?$")]
    private static partial Regex BudgetChange { get; }

    /// <summary>The budget a final account's figure was set against (<see cref="VersusBudget"/>), or null when it says none or in another unit.</summary>
    private static Amount? BudgetAgainst(Sentence sentence, string text, AmountMatch a)
    {
        // A cheap test first: the comparison names 预算 after the figure.
        if (text.IndexOf("预算", a.After, System.StringComparison.Ordinal) < 0) return null;
        // Right after the figure, or later in its sentence after its change on last year ("41万元，较上年减少19万元，下降
        // 43.78%；较年初预算数减少4万元"), as long as nothing between names another item (其中, 接待费 …).
        var m = VersusBudget.Match(text, a.After, text.Length - a.After);
        for (int from = a.After; !m.Success;)
        {
            int next = text.IndexOfAny(ClauseStops, from);
            if (next < 0) return null;
            from = next + 1;
            m = VersusBudget.Match(text, from, text.Length - from);
        }
        if (m.Index > a.After && OtherSubject.IsMatch(text.Substring(a.After, m.Index - a.After))) return null;
        var evidence = sentence.EvidenceFor(m.Index, m.Length);
        if (!m.Groups["n"].Success) return new Amount(a.Amount.Value, a.Amount.Unit, a.Amount.Decimals, evidence);
        var unit = m.Groups["u"].Value == "万元" ? AmountUnit.WanYuan : AmountUnit.Yuan;
        if (unit != a.Amount.Unit || !decimal.TryParse(m.Groups["n"].Value, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out decimal change)) return null;
        bool rise = m.Groups["dir"].Value is "增加" or "超支" or "增长";
        int decimals = System.Math.Max(a.Amount.Decimals, m.Groups["n"].Value.Contains('.') ? m.Groups["n"].Value.Length - m.Groups["n"].Value.IndexOf('.') - 1 : 0);
        return new Amount(rise ? a.Amount.Value - change : a.Amount.Value + change, unit, decimals, evidence);
    }

    public void Extract(Sentence sentence, ExtractionContext context)
    {
        string text = sentence.Text;
        if (sentence.InGlossary || text.Contains("非财政拨款")) return;
        var group = context.Report.ThreePublicExpenses;
        int mention = text.IndexOf("三公", System.StringComparison.Ordinal);
        if (mention >= 0) group.Evidence ??= sentence.EvidenceFor(mention, 2);
        var none = mention >= 0 ? GroupNone.Match(text) : Match.Empty;
        if (none.Success)
        {
            var evidence = sentence.EvidenceFor(none.Index, none.Length);
            group.NoneStatement ??= evidence;
            foreach (var item in group.Items) item.NoneStatement ??= evidence;
            group.VehiclePurchase.NoneStatement ??= evidence;
            group.VehicleOperation.NoneStatement ??= evidence;
        }
        // 公务用车购置和运行维护经费 / 购置与运行 are the vehicle group, as 购置及运行 is (same length, so offsets hold).
        bool namesItem = text.Contains("公务", System.StringComparison.Ordinal) || text.Contains("出国", System.StringComparison.Ordinal);
        string items = namesItem ? GroupNamed(text) : text;
        for (var m = namesItem ? ItemNone.Match(items) : Match.Empty; m.Success; m = m.NextMatch())
        {
            // Not another year's (2025年无因公出国（境）计划，但2024年…; 上年因公出国（境）费用没有) nor a part's of the unit (局机关无…).
            // A year is another only against the document's own: a page whose year is unread (…“三公”经费预算2014年情况如下 /
            // 2014年某中心没有安排出国计划) still says none of its item.
            if (AboutAnotherYearOrUnit(text, m.Index, context.Report.Year?.Value, unknownYearIsOther: false)) continue;
            var item = ItemFor(m.Groups["item"].Value, group);
            if (item is not null) item.NoneStatement ??= sentence.EvidenceFor(m.Index, m.Length);
        }
        for (var m = namesItem ? ItemsNone.Match(items) : Match.Empty; m.Success; m = m.NextMatch())
            foreach (Match named in AboutAnotherYearOrUnit(text, m.Index, context.Report.Year?.Value, unknownYearIsOther: false) ? System.Linq.Enumerable.Empty<Match>() : ItemName.Matches(m.Value))
                if (ItemFor(named.Value, group) is { } item) item.NoneStatement ??= sentence.EvidenceFor(m.Index, m.Length);

        // 1、因公出国（境）费 / 无。 and （二）“三公”经费支出情况 / 本单位无此项支出。: the title names the item or the group.
        // A title that names an item (“三公”经费中公务接待费：无。) is that item's; one that names the group only is the group's, when
        // it is the fiscal group (not 非财政拨款“三公”经费, nor a fund's: 政府性基金预算财政拨款安排的“三公”经费).
        string? title = NoneUnderTitle.TitleOf(sentence, context);
        if (title is not null && ItemFor(title, group) is { } titled)
            titled.NoneStatement ??= sentence.Evidence;
        else if (title is not null && title.Contains("三公", System.StringComparison.Ordinal) && !OtherMoney.IsMatch(title))
        {
            group.NoneStatement ??= sentence.Evidence;
            foreach (var item in group.Items) item.NoneStatement ??= sentence.Evidence;
            group.VehiclePurchase.NoneStatement ??= sentence.Evidence;
            group.VehicleOperation.NoneStatement ??= sentence.Evidence;
        }

        // "县文联无公务用车，所以没有公务用车运行维护费": a unit with no vehicle buys none and runs none.
        var noVehicle = text.Contains("车", System.StringComparison.Ordinal) ? NoVehicle.Match(text) : Match.Empty;
        if (noVehicle.Success)
        {
            var evidence = sentence.EvidenceFor(noVehicle.Index, noVehicle.Length);
            // A unit with no vehicle of its own may still pay for running hired ones (公务用车运行维护费用于租车): only the purchase is none.
            group.VehiclePurchase.NoneStatement ??= evidence;
        }

        // "公车购置及运行维护费130万元，其中：购置经费无，运行维护费130万元": the group's purchase by its short name, as none.
        if (text.Contains("购置及运行", System.StringComparison.Ordinal) && PurchasePartNone.Match(text) is { Success: true } partNone)
            group.VehiclePurchase.NoneStatement ??= sentence.EvidenceFor(partNone.Index, partNone.Length);

        var noPurchase = text.Contains("购", System.StringComparison.Ordinal) ? NoPurchase.Match(text) : Match.Empty;
        if (noPurchase.Success && !AboutAnotherYearOrUnit(text, noPurchase.Index, context.Report.Year?.Value))
            group.VehiclePurchase.NoneStatement ??= sentence.EvidenceFor(noPurchase.Index, noPurchase.Length);

        bool isFinal = context.Report.Kind == DocumentKind.FinalAccount;
        var amounts = context.Amounts(sentence);
        // "（一）因公出国（境）费用。2026年预算数48.24万元": an item named on its own, as a heading or a
        // sentence, is what the next sentence's unlabelled figure is about.
        var pending = context.PendingThreePublicItem;
        context.PendingThreePublicItem = amounts.Count == 0 ? NamedAlone(text, group) : null;
        object? current = pending;
        // Whether the vehicle group's last figure in this sentence was its budget (a final account's 年初预算).
        bool vehicleBudget = false;
        // Whether the group's last figure in this sentence was its budget: the items listed after it split the budget
        // ("“三公”经费预算为168.53万元，其中：因公出国（境）费39万元、…") until a figure said to be spent, a comparison, or the
        // group's own spending.
        bool groupBudget = false;
        foreach (var a in amounts)
        {
            string label = a.Label;
            // A figure said to be spent ("实际支出25万元") or a comparison ("决算数较预算数减少5万元") ends the budget's list, whatever it is of.
            if (groupBudget && (SpentWord.IsMatch(label) && !label.Contains("预算") || label.Contains('比') || label.Contains("较"))) groupBudget = false;
            if (label.Contains('比') || label.Contains("较"))
            {
                // "经比较，2021年度全镇“三公”经费较上年减少2.97万元，…，较年初预算数减少0.36万元": the total's comparison with
                // the budget, in a sentence of its own, gives the budget once the total is known.
                if (isFinal && group.Budget is null && group.Total is { } total && mention >= 0 && mention < a.LabelStart
                    && !OtherSubject.IsMatch(text.Substring(mention + 2, System.Math.Max(0, a.LabelStart - mention - 2))) && BudgetChange.Match(label) is { Success: true } change
                    && a.Amount.Unit == total.Unit)
                {
                    bool rise = change.Groups["dir"].Value is "增加" or "超支" or "增长";
                    group.Budget = new Amount(rise ? total.Value - a.Amount.Value : total.Value + a.Amount.Value, total.Unit,
                        System.Math.Max(total.Decimals, a.Amount.Decimals), sentence.EvidenceFor(a.LabelStart, a.End - a.LabelStart));
                }
                continue;
            }
            // "2026年增加车辆购置经费37.38万元": a change, not the item's figure.
            if (ChangeWord.IsMatch(label)) continue;
            object? target = label.Contains("三公") ? group : ItemFor(label, group);
            // "公务用车购置及运行费12万元，其中：购置费0万元、运行费12万元": the group's two parts by their short names, later in the
            // sentence that states the group's figure. Not after the group's budget in a final account ("年初预算15万元，其中：购置费0万元"
            // splits the budget), and the group stays what an unnamed figure after them is about.
            bool shortName = false;
            if (target is null && ReferenceEquals(current, group.Vehicles) && !(isFinal && vehicleBudget) && VehiclePart.Match(label) is { Success: true } part)
            {
                target = part.Groups["purchase"].Success ? group.VehiclePurchase : group.VehicleOperation;
                shortName = true;
            }
            // "公务用车运行维护费2026年预算数25.4万元": the year cut the item's name off the cleaned label.
            if (target is null && Labels.IsGeneric(label)) target = ItemFor(text.Substring(a.LabelStart, a.Start - a.LabelStart), group);
            if (target is null && Labels.IsGeneric(label)) target = current;
            if (target is null) continue;
            if (!shortName) current = target;
            bool isBudget = isFinal && label.Contains("预算") && !label.Contains("决算");
            if (target is ThreePublicExpenses) groupBudget = isBudget;
            else if (groupBudget && !isBudget) isBudget = true;
            if (ReferenceEquals(target, group.Vehicles)) vehicleBudget = isBudget;
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
                    if (isFinal && group.Budget is null && BudgetAgainst(sentence, text, a) is { } budget) group.Budget = budget;
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
                    if (isFinal && item.Budget is null && BudgetAgainst(sentence, text, a) is { } budget) item.Budget = budget;
                }
            }
        }
        // "公务用车购置费支出决算0元，占总支出决算的0%；公务用车运行维护费支出决算1,388.70元，占总支出决算的22.10%": the vehicles'
        // share is their two parts' shares together; without it the items' shares would add to less than 100%.
        var vehicles = group.Vehicles;
        if (vehicles.Share is null && vehicles.Amount is null && vehicles.Purchase.Share is { } purchase && vehicles.Operation.Share is { } operation)
            vehicles.Share = new Share(purchase.Percent + operation.Percent, System.Math.Max(purchase.Decimals, operation.Decimals), operation.Evidence);
    }

    /// <summary>The item a short sentence or heading names and nothing else ("（二）公务接待费", "1.因公出国（境）费用：").</summary>
    private static readonly char[] NameEnd = { '：', ':', '。' };

    /// <summary>
    /// Whether the clause holding <paramref name="at"/> speaks of another year than the document's ("上年未购置车辆", "主要原因是2025年
    /// 未购置公务用车" in a 2026 budget), of a part of the unit ("局机关未购置…，所属大队购置1辆"), or states a policy, not a fact
    /// ("原则上不新购置公务用车").
    /// </summary>
    private static bool AboutAnotherYearOrUnit(string text, int at, int? year, bool unknownYearIsOther = true)
    {
        int start = text.LastIndexOfAny(ClauseStops, System.Math.Max(0, at - 1)) + 1;
        string clause = text.Substring(start, at - start);
        if (OtherYearOrPart.IsMatch(clause)) return true;
        foreach (Match y in YearIn.Matches(clause))
            if (year is null ? unknownYearIsOther : y.Value != year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)) return true;
        return false;
    }

    [GeneratedRegex(@"上年|去年|上一年|以前年度|往年|前一年|机关|所属|下属|二级|原则上|严禁|不得")]
    private static partial Regex OtherYearOrPart { get; }
    [GeneratedRegex(@"(?:19|20)\d{2}(?=年)")]
    private static partial Regex YearIn { get; }

    /// <summary>
    /// "公务用车购置及运行费11.59万元，……没有新购置车辆": with the purchase declared none, the whole of the vehicle figure is their
    /// running. Run after the tables, which may state the running themselves.
    /// </summary>
    internal static void ImplyOperation(ThreePublicExpenses group)
    {
        var operation = group.VehicleOperation;
        if (group.VehiclePurchase.NoneStatement is null || group.Vehicles.Amount is not { } whole || operation.IsDeclared) return;
        // A purchase stated as a figure other than zero contradicts the none: nothing is implied.
        if (group.VehiclePurchase.Amount is { Value: not 0m }) return;
        operation.Amount = whole;
    }

    private static ExpenseItem? NamedAlone(string text, ThreePublicExpenses group)
    {
        // A sentence of any length is not a name standing alone: spare it the clean-up below (this runs on every
        // sentence without a figure).
        if (text.Length > 64) return null;
        // Every item name holds 公务 or 因公出国 (ItemName): a sentence with neither names none.
        if (!text.Contains("公务", System.StringComparison.Ordinal) && !text.Contains("因公出国", System.StringComparison.Ordinal)) return null;
        string rest = GroupNamed(Numbering.Replace(text, "").Trim().TrimEnd(NameEnd));
        if (rest.Length == 0 || rest.Length > 16 || ItemName.Matches(rest).Count != 1) return null;
        return ItemFor(rest, group);
    }

    [GeneratedRegex(@"（不?含[^（）]{1,24}）")]
    private static partial Regex IncludedNote { get; }

    private static ShiftedGroup Shift(Group g, int offset) => new(g.Value, g.Index + offset);

    /// <summary>公务用车购置和运行维护费 / 购置与运行 written as 购置及运行, the vehicle group's name (same length, so offsets hold).</summary>
    private static string GroupNamed(string text) => text.Replace("购置和运行", "购置及运行").Replace("购置与运行", "购置及运行");

    private static ExpenseItem? ItemFor(string label, ThreePublicExpenses group)
    {
        // 公务用车购置和运行维护费 / 购置与运行费 are the vehicle group, as 购置及运行 is.
        label = GroupNamed(label);
        // 公务用车（含执勤执法用车）运行支出: what the vehicles include says nothing of which item the figure is.
        if (label.Contains("含", System.StringComparison.Ordinal)) label = IncludedNote.Replace(label, "");
        // 公务用车及运行维护费用 names the group without 购置; 公车购置费 / 公车运行费 are the items' short names.
        if (label.Contains("公务用车购置及运行") || label.Contains("公务用车及运行") || label.Contains("公车购置及运行") || label.Contains("车辆购置及运行")) return group.Vehicles;
        // 车辆购置 is the vehicles' purchase; 车辆购置税 is a tax and a class of spending (21463), not a “三公” item.
        if (label.Contains("公务用车购置") || label.Contains("公车购置") || label.Contains("车辆购置") && !label.Contains("车辆购置税")) return group.VehiclePurchase;
        if (label.Contains("公务用车运行") || label.Contains("公车运行")) return group.VehicleOperation;
        if (label.Contains("因公出国") || label.Contains("公款出国") || label.StartsWith("出国", System.StringComparison.Ordinal)) return group.OverseasTravel;
        if (label.Contains("公务接待费") || label == "公务接待") return group.Reception;
        return null;
    }
}
