using System;
using System.IO;

namespace ComplianceGen.Generator.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots (Verify is not served by the registry here). The approved text
/// lives in Baselines/; a mismatch writes a .received file beside it and fails. Run the tests
/// with UPDATE_BASELINES=1 to accept the current output.
/// </summary>
internal static class Baseline
{
    private static string Folder => Path.Combine(Paths.RepositoryRoot, "tests", "ComplianceGen.Generator.Tests", "Baselines");

    public static void Verify(string name, string actual)
    {
        actual = actual.Replace("\r\n", "\n");
        string approved = Path.Combine(Folder, name);
        string received = approved + ".received";
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(approved, actual);
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        if (!File.Exists(approved))
        {
            File.WriteAllText(received, actual);
            Assert.Fail($"No approved baseline {approved}. Review {received} and run the tests with UPDATE_BASELINES=1 to accept it.");
        }
        string expected = File.ReadAllText(approved).Replace("\r\n", "\n");
        if (expected != actual)
        {
            File.WriteAllText(received, actual);
            Assert.Fail($"Generated code differs from {approved}; see {received} (diff them, then UPDATE_BASELINES=1 to accept).");
        }
        if (File.Exists(received)) File.Delete(received);
    }
}
