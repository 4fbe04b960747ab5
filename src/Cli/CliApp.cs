using System;
using System.CommandLine;
using ComplianceGen.Cli.Commands;

namespace ComplianceGen.Cli;

/// <summary>
/// Builds the command tree and runs one command line. Program and the end-to-end tests both
/// come through here, so the tests exercise exactly what a user runs.
/// </summary>
public static class CliApp
{
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("ComplianceGen: checks departmental budget and final-account disclosures against rules.");
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(RulesCommand.Create(console));
        root.Subcommands.Add(ExtractCommand.Create(console));
        root.Subcommands.Add(BenchCorpusCommand.Create(console));
        root.Subcommands.Add(SurveyCommand.Create(console));
        root.Subcommands.Add(Fuzzing.FuzzCommand.Create(console));

        var parse = root.Parse(args);
        // System.CommandLine reports parse errors with exit code 1, which the contract reserves
        // for findings; usage errors are 2.
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) console.Error.WriteLine("compliance: " + error.Message);
            console.Error.WriteLine("Run 'compliance --help' for usage.");
            return ExitCodes.UsageOrInputError;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliUsageException e)
        {
            console.Error.WriteLine("compliance: " + e.Message);
            return ExitCodes.UsageOrInputError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Still one line and a documented exit code, never a crash dump on the user's terminal.
            console.Error.WriteLine($"compliance: internal error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.UsageOrInputError;
        }
    }
}

/// <summary>A usage or input problem detected inside a command: printed as one line, exit 2.</summary>
public sealed class CliUsageException : Exception
{
    public CliUsageException(string message, Exception? inner = null) : base(message, inner) { }
}
