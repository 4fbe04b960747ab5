using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ComplianceGen.Cli.Inputs;

namespace ComplianceGen.Cli.Batch;

/// <summary>
/// Turns the command-line inputs into the list of documents to check: files as named, folders
/// searched (<see cref="FolderWalker"/>) for documents by name: .txt, .docx, .pdf, web pages as sites save them
/// (.html, .htm, .shtml, .shtm, .xhtml, .jsp, .asp, .aspx, .php; the reader tells them by content) and Word's older
/// .doc and .wps, which the reader refuses with one clear line rather than the walk passing them in silence. Sorted by
/// path so output order never depends on the file system. Every input that cannot be used — a path that does not
/// exist, a folder that cannot be read, a link to a folder — is a problem named in the report.
/// </summary>
public static class FileDiscovery
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".docx", ".pdf", ".html", ".htm", ".shtml", ".shtm", ".xhtml", ".jsp", ".asp", ".aspx", ".php", ".doc", ".wps",
    };

    public static (IReadOnlyList<string> Files, IReadOnlyList<InputProblem> Problems) Discover(IEnumerable<string> inputs)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var problems = new List<InputProblem>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
                FolderWalker.Walk(input, name => Extensions.Contains(Path.GetExtension(name)), files, problems);
            else if (FolderWalker.IsFileOrLink(input))
                // Named as a file (or a link, perhaps broken): the reader says what is wrong with it.
                files.Add(FolderWalker.Display(input));
            else
                problems.Add(FolderWalker.Missing(input));
        }
        return (files.ToList(), problems);
    }
}
