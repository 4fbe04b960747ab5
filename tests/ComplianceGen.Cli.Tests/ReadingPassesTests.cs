using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ComplianceGen.Cli.Tests.Infrastructure;
using Xunit;

namespace ComplianceGen.Cli.Tests;

/// <summary><c>survey --passes N</c> times N readings of the same documents in one process, the first apart from the rest.</summary>
public sealed class ReadingPassesTests
{
    [Fact]
    public void Each_pass_is_timed_and_the_compiled_passes_are_summed_up()
    {
        var run = Tool.Run("survey", "--passes", "3", "--workers", "1", Path.Combine(Repo.Root, "seeds"));
        Assert.Equal(0, run.Exit);
        Assert.Contains("over 3 passes of the same 5 document(s), 1 worker(s), in MB/s (10⁶ bytes)", run.Out);
        // One row per pass, each with its wall time and the text documents' speed.
        var rows = run.Out.Split('\n').Where(l => Regex.IsMatch(l, @"^\s+[123]\s+\d+\.\d\d\s+\d+\.\d\s+\d+\.\d\s+\d+\.\d\s*$")).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Matches(@"compiled \(median of passes 2–3\): \d+\.\d MB/s wall; txt: \d+\.\d MB/s, \d+\.\d documents/s per worker; best pass \d+\.\d MB/s wall", run.Out);
        // The fire rates are those of one reading, not three.
        Assert.Contains("of 5", run.Out);
    }

    [Fact]
    public void One_pass_prints_no_pass_table()
    {
        var run = Tool.Run("survey", Path.Combine(Repo.Root, "seeds"));
        Assert.Equal(0, run.Exit);
        Assert.DoesNotContain("passes of the same", run.Out);
    }
}

/// <summary>The run-time settings a batch is measured with (docs/benchmarks.md, "Reading speed on the corpus's text") ship with the tool.</summary>
public sealed class RuntimeSettingsTests
{
    [Theory]
    [InlineData("System.GC.Server", "true")]
    [InlineData("System.GC.HeapCount", "1")]
    [InlineData("System.GC.NoAffinitize", "true")]
    [InlineData("System.GC.DynamicAdaptationMode", "0")]
    [InlineData("System.Runtime.TieredPGO", "false")]
    [InlineData("System.Runtime.TieredCompilation.CallCountingDelayMs", "0")]
    public void The_tools_runtime_configuration_sets(string name, string value)
    {
        string file = Path.Combine(Path.GetDirectoryName(typeof(ComplianceGen.Cli.Survey.ReadingPasses).Assembly.Location)!, "compliance.runtimeconfig.json");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
        var properties = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.True(properties.TryGetProperty(name, out var actual), $"{name} is not set in {file}");
        Assert.Equal(value, actual.ToString().ToLowerInvariant());
    }

    /// <summary>
    /// The collector of one young segment (libclrgc) is named where the runtime ships it, and only there: a runtime told
    /// to load a collector it does not have does not start.
    /// </summary>
    [Fact]
    public void The_tool_collects_with_the_segments_collector_where_the_runtime_has_it()
    {
        string file = Path.Combine(Path.GetDirectoryName(typeof(ComplianceGen.Cli.Survey.ReadingPasses).Assembly.Location)!, "compliance.runtimeconfig.json");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
        var properties = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        string runtime = System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory();
        string? shipped = new[] { "libclrgc.so", "clrgc.dll", "libclrgc.dylib" }.FirstOrDefault(name => File.Exists(Path.Combine(runtime, name)));
        if (shipped is null) Assert.False(properties.TryGetProperty("System.GC.Name", out _), $"{file} names a collector that {runtime} lacks");
        else
        {
            Assert.True(properties.TryGetProperty("System.GC.Name", out var name), $"{file} names no collector, though {runtime} ships {shipped}");
            Assert.Equal(shipped, name.GetString());
            // And the tool starts with it.
            var run = Tool.Run("check", Path.Combine(Repo.Root, "seeds", "004_46299f20e59ba5a8.txt"));
            Assert.True(run.Exit is 0 or 1, run.ToString());
        }
    }

    [Theory]
    [InlineData(new[] { 1.0, 3.0 }, 2.0)]
    [InlineData(new[] { 9.0, 1.0, 2.0 }, 2.0)]
    [InlineData(new[] { 4.0, 1.0, 3.0, 2.0 }, 2.5)]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two(double[] values, double median) =>
        Assert.Equal(median, ComplianceGen.Cli.Survey.ReadingPasses.Median(values));
}

/// <summary>
/// A Release build on x64 Linux compiles the tool's own assemblies ahead of time (src/Cli/ReadyToRun.targets): a run
/// starts in compiled code instead of waiting for the JIT. Checked on the assemblies beside the tool as built.
/// </summary>
public sealed class ReadyToRunTests
{
    [ReadyToRunTheory]
    [InlineData("compliance.dll")]
    [InlineData("ComplianceGen.Reader.dll")]
    [InlineData("ComplianceGen.Runtime.dll")]
    [InlineData("System.CommandLine.dll")]
    public void The_tools_assemblies_carry_ahead_of_time_code(string assembly)
    {
        string file = Path.Combine(ReadyToRunTheoryAttribute.ToolFolder, assembly);
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(file));
        // A ReadyToRun image points its CLI header's managed-native header at its native code; an IL-only assembly has none.
        Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{file} holds IL only");
    }
}

/// <summary>Skipped, with the reason, where the build does not compile ahead of time: a Debug build, or another platform than x64 Linux.</summary>
public sealed class ReadyToRunTheoryAttribute : TheoryAttribute
{
    /// <summary>The tool as src/Cli builds it, in the configuration these tests were built in.</summary>
    public static string ToolFolder =>
        Path.Combine(Repo.Root, "src", "Cli", "bin", Configuration, "net10.0");

    private static string Configuration =>
        typeof(ReadyToRunTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false) is [System.Reflection.AssemblyConfigurationAttribute a] ? a.Configuration : "";

    public ReadyToRunTheoryAttribute()
    {
        if (Configuration != "Release") Skip = $"ahead-of-time code is made by Release builds only (this is {Configuration})";
        else if (!System.OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.OSArchitecture != System.Runtime.InteropServices.Architecture.X64)
            Skip = "ahead-of-time code is made on x64 Linux only";
    }
}
