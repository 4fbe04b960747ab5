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
        Assert.Contains("over 3 passes of the same 5 document(s), 1 worker(s)", run.Out);
        // One row per pass, each with its wall time and the text documents' speed.
        var rows = run.Out.Split('\n').Where(l => Regex.IsMatch(l, @"^\s+[123]\s+\d+\.\d\d\s+\d+\.\d\s+\d+\.\d\s+\d+\.\d\s*$")).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Matches(@"compiled \(median of passes 2–3\): \d+\.\d MB/s wall; txt: \d+\.\d MB/s", run.Out);
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
