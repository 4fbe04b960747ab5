using System;
using System.CommandLine;
using ComplianceGen.Reader;
using ComplianceGen.Reader.Output;
using ComplianceGen.Cli.Reporting;

namespace ComplianceGen.Cli.Commands;

/// <summary>
/// <c>compliance extract FILE… [--format json|text|lines]</c>: dumps the model the reader built, with
/// evidence, so a reviewer can see what the tool believed. JSON is an array, one object per file;
/// <c>lines</c> prints the text the reader read, each line with its page and number, which is what
/// evidence line numbers refer to (for a PDF, the page as rendered from its word boxes); <c>tables</c>
/// prints each table as the reader understood it: its kind, its columns by header and its rows.
/// </summary>
public static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("files") { Description = "Documents to read", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "json, text, lines (the text the reader read, with page and line numbers) or tables (each table by column header)", DefaultValueFactory = _ => "json" };
        var command = new Command("extract", "Show the facts the reader extracted from documents") { files, format };
        command.SetAction(parse => Run(console, parse.GetValue(files) ?? Array.Empty<string>(), parse.GetValue(format)));
        return command;
    }

    public static int Run(CliConsole console, string[] files, string? format)
    {
        string kind = (format ?? "json").Trim().ToLowerInvariant();
        if (kind is not ("json" or "text" or "lines" or "tables")) throw new CliUsageException($"unknown --format '{format}': expected json, text, lines or tables");
        int exit = ExitCodes.Ok;
        bool json = kind == "json";
        if (json) console.Out.Write("[");
        bool first = true;
        foreach (var file in files)
        {
            ReadResult read;
            try
            {
                read = DocumentReader.Read(file);
            }
            catch (DocumentReadException e)
            {
                console.Error.WriteLine("compliance: " + e.Message);
                exit = ExitCodes.UsageOrInputError;
                continue;
            }
            catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"compliance: {file}: {e.Message}");
                exit = ExitCodes.UsageOrInputError;
                continue;
            }
            if (json)
            {
                console.Out.Write(first ? "\n" : ",\n");
                JsonFragments.Write(console.Out, w => ReportJson.Write(read.Report, read, w), indent: 0);
            }
            else if (kind == "lines")
            {
                console.Out.WriteLine("== " + file);
                for (int i = 0; i < read.Lines.Count; i++)
                {
                    int page = i < read.LinePages.Count ? read.LinePages[i] : 0;
                    console.Out.WriteLine(page > 0 ? $"p{page}\t{i + 1}\t{read.Lines[i]}" : $"\t{i + 1}\t{read.Lines[i]}");
                }
            }
            else if (kind == "tables")
            {
                console.Out.WriteLine("== " + file);
                TableText.Write(read.Report, console.Out);
            }
            else
            {
                ReportText.Write(read.Report, console.Out, read);
            }
            first = false;
        }
        if (json) console.Out.WriteLine(first ? "]" : "\n]");
        return exit;
    }
}
