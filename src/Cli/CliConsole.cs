using System;
using System.IO;
using System.Text;

namespace ComplianceGen.Cli;

/// <summary>
/// The streams a command writes to, and whether each is a terminal. Colour and the progress
/// bar depend on the latter, so tests (which capture both streams) always get plain text.
/// </summary>
public sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, bool outputIsTerminal, bool errorIsTerminal)
    {
        Out = output;
        Error = error;
        OutputIsTerminal = outputIsTerminal;
        ErrorIsTerminal = errorIsTerminal;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public bool OutputIsTerminal { get; }

    public bool ErrorIsTerminal { get; }

    /// <summary>The process's own console, in UTF-8 so Chinese text survives a pipe.</summary>
    public static CliConsole System()
    {
        var utf8 = new UTF8Encoding(false);
        Console.OutputEncoding = utf8;
        var output = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16) { AutoFlush = false };
        var error = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        return new CliConsole(output, error, !Console.IsOutputRedirected, !Console.IsErrorRedirected);
    }

    public static CliConsole Captured(TextWriter output, TextWriter error) => new(output, error, false, false);
}
