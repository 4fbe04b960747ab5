using System.Collections.Generic;

namespace ComplianceGen.Rules.Diagnostics;

/// <summary>
/// Every diagnostic the language reports, in one place, one id per kind of problem. Ids are grouped
/// by stage: CG0xxx syntax, CG1xxx binding, CG2xxx rule metadata, CG9xxx internal. Each message
/// format takes its arguments in order ({0}, {1}, …), so a build, the CLI and an IDE all see the
/// same text. Shipped ids are listed in src/Generator/AnalyzerReleases.*.md, and every id has an
/// anchor in the guide's diagnostics table that its help link points at.
/// </summary>
public static class DiagnosticCatalog
{
    private const string Syntax = "ComplianceGen.Syntax";
    private const string Binding = "ComplianceGen.Binding";
    private const string Metadata = "ComplianceGen.Metadata";
    private const string Internal = "ComplianceGen.Internal";

    /// <summary>The rules-language guide, relative to the repository; each id's help link is this plus <c>#cgNNNN</c>.</summary>
    public const string Guide = "docs/rules-language.md";

    public static readonly DiagnosticDescriptorInfo SyntaxError = new("CG0001", DiagnosticLevel.Error, Syntax,
        "Syntax error", "语法错误：此处应为{0}，实际为{1}（syntax error: expected {0}, found {1}）");

    public static readonly DiagnosticDescriptorInfo UnterminatedString = new("CG0002", DiagnosticLevel.Error, Syntax,
        "Unterminated string", "字符串未闭合：缺少结尾的引号 {0}（unterminated string）");

    public static readonly DiagnosticDescriptorInfo UnknownKeyword = new("CG0003", DiagnosticLevel.Error, Syntax,
        "Unknown keyword", "未知关键字“{0}”{1}（unknown keyword '{0}'）");

    public static readonly DiagnosticDescriptorInfo NotText = new("CG0004", DiagnosticLevel.Error, Syntax,
        "Rule file is not text", "规则文件不是文本：第{0}个字符是控制字符 U+{1}（the rule file contains binary data）");

    public static readonly DiagnosticDescriptorInfo FileTooLarge = new("CG0005", DiagnosticLevel.Error, Syntax,
        "Rule file too large", "规则文件过大：{0} 个字符，上限 {1}（rule file too large）");

    public static readonly DiagnosticDescriptorInfo EmptyFile = new("CG0006", DiagnosticLevel.Warning, Syntax,
        "Rule file has no rules", "规则文件中没有规则（the rule file contains no rules）");

    public static readonly DiagnosticDescriptorInfo InvalidNumber = new("CG0007", DiagnosticLevel.Error, Syntax,
        "Invalid number", "数字“{0}”超出范围：数、换算为元的金额和误差都须在 ±79228162514264337593543950335 以内（number out of range）");

    public static readonly DiagnosticDescriptorInfo NestedTooDeeply = new("CG0008", DiagnosticLevel.Error, Syntax,
        "Expression nested too deeply", "表达式嵌套过深：括号与调用至多同时打开 {0} 层，整个表达式（括号、调用、非、负号和连写的运算各算一层）至多 {1} 层（expression nested too deeply or chained too long）");

    public static readonly DiagnosticDescriptorInfo UnknownMember = new("CG1001", DiagnosticLevel.Error, Binding,
        "Unknown field", "未知字段“{0}”{1}（unknown field '{0}'）");

    public static readonly DiagnosticDescriptorInfo ArithmeticTypeMismatch = new("CG1002", DiagnosticLevel.Error, Binding,
        "Arithmetic on incompatible values", "不能对{0}和{1}做“{2}”运算（cannot apply '{2}' to these values）");

    public static readonly DiagnosticDescriptorInfo CollectionOutsideLoop = new("CG1003", DiagnosticLevel.Error, Binding,
        "Path into a collection outside a loop", "“{0}”经过集合“{1}”：请用“对每个 … 属于 {1}”（for each）或合计/计数/任一/全部（path into a collection outside 'for each' or an aggregate）");

    public static readonly DiagnosticDescriptorInfo NotACollection = new("CG1004", DiagnosticLevel.Error, Binding,
        "Not a collection", "“{0}”不是集合，不能逐项检查（'{0}' is not a collection）");

    public static readonly DiagnosticDescriptorInfo NotDeclarable = new("CG1005", DiagnosticLevel.Error, Binding,
        "Not declarable", "“{0}”没有“已公开”的含义：只有可声明为“无”的事项（如三公经费各项）可以用 is declared / 已公开（'{0}' cannot be declared）");

