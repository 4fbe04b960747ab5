using System;
using System.Collections.Generic;
using System.IO;

namespace ComplianceGen.Cli.Inputs;

/// <summary>An input that cannot be used, and why: a short machine-readable reason and a one-line message naming it.</summary>
public sealed record InputProblem(string Path, string Reason, string Message);

/// <summary>
/// Lists the files below a folder without recursion and without following links to folders, so
/// no folder structure (a link to <c>..</c>, a link to itself, a link to <c>/</c>) can make the walk
/// endless or leave the folder. A link to a folder, or a folder that cannot be read, is reported
/// by name rather than skipped in silence. Links to files are listed like files: what they point
/// to is checked when they are read.
/// </summary>
internal static class FolderWalker
{
    public static void Walk(string root, Func<string, bool> wanted, ICollection<string> files, ICollection<InputProblem> problems)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = false,
            AttributesToSkip = FileAttributes.None,
            ReturnSpecialDirectories = false,
        };
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            string folder = pending.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = new List<FileSystemInfo>(new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                problems.Add(new InputProblem(Display(folder), "unreadable-folder", $"{Display(folder)}: the folder cannot be read: {e.Message}"));
                continue;
            }
            entries.Sort((a, b) => string.CompareOrdinal(b.Name, a.Name));
            foreach (var entry in entries)
            {
                string path = Path.Combine(folder, entry.Name);
                bool isLink = entry.LinkTarget is not null;
                if (isLink && Directory.Exists(path))
                    problems.Add(new InputProblem(Display(path), "link-to-folder",
                        $"{Display(path)}: a symbolic link to a folder is not followed; name the folder itself to check it"));
                else if (!isLink && entry is DirectoryInfo)
                    pending.Push(path);
                else if (wanted(entry.Name))
                    files.Add(Display(path));
            }
        }
    }

    /// <summary>Whether <paramref name="path"/> names a file, or a link of any kind (followed or not later).</summary>
    public static bool IsFileOrLink(string path)
    {
        try
        {
            return File.Exists(path) || new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>The problem of a path that names nothing; a name that is not valid UTF-8 is said to be that.</summary>
    public static InputProblem Missing(string path) =>
        new(Display(path), "missing", path.IndexOf('\uFFFD') >= 0
            ? $"{Display(path)}: no such file or folder (the name is not valid UTF-8, so it cannot be opened; rename it)"
            : $"{Display(path)}: no such file or folder");

    /// <summary>
    /// Forward slashes on Windows, so reports read the same on every system. Elsewhere a backslash
    /// is a character of a file name, and replacing it would name a file that does not exist.
    /// </summary>
    public static string Display(string path) => Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;
}
