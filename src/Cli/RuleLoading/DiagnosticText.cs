using System;
using System.Globalization;
using System.IO;
using Microsoft.CodeAnalysis;

namespace ComplianceGen.Cli.RuleLoading;

/// <summary>Formats a diagnostic the way a build prints it: <c>file(line,col): error CG0101: message</c>.</summary>
internal static class DiagnosticText
{
    public static string Format(Diagnostic diagnostic, string baseDirectory)
    {
        string severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (diagnostic.Location == Location.None || !diagnostic.Location.GetLineSpan().IsValid)
            return $"{severity} {diagnostic.Id}: {message}";
        var span = diagnostic.Location.GetLineSpan();
        string path = span.Path;
        if (Path.IsPathRooted(path))
        {
            string relative = Path.GetRelativePath(baseDirectory, path);
            if (!relative.StartsWith("..", StringComparison.Ordinal)) path = relative;
        }
        path = path.Replace('\\', '/');
        return string.Create(CultureInfo.InvariantCulture,
            $"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}: {message}");
    }
}