    public static readonly DiagnosticDescriptorInfo NotBoolean = new("CG1006", DiagnosticLevel.Error, Binding,
        "Condition is not true/false", "{0}须为条件（真/假），实际为{1}（a condition must be true or false）");

    public static readonly DiagnosticDescriptorInfo DuplicateVariable = new("CG1007", DiagnosticLevel.Error, Binding,
        "Name already defined", "名称“{0}”已定义（'{0}' is already defined）");

    public static readonly DiagnosticDescriptorInfo NameTooLong = new("CG1008", DiagnosticLevel.Error, Binding,
        "Name too long", "名称过长：{0} 个字符，至多 {1} 个（name too long）");

    public static readonly DiagnosticDescriptorInfo NotComparable = new("CG1009", DiagnosticLevel.Error, Binding,
        "Values cannot be compared", "不能比较{0}与{1}{2}（these values cannot be compared）");

    public static readonly DiagnosticDescriptorInfo ToleranceOnNonNumbers = new("CG1010", DiagnosticLevel.Error, Binding,
        "Tolerance on a comparison of non-numbers", "误差（within）只能用于数值比较，此处比较的是{0}（a tolerance needs numbers）");

    public static readonly DiagnosticDescriptorInfo ToleranceUnitMismatch = new("CG1011", DiagnosticLevel.Error, Binding,
        "Tolerance does not fit the compared values", "误差“{0}”不适用于{1}的比较：{2}（the tolerance's unit does not fit the compared values）");

    public static readonly DiagnosticDescriptorInfo ToleranceUnitsDiffer = new("CG1012", DiagnosticLevel.Error, Binding,
        "Tolerance parts in different units", "误差的各部分须是同一种单位：“{0}”是{1}，而“{2}”是{3}（the parts of a tolerance must share a unit）");

    public static readonly DiagnosticDescriptorInfo ArgumentType = new("CG1013", DiagnosticLevel.Error, Binding,
        "Argument of the wrong type", "{0}须为{1}，实际为{2}（argument of the wrong type）");

    public static readonly DiagnosticDescriptorInfo PlaceholderNotPrintable = new("CG1014", DiagnosticLevel.Error, Binding,
        "Message placeholder is not printable", "消息占位符须为可打印的值，实际为{0}（a placeholder must be a printable value）");

    public static readonly DiagnosticDescriptorInfo StatedNeedsFact = new("CG1015", DiagnosticLevel.Error, Binding,
        "'is stated' needs a fact", "“已说明”（is stated）只能用于文档中的事实（字段路径、名称或首个已说明），此处是{0}（'is stated' needs a fact）");

    public static readonly DiagnosticDescriptorInfo SumOfNonNumbers = new("CG1016", DiagnosticLevel.Error, Binding,
        "Sum of values that are not numbers", "合计（sum）须作用于金额、占比或数，实际为{0}（sum needs numbers）");

    public static readonly DiagnosticDescriptorInfo NegatedNonNumber = new("CG1017", DiagnosticLevel.Error, Binding,
        "Minus sign on a value that is not a number", "负号只能用于数值，实际为{0}（unary minus needs a number）");

    public static readonly DiagnosticDescriptorInfo NameShadowsField = new("CG1018", DiagnosticLevel.Error, Binding,
        "Name shadows a field", "名称“{0}”与报告的字段同名，会遮住该字段，请换一个（'{0}' would hide the field of that name）");

    public static readonly DiagnosticDescriptorInfo NameReserved = new("CG1019", DiagnosticLevel.Error, Binding,
        "Name used by the generated code", "名称“{0}”是生成的代码所用的名称，请换一个（'{0}' is a name of the generated code）");

    public static readonly DiagnosticDescriptorInfo FirstStatedTypesDiffer = new("CG1020", DiagnosticLevel.Error, Binding,
        "Alternatives of different types", "首个已说明（first stated）的各项须为同一类型：第一项是{0}，此项是{1}（alternatives must have one type）");

    public static readonly DiagnosticDescriptorInfo ChildrenUnavailable = new("CG1021", DiagnosticLevel.Error, Binding,
        "Child lines unavailable", "“{0}”：下级（Children）只能取逐项检查或聚合变量所指的科目行的下级，如“对每个 p 属于 功能分类.科目”中的 p.下级（child lines need a line variable）");

