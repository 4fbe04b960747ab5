using System;
using System.Globalization;
using System.Linq;
using ComplianceGen.Rules.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ComplianceGen.Cli.RuleLoading;

/// <summary>
/// A C# error in the generated code is a generator bug, not the rule author's mistake, and a
/// location in a .g.cs file means nothing to them. It is reported as CG9002 at the rule it was
/// generated from: the rule class around the error names its rule file and line in its
/// descriptor (<c>sourceFile:</c>, <c>sourceLine:</c>).
/// </summary>
internal static class GeneratedCodeErrors
{
    public static string Format(Diagnostic error)
    {
        string detail = error.Id + ": " + error.GetMessage(CultureInfo.InvariantCulture).Split('\n')[0].TrimEnd();
        string message = string.Format(CultureInfo.InvariantCulture, DiagnosticCatalog.GeneratedCodeDoesNotCompile.MessageFormat, detail);
        string prefix = $"error {DiagnosticCatalog.GeneratedCodeDoesNotCompile.Id}: ";
        var rule = SourceOf(error.Location);
        return rule is { } place
            ? string.Create(CultureInfo.InvariantCulture, $"{place.File}({place.Line},1): {prefix}{message}")
            : prefix + message;
    }

    /// <summary>The rule file and line of the rule whose class holds <paramref name="location"/>; the file's first rule when it lies outside every rule class.</summary>
    private static (string File, int Line)? SourceOf(Location location)
    {
        if (location.SourceTree is not { } tree) return null;
        var root = tree.GetRoot();
        var enclosing = root.FindToken(location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<ClassDeclarationSyntax>()
            .FirstOrDefault(c => c.Identifier.ValueText.StartsWith("Rule_", StringComparison.Ordinal));
        return Descriptor(enclosing) ?? root.DescendantNodes().OfType<ClassDeclarationSyntax>().Select(Descriptor).FirstOrDefault(d => d is not null);
    }

    private static (string File, int Line)? Descriptor(ClassDeclarationSyntax? rule)
    {
        if (rule is null) return null;
        var arguments = rule.DescendantNodes().OfType<ArgumentSyntax>().Where(a => a.NameColon is not null).ToList();
        var file = arguments.FirstOrDefault(a => a.NameColon!.Name.Identifier.ValueText == "sourceFile")?.Expression as LiteralExpressionSyntax;
        var line = arguments.FirstOrDefault(a => a.NameColon!.Name.Identifier.ValueText == "sourceLine")?.Expression as LiteralExpressionSyntax;
        if (file is null || !file.IsKind(SyntaxKind.StringLiteralExpression)) return null;
        return (file.Token.ValueText, line?.Token.Value is int number ? number : 1);
    }
}
