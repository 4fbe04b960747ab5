namespace ComplianceGen.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var console = CliConsole.System();
        try
        {
            return CliApp.Run(args, console);
        }
        finally
        {
            console.Out.Flush();
            console.Error.Flush();
        }
    }
}
