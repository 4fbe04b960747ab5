using System.Collections.Generic;

namespace ComplianceGen.Reader.Extraction;

/// <summary>
/// The 类 names of the 支出功能分类 (the official class list; older and informal names too,
/// e.g. 医疗卫生 for 210), without the trailing 支出. Used to recognise a class named in
/// prose with an amount ("科学技术支出49.36万元，占79%").
/// </summary>
public static class ClassNames
{
    private static readonly Dictionary<string, string> CodeByShortName = new()
    {
        ["一般公共服务"] = "201", ["外交"] = "202", ["国防"] = "203", ["公共安全"] = "204", ["教育"] = "205",
        ["科学技术"] = "206", ["文化旅游体育与传媒"] = "207", ["文化体育与传媒"] = "207", ["社会保障和就业"] = "208",
        ["社会保险基金"] = "209", ["卫生健康"] = "210", ["医疗卫生与计划生育"] = "210", ["医疗卫生"] = "210",
        ["节能环保"] = "211", ["城乡社区"] = "212", ["农林水"] = "213", ["交通运输"] = "214",
        ["资源勘探工业信息等"] = "215", ["资源勘探信息等"] = "215", ["商业服务业等"] = "216", ["金融"] = "217",
        ["援助其他地区"] = "219", ["自然资源海洋气象等"] = "220", ["国土海洋气象等"] = "220", ["住房保障"] = "221",
        ["粮油物资储备"] = "222", ["灾害防治及应急管理"] = "224", ["预备费"] = "227", ["其他"] = "229",
        ["债务还本"] = "231", ["债务付息"] = "232", ["债务发行费用"] = "233",
        // Names of the classes before they were renamed, as documents of those years print them.
        // Only those the catalogue holds no other name for (rules/catalog): an old name it does not know is left undecided by
        // FC-002, while 城乡社区事务 against its undated 城乡社区支出 would be called wrong in the years it was right.
        ["环境保护"] = "211", ["农林水事务"] = "213", ["商业服务业等事务"] = "216", ["金融监管等事务"] = "217",
    };

    /// <summary>
    /// The same names with 与 written 和: documents swap the two in a class's name (社会保障与就业支出, 医疗卫生和计划生育支出; pages
    /// of Qinghai and Sichuan), which names the same class.
    /// </summary>
    private static readonly Dictionary<string, string> CodeByNameWithHe = ByNameWithHe();

    private static Dictionary<string, string> ByNameWithHe()
    {
        var byName = new Dictionary<string, string>();
        foreach (var (name, code) in CodeByShortName) byName[name.Replace('与', '和')] = code;
        return byName;
    }

    /// <summary>
    /// Class names that are also everyday words: "预备费644.10万元" in a project's investment breakdown,
    /// "其他1.2万元". They name the class only when the label marks it as one (…支出, （类）).
    /// </summary>
    private static readonly HashSet<string> CommonWords = new() { "预备费", "其他" };

    /// <summary>
    /// An old class name that is also an everyday phrase ("污染防治300万元、环境保护188万元" in a project's uses): a class
    /// when the label marks it as one, or when the sentence names other classes beside it.
    /// </summary>
    private static readonly HashSet<string> NeedsCompany = new() { "环境保护" };

    /// <summary>
    /// An informal name of a class that a unit of that field also uses for its own spending: a hospital's "医疗卫生支出38021.5万元"
    /// is its medical spending, not the class 210 under a name the catalogue had dropped. A class when the label marks it
    /// (（类）) or the sentence names other classes beside it (科学技术支出49.36万元，占79%、…医疗卫生支出3.27万元…).
    /// </summary>
    private static readonly HashSet<string> FieldSpending = new() { "医疗卫生" };

    /// <summary>What a label may print after a class's name, taken off one after another (a static array: every amount's label is tried).</summary>
    private static readonly string[] LabelSuffixes = { "预算数", "决算数", "支出决算", "预算", "决算", "支出", "（类）", "拨款" };

    /// <summary>
    /// Whether a class so named shows that its sentence lists classes: not an everyday word or a field's own spending (a
    /// hospital's 医疗卫生支出38021.5万元，其他支出120万元 names no class).
    /// </summary>
    public static bool ListsClasses(string shortName) => !CommonWords.Contains(shortName) && !FieldSpending.Contains(shortName) && !NeedsCompany.Contains(shortName);

    /// <summary>Strips 支出/预算/决算/（类） from a label and looks the rest up.</summary>
    public static bool TryMatch(string label, out string shortName, out string code) => TryMatch(label, amongClasses: false, out shortName, out code);

    /// <summary>The same, told whether the sentence names other classes beside this one.</summary>
    public static bool TryMatch(string label, bool amongClasses, out string shortName, out string code)
    {
        string s = label.Replace(" ", "");
        bool marked = s.Contains("支出") || s.Contains("（类）");
        bool changed = true;
        while (changed && s.Length > 0)
        {
            changed = false;
            foreach (var suffix in LabelSuffixes)
            {
                if (s.EndsWith(suffix, System.StringComparison.Ordinal) && s.Length > suffix.Length)
                {
                    s = s.Substring(0, s.Length - suffix.Length);
                    changed = true;
                }
            }
        }
        shortName = s;
        if (CommonWords.Contains(s) && !marked || NeedsCompany.Contains(s) && !marked && !amongClasses
            || FieldSpending.Contains(s) && !label.Contains("（类）", System.StringComparison.Ordinal) && !amongClasses)
        {
            code = "";
            return false;
        }
        return CodeByShortName.TryGetValue(s, out code!) || CodeByNameWithHe.TryGetValue(s.Replace('与', '和'), out code!);
    }
}
