using System;
using Spectre.Console;

namespace ComplianceGen.Cli.Batch;

/// <summary>
/// Progress of a batch on stderr: a Spectre.Console bar when stderr is a terminal and the
/// report itself is not being printed to that terminal; otherwise nothing but the error lines.
/// </summary>
public interface IBatchProgress
{
    void Advance();

    /// <summary>A line for the user (an unreadable file), printed without disturbing the bar.</summary>
    void Line(string text);
}

public static class BatchProgress
{
    public static void Run(CliConsole console, bool showBar, int total, Action<IBatchProgress> body)
    {
        if (!showBar || total < 2)
        {
            body(new PlainProgress(console));
            return;
        }
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("checking documents", maxValue: total);
                body(new BarProgress(terminal, task));
            });
    }

    private sealed class PlainProgress : IBatchProgress
    {
        private readonly CliConsole _console;

        public PlainProgress(CliConsole console) => _console = console;

        public void Advance()
        {
        }

        public void Line(string text) => _console.Error.WriteLine(text);
    }

    private sealed class BarProgress : IBatchProgress
    {
        private readonly IAnsiConsole _terminal;
        private readonly ProgressTask _task;

        public BarProgress(IAnsiConsole terminal, ProgressTask task)
        {
            _terminal = terminal;
            _task = task;
        }

        public void Advance() => _task.Increment(1);

        public void Line(string text) => _terminal.WriteLine(text);
    }
}
