using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ComplianceGen.Cli.Batch;

/// <summary>
/// Turns the command-line inputs into the list of documents to check: files as named, folders
/// searched recursively for .txt, .docx and .pdf; sorted by path so output order never depends
/// on the file system; paths that do not exist are reported separately.
/// </summary>
public static class FileDiscovery
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".docx", ".pdf" };

    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Discover(IEnumerable<string> inputs)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.None };
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                files.Add(Display(input));
            }
            else if (Directory.Exists(input))
            {
                foreach (var file in Directory.EnumerateFiles(input, "*", options))
                {
                    if (Extensions.Contains(Path.GetExtension(file))) files.Add(Display(file));
                }
            }
            else
            {
                missing.Add(input);
            }
        }
        return (files.ToList(), missing);
    }

    /// <summary>Forward slashes, so reports read the same on every system.</summary>
    private static string Display(string path) => path.Replace('\\', '/');
}
