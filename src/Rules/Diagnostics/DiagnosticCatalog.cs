using System.Collections.Generic;

namespace ComplianceGen.Rules.Diagnostics;

/// <summary>
/// Every diagnostic the language reports, in one place. Ids are grouped by stage: CG0xxx
/// syntax, CG1xxx binding, CG2xxx rule metadata, CG9xxx internal. Shipped ids are listed in
/// src/Generator/AnalyzerReleases.*.md.
/// </summary>
public static class DiagnosticCatalog
{
    private const string Syntax = "ComplianceGen.Syntax";
    private const string Binding = "ComplianceGen.Binding";
    private const string Metadata = "ComplianceGen.Metadata";
    private const string Internal = "ComplianceGen.Internal";

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
        "Invalid number", "数字“{0}”超出范围：数、换算为元的金额和按亿元换算的误差都须在 ±79228162514264337593543950335 以内（number out of range）");

    public static readonly DiagnosticDescriptorInfo NestedTooDeeply = new("CG0008", DiagnosticLevel.Error, Syntax,
        "Expression nested too deeply", "表达式嵌套过深：括号与调用至多同时打开 {0} 层，整个表达式（括号、调用、非、负号和连写的运算各算一层）至多 {1} 层（expression nested too deeply or chained too long）");

    public static readonly DiagnosticDescriptorInfo UnknownMember = new("CG1001", DiagnosticLevel.Error, Binding,
        "Unknown field", "未知字段“{0}”{1}（unknown field '{0}'）");

    public static readonly DiagnosticDescriptorInfo TypeMismatch = new("CG1002", DiagnosticLevel.Error, Binding,
        "Type mismatch", "类型不匹配：{0}（type mismatch）");

    public static readonly DiagnosticDescriptorInfo CollectionOutsideLoop = new("CG1003", DiagnosticLevel.Error, Binding,
        "Path into a collection outside a loop", "“{0}”经过集合“{1}”：请用“对每个 … 属于 {1}”（for each）或合计/计数/任一/全部（path into a collection outside 'for each' or an aggregate）");

    public static readonly DiagnosticDescriptorInfo NotACollection = new("CG1004", DiagnosticLevel.Error, Binding,
        "Not a collection", "“{0}”不是集合，不能逐项检查（'{0}' is not a collection）");

    public static readonly DiagnosticDescriptorInfo NotDeclarable = new("CG1005", DiagnosticLevel.Error, Binding,
        "Not declarable", "“{0}”没有“已公开”的含义：只有可声明为“无”的事项（如三公经费各项）可以用 is declared / 已公开（'{0}' cannot be declared）");

    public static readonly DiagnosticDescriptorInfo NotBoolean = new("CG1006", DiagnosticLevel.Error, Binding,
        "Condition is not true/false", "{0}须为条件（真/假），实际为{1}（a condition must be true or false）");

    public static readonly DiagnosticDescriptorInfo DuplicateVariable = new("CG1007", DiagnosticLevel.Error, Binding,
        "Variable already defined", "变量“{0}”已定义（variable '{0}' is already defined）");

    public static readonly DiagnosticDescriptorInfo NameTooLong = new("CG1008", DiagnosticLevel.Error, Binding,
        "Name too long", "名称过长：{0} 个字符，至多 {1} 个（name too long）");

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
        UnknownMember, TypeMismatch, CollectionOutsideLoop, NotACollection, NotDeclarable, NotBoolean, DuplicateVariable, NameTooLong,
        DuplicateRuleId, MissingSeverity, MissingRequire, RepeatedClause, InvalidRuleId, MissingExample, NoReportModel,
        InvalidYears, MissingCitation, InternalError, GeneratedCodeDoesNotCompile,
    };
}
