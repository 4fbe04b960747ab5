using System;
using System.IO;

namespace ComplianceGen.Reader.Documents;

/// <summary>
/// Refuses what is not a regular file of a sane size before reading it, so memory and time stay
/// bounded whatever a path names. Symbolic links are followed to their final target, which must
/// be a regular file within the limit: a link to a 200 MB file or to <c>/dev/zero</c> is refused
/// like the file itself, a link loop or a broken link by name. A device, FIFO or socket is refused
/// by what it is (<see cref="SpecialFiles"/>), without being opened: opening a FIFO would wait for
/// a writer forever.
/// </summary>
public static class FileLimits
{
    /// <summary>Refuses a document whose text has more than <see cref="ReaderOptions.MaxTextCharacters"/> characters.</summary>
    public static void CheckTextLength(string path, long characters, ReaderOptions options)
    {
        if (characters > options.MaxTextCharacters)
            throw new DocumentReadException(ReadFailure.TooLarge, path,
                string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"the text is {characters:N0} characters, over the limit of {options.MaxTextCharacters:N0} for one document"));
    }

    public static long CheckedLength(string path, ReaderOptions options) => RegularFile(path, options.MaxFileBytes).Length;

    /// <summary>
    /// The regular file <paramref name="path"/> names, after following links; a <see cref="DocumentReadException"/>
    /// otherwise. An empty file is refused too unless <paramref name="allowEmpty"/> (an empty rule file is only a warning).
    /// </summary>
    public static FileInfo RegularFile(string path, long maxBytes, bool allowEmpty = false)
    {
        FileInfo info;
        try
        {
            if (path.IndexOf('\uFFFD') >= 0 && !File.Exists(path) && !Directory.Exists(path))
                throw new DocumentReadException(ReadFailure.Unreadable, path, "the file name is not valid UTF-8, so it cannot be opened; rename it");
            info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                FileSystemInfo? target;
                try
                {
                    target = info.ResolveLinkTarget(returnFinalTarget: true);
                }
                catch (IOException e)
                {
                    throw new DocumentReadException(ReadFailure.Unreadable, path, "the symbolic link cannot be followed (a loop of links?): " + e.Message, e);
                }
                if (target is null || !(File.Exists(target.FullName) || Directory.Exists(target.FullName)))
                    throw new DocumentReadException(ReadFailure.Unreadable, path, $"the symbolic link is broken: {info.LinkTarget} does not exist");
                info = new FileInfo(target.FullName);
            }
            if (Directory.Exists(info.FullName)) throw new DocumentReadException(ReadFailure.Unreadable, path, "it is a folder, not a file");
            if (!info.Exists) throw new DocumentReadException(ReadFailure.Unreadable, path, "the file does not exist");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new DocumentReadException(ReadFailure.Unreadable, path, "the file cannot be opened: " + e.Message, e);
        }
        if (info.Length > maxBytes)
            throw new DocumentReadException(ReadFailure.TooLarge, path,
                $"the file is {info.Length / (1024 * 1024)} MB, over the {maxBytes / (1024 * 1024)} MB limit");
        if (info.Length == 0)
        {
            // Devices, FIFOs and sockets have no length either.
            if (SpecialFiles.KindOf(info.FullName) is { } special)
                throw new DocumentReadException(ReadFailure.Unreadable, path, $"it is {special}, not a regular file");
            if (!allowEmpty) throw new DocumentReadException(ReadFailure.Empty, path, "the file is empty");
        }
        return info;
    }

    public static byte[] ReadAllBytesBounded(string path, ReaderOptions options) => ReadBounded(path, options.MaxFileBytes);

    /// <summary>
    /// The bytes of the regular file <paramref name="path"/> names, at most the length it had when
    /// checked: the file is read through its resolved target, and a file that grew (or was swapped
    /// for a device) since cannot make the read any longer.
    /// </summary>
    public static byte[] ReadBounded(string path, long maxBytes, bool allowEmpty = false)
    {
        var file = RegularFile(path, maxBytes, allowEmpty);
        // Not even opened: should the file kind be unknown here, an empty-looking FIFO cannot block.
        if (file.Length == 0) return Array.Empty<byte>();
        var bytes = new byte[file.Length];
        int total = ReadInto(file, path, bytes);
        return total == bytes.Length ? bytes : bytes.AsSpan(0, total).ToArray();
    }

    /// <summary>
    /// As <see cref="ReadBounded"/>, into a buffer from <see cref="System.Buffers.ArrayPool{T}.Shared"/> that the caller
    /// returns: a text document's bytes are only decoded, and a large array per document would be garbage at once.
    /// </summary>
    public static (byte[] Buffer, int Length) RentBounded(string path, ReaderOptions options)
    {
        var file = RegularFile(path, options.MaxFileBytes);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent((int)file.Length);
        try
        {
            return (buffer, ReadInto(file, path, buffer.AsSpan(0, (int)file.Length)));
        }
        catch
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static int ReadInto(FileInfo file, string path, Span<byte> bytes)
    {
        try
        {
            // No stream buffer (bufferSize 0): the bytes go straight into the array, which is the only buffer needed.
            using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 0, FileOptions.SequentialScan);
            int total = 0, read;
            while (total < bytes.Length && (read = stream.Read(bytes[total..])) > 0) total += read;
            return total;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(ReadFailure.Unreadable, path, "the file cannot be read: " + e.Message, e);
        }
    }
}
