using System;
using System.IO;

namespace ComplianceGen.Reader.Documents;

/// <summary>Refuses oversized files before reading them, so memory stays bounded whatever the input.</summary>
public static class FileLimits
{
    public static long CheckedLength(string path, ReaderOptions options)
    {
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists) throw new DocumentReadException(ReadFailure.Unreadable, path, "the file does not exist");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new DocumentReadException(ReadFailure.Unreadable, path, "the file cannot be opened: " + e.Message, e);
        }
        if (info.Length > options.MaxFileBytes)
            throw new DocumentReadException(ReadFailure.TooLarge, path,
                $"the file is {info.Length / (1024 * 1024)} MB, over the {options.MaxFileBytes / (1024 * 1024)} MB limit");
        if (info.Length == 0) throw new DocumentReadException(ReadFailure.Empty, path, "the file is empty");
        return info.Length;
    }

    public static byte[] ReadAllBytesBounded(string path, ReaderOptions options)
    {
        CheckedLength(path, options);
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(ReadFailure.Unreadable, path, "the file cannot be read: " + e.Message, e);
        }
    }
}
