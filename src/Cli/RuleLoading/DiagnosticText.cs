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
            _ when diagnostic.Id is "CS8784" or "CS8785" => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        // First line only: generator crash messages carry a stack trace.
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture).Split('\n')[0].TrimEnd();
        if (diagnostic.Location == Location.None || !diagnostic.Location.GetLineSpan().IsValid)
            return $"{severity} {diagnostic.Id}: {message}";
        var span = diagnostic.Location.GetLineSpan();
        string path = span.Path;
        if (Path.IsPathRooted(path))
        {
            string relative = Path.GetRelativePath(baseDirectory, path);
            if (!relative.StartsWith("..", StringComparison.Ordinal)) path = relative;
        }
        path = Inputs.FolderWalker.Display(path);
        return string.Create(CultureInfo.InvariantCulture,
            $"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}: {message}");
    }
}
