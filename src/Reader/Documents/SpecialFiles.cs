using System;
using System.Runtime.InteropServices;

namespace ComplianceGen.Reader.Documents;

/// <summary>
/// Tells a device, FIFO or socket from an empty file without opening it (opening a FIFO waits
/// for a writer). .NET reports all of them as files of length 0; the file type comes from the
/// runtime's own stat shim (System.Native, shipped with every .NET on Linux and macOS), whose
/// status begins with two 32-bit fields, flags and mode.
/// </summary>
internal static class SpecialFiles
{
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Stat(string path, byte[] status);

    /// <summary>"a FIFO", "a character device", "a block device", "a socket"; null for anything else, or when it cannot be told.</summary>
    public static string? KindOf(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        try
        {
            // Larger than the shim's FileStatus, whatever fields a runtime adds at its end.
            var status = new byte[512];
            if (Stat(path, status) != 0) return null;
            return (BitConverter.ToInt32(status, 4) & 0xF000) switch
            {
                0x1000 => "a FIFO",
                0x2000 => "a character device",
                0x6000 => "a block device",
                0xC000 => "a socket",
                _ => null,
            };
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or ArgumentException)
        {
            return null;
        }
    }
}