    public static readonly DiagnosticDescriptorInfo AmbiguousPercentTolerance = new("CG1022", DiagnosticLevel.Error, Binding,
        "Ambiguous percentage tolerance", "误差“{0}%”含义不明：相对于期望值的误差请写“相对 {0}%”，占比之差请写“{0}个百分点”（write 'relative {0}%' or '{0} points'）");

    public static readonly DiagnosticDescriptorInfo LoopValueInCondition = new("CG1023", DiagnosticLevel.Error, Binding,
        "Per-item value used in the rule's condition", "“{0}”随逐项检查的每一项而变，不能用于“当”（when）条件：条件针对整份报告（'{0}' depends on the for-each item）");

    public static readonly DiagnosticDescriptorInfo DuplicateRuleId = new("CG2001", DiagnosticLevel.Error, Metadata,
        "Duplicate rule id", "规则编号“{0}”重复，另见 {1}（duplicate rule id; ids that differ only in '-', '_' or '.' are the same rule）");

    public static readonly DiagnosticDescriptorInfo MissingSeverity = new("CG2002", DiagnosticLevel.Error, Metadata,
        "Missing severity", "规则“{0}”缺少级别（severity / 级别）");

    public static readonly DiagnosticDescriptorInfo MissingRequire = new("CG2003", DiagnosticLevel.Error, Metadata,
        "Missing requirement", "规则“{0}”没有要求（require / 要求）");

    public static readonly DiagnosticDescriptorInfo RepeatedClause = new("CG2004", DiagnosticLevel.Error, Metadata,
        "Clause repeated", "规则“{0}”中“{1}”只能出现一次（clause may appear once）");

    public static readonly DiagnosticDescriptorInfo InvalidRuleId = new("CG2005", DiagnosticLevel.Error, Metadata,
        "Invalid rule id", "规则编号“{0}”无效：须以英文字母开头，只能用英文字母、数字、-、_ 和 .，至多 64 个字符（invalid rule id: up to 64 ASCII letters, digits, - _ . starting with a letter）");

    public static readonly DiagnosticDescriptorInfo MissingExample = new("CG2006", DiagnosticLevel.Warning, Metadata,
        "Rule lacks an example", "规则“{0}”缺少{1}示例（example {2}）");

    public static readonly DiagnosticDescriptorInfo NoReportModel = new("CG2007", DiagnosticLevel.Error, Metadata,
        "No report model", "编译中找不到标有 [ReportModel] 的报告模型类型，规则无法绑定（no [ReportModel] type in the compilation）");

    public static readonly DiagnosticDescriptorInfo InvalidYears = new("CG2008", DiagnosticLevel.Error, Metadata,
        "Invalid years", "年度范围 {0} 无效（invalid year range）");

    public static readonly DiagnosticDescriptorInfo MissingCitation = new("CG2009", DiagnosticLevel.Warning, Metadata,
        "Rule has no citation", "规则“{0}”及其规则集都没有依据（cite / 依据）");

    public static readonly DiagnosticDescriptorInfo InternalError = new("CG9001", DiagnosticLevel.Error, Internal,
        "Internal error", "规则编译器内部错误：{0}（internal error; please report it with this rule file）");

    public static readonly DiagnosticDescriptorInfo GeneratedCodeDoesNotCompile = new("CG9002", DiagnosticLevel.Error, Internal,
        "Generated code does not compile", "规则编译器内部错误：为此规则生成的 C# 代码无法编译（{0}）（internal error: the generated code does not compile; please report it with this rule file）");

    public static IReadOnlyList<DiagnosticDescriptorInfo> All { get; } = new[]
    {
        SyntaxError, UnterminatedString, UnknownKeyword, NotText, FileTooLarge, EmptyFile, InvalidNumber, NestedTooDeeply,
        UnknownMember, ArithmeticTypeMismatch, CollectionOutsideLoop, NotACollection, NotDeclarable, NotBoolean, DuplicateVariable, NameTooLong,
        NotComparable, ToleranceOnNonNumbers, ToleranceUnitMismatch, ToleranceUnitsDiffer, ArgumentType, PlaceholderNotPrintable,
        StatedNeedsFact, SumOfNonNumbers, NegatedNonNumber, NameShadowsField, NameReserved, FirstStatedTypesDiffer, ChildrenUnavailable,
        AmbiguousPercentTolerance, LoopValueInCondition,
        DuplicateRuleId, MissingSeverity, MissingRequire, RepeatedClause, InvalidRuleId, MissingExample, NoReportModel,
        InvalidYears, MissingCitation, InternalError, GeneratedCodeDoesNotCompile,
    };
}
