using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using ComplianceGen.Reader.Normalization;

namespace ComplianceGen.Reader.Decoding;

/// <summary>
/// Detects the encoding of a text document and decodes it. Order of evidence: a byte-order
/// mark; the zero-byte pattern of UTF-16 without a BOM; strict UTF-8; GB18030 (a superset of
/// GBK and GB2312, which is what Chinese government sites publish when not UTF-8). A file
/// whose lines disagree is decoded line by line, with a warning.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>GB18030 that decodes an invalid sequence as U+FFFD (the default fallback writes "?", which would pass for text).</summary>
    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFD"));

    private static Encoding StrictGb18030 => Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="DocumentReadException"/> for empty or binary input.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string path)
    {
        if (bytes.Length == 0) throw new DocumentReadException(ReadFailure.Empty, path, "the file is empty");
        var warnings = new List<ReaderWarning>();

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return Checked(DecodeUtf8Lenient(bytes[3..], warnings), "utf-8-bom", warnings, path);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return Checked(new UnicodeEncoding(false, false).GetString(bytes[2..]), "utf-16le", warnings, path);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Checked(new UnicodeEncoding(true, false).GetString(bytes[2..]), "utf-16be", warnings, path);

        string? utf16 = GuessUtf16WithoutBom(bytes);
        if (utf16 is not null)
        {
            var encoding = new UnicodeEncoding(utf16 == "utf-16be", false);
            warnings.Add(new ReaderWarning("R0101", $"no byte-order mark; decoded as {utf16} from the byte pattern"));
            return Checked(encoding.GetString(bytes), utf16, warnings, path);
        }

        if (LooksBinary(bytes)) throw new DocumentReadException(ReadFailure.Binary, path, "the file is binary, not text (control bytes found)");

        try
        {
            return Checked(StrictUtf8.GetString(bytes), "utf-8", warnings, path);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8 as a whole: decide per line, so a file pasted together from two sources still reads.
        }
        return DecodeByLine(bytes, warnings, path);
    }

    private static DecodedText DecodeByLine(ReadOnlySpan<byte> bytes, List<ReaderWarning> warnings, string path)
    {
        var text = new StringBuilder(bytes.Length);
        int utf8Lines = 0, gbLines = 0, badLines = 0, lineNumber = 0;
        int start = 0;
        while (start <= bytes.Length)
        {
            int rel = start < bytes.Length ? bytes[start..].IndexOf((byte)'\n') : -1;
            int end = rel < 0 ? bytes.Length : start + rel;
            var line = bytes[start..end];
            lineNumber++;
            bool hasHighBytes = line.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;
            if (!hasHighBytes)
            {
                text.Append(Encoding.ASCII.GetString(line));
            }
            else if (TryStrict(StrictUtf8, line, out string? asUtf8))
            {
                utf8Lines++;
                text.Append(asUtf8);
            }
            else if (TryStrict(StrictGb18030, line, out string? asGb))
            {
                gbLines++;
                text.Append(asGb);
            }
            else
            {
                badLines++;
                text.Append(Gb18030.GetString(line));
                warnings.Add(new ReaderWarning("R0103", "bytes that are neither UTF-8 nor GB18030; replaced with U+FFFD", lineNumber));
            }
            if (rel < 0) break;
            text.Append('\n');
            start = end + 1;
        }
        string name;
        if (utf8Lines > 0 && gbLines > 0)
        {
            name = "mixed(utf-8+gb18030)";
            warnings.Add(new ReaderWarning("R0102", $"mixed encodings: {utf8Lines} lines UTF-8, {gbLines} lines GB18030; decoded line by line"));
        }
        else name = "gb18030";
        return Checked(text.ToString(), name, warnings, path);
    }

    private static bool TryStrict(Encoding encoding, ReadOnlySpan<byte> bytes, out string? text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = null;
            return false;
        }
    }

    private static string DecodeUtf8Lenient(ReadOnlySpan<byte> bytes, List<ReaderWarning> warnings)
    {
        if (TryStrict(StrictUtf8, bytes, out string? text)) return text!;
        warnings.Add(new ReaderWarning("R0103", "invalid UTF-8 sequences after a UTF-8 byte-order mark; replaced with U+FFFD"));
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>
    /// UTF-16 without a BOM: ASCII text has a zero in every other byte; Chinese text has its
    /// high bytes in 0x4E–0x9F (CJK ideographs) or 0x30/0xFF (punctuation) on one parity.
    /// </summary>
    private static string? GuessUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return null;
        int sample = Math.Min(bytes.Length, 64 * 1024) & ~1;
        // Valid UTF-8 without a zero byte is never taken for UTF-16 (both tests below require the opposite): most
        // files are, and are let go without counting their bytes.
        if (ValidUtf8(bytes[..sample])) return null;
        int evenZero = 0, oddZero = 0, evenCjk = 0, oddCjk = 0;
        for (int i = 0; i < sample; i += 2)
        {
            byte a = bytes[i], b = bytes[i + 1];
            if (a == 0) evenZero++;
            if (b == 0) oddZero++;
            if (IsUtf16HighByte(a)) evenCjk++;
            if (IsUtf16HighByte(b)) oddCjk++;
        }
        int units = sample / 2;
        // A high byte is either 0 (ASCII) or a CJK/punctuation block byte on the same parity.
        double le = (oddZero + oddCjk) / (double)units, be = (evenZero + evenCjk) / (double)units;
        bool zeroEvidence = oddZero + evenZero > units / 10;
        if (le > 0.95 && be < 0.6 && (zeroEvidence || oddCjk > units / 2)) return "utf-16le";
        if (be > 0.95 && le < 0.6 && (zeroEvidence || evenCjk > units / 2)) return "utf-16be";
        return null;
    }

    private static bool IsUtf16HighByte(byte b) => (b >= 0x4E && b <= 0x9F) || b == 0x30 || b == 0xFF || b == 0x20 || b == 0x00;

    private static bool ValidUtf8(ReadOnlySpan<byte> bytes)
    {
        // The sample may cut a sequence at its end; trim up to three trailing bytes before checking.
        for (int trim = 0; trim < 4 && trim < bytes.Length; trim++)
            if (System.Text.Unicode.Utf8.IsValid(bytes[..^trim])) return !bytes.Contains((byte)0);
        return false;
    }

    /// <summary>NUL or other C0 control bytes (other than tab, CR, LF, FF, ESC) in more than 1% of the first 8 KB.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        int sample = Math.Min(bytes.Length, 8192), control = 0;
        for (int i = 0; i < sample; i++)
        {
            byte b = bytes[i];
            if (b == 0) return true;
            if (b < 0x20 && b != 9 && b != 10 && b != 13 && b != 12 && b != 27) control++;
        }
        return control > sample / 100;
    }

    /// <summary>
    /// Refuses text that is empty, or that is not text at all: more than a quarter of its visible
    /// characters undecodable (U+FFFD), private-use, unassigned or control characters. Whatever
    /// encoding was chosen, such a file would be "checked" as a document saying nothing.
    /// </summary>
    private static DecodedText Checked(string text, string name, List<ReaderWarning> warnings, string path)
    {
        if (WhiteSpace.IsBlank(text))
            throw new DocumentReadException(ReadFailure.Empty, path, "the file holds no text");
        int visible = 0, unprintable = 0;
        for (int i = 0; i < text.Length;)
        {
            // Most of a document is printable ASCII, Chinese characters and their punctuation, spaces and line feeds: a
            // block of them is counted at once, and the block that stops it is looked at character by character.
            i += PlainRun(text.AsSpan(i), out int plain);
            visible += plain;
            for (int stop = Math.Min(text.Length, i + Vector256<ushort>.Count); i < stop; i++)
            {
                char c = text[i];
                if (IsPlain(c))
                {
                    visible++;
                    continue;
                }
                if (WhiteSpace.Is(c)) continue;
                visible++;
                if (IsUnprintable(text, i)) unprintable++;
            }
        }
        if (unprintable > visible / 4)
            throw new DocumentReadException(ReadFailure.Binary, path,
                $"not text: {unprintable} of {visible} characters are undecodable or unprintable as {name}");
        return new DecodedText(text, name, warnings);
    }

    /// <summary>
    /// Printable ASCII (U+0021–U+007E), dashes, quotes and the ellipsis (U+2010–U+2027), CJK symbols and punctuation after
    /// the ideographic space (U+3001–U+303F), Chinese characters (U+4E00–U+9FEF) and the full-width forms of ASCII
    /// (U+FF01–U+FF5E): every one assigned, none a control, none white space.
    /// </summary>
    private static bool IsPlain(char c) =>
        (uint)(c - 0x21) <= 0x7E - 0x21 || (uint)(c - 0x4E00) <= 0x9FEF - 0x4E00 || (uint)(c - 0x3001) <= 0x303F - 0x3001 ||
        (uint)(c - 0xFF01) <= 0xFF5E - 0xFF01 || (uint)(c - 0x2010) <= 0x2027 - 0x2010;

    /// <summary>
    /// How many characters at the start of <paramref name="text"/> are <see cref="IsPlain"/>, spaces or line feeds (the
    /// white space of most lines), 16 at a time; <paramref name="visible"/> counts the plain ones among them.
    /// </summary>
    private static int PlainRun(ReadOnlySpan<char> text, out int visible)
    {
        int n = 0;
        visible = 0;
        if (!Vector256.IsHardwareAccelerated) return 0;
        var units = MemoryMarshal.Cast<char, ushort>(text);
        for (; n + Vector256<ushort>.Count <= units.Length; n += Vector256<ushort>.Count)
        {
            var v = Vector256.Create(units.Slice(n, Vector256<ushort>.Count));
            // Unsigned: a character below a range's start wraps round to a large difference.
            var plain = Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x21), Vector256.Create((ushort)(0x7E - 0x21)))
                        | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x4E00), Vector256.Create((ushort)(0x9FEF - 0x4E00)))
                        | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x3001), Vector256.Create((ushort)(0x303F - 0x3001)))
                        | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0xFF01), Vector256.Create((ushort)(0xFF5E - 0xFF01)))
                        | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x2010), Vector256.Create((ushort)(0x2027 - 0x2010)));
            var blank = Vector256.Equals(v, Vector256.Create((ushort)' ')) | Vector256.Equals(v, Vector256.Create((ushort)'\n'));
            if ((plain | blank) != Vector256<ushort>.AllBitsSet) break;
            visible += BitOperations.PopCount(Vector256.ExtractMostSignificantBits(plain));
        }
        return n;
    }

    private static bool IsUnprintable(string text, int index)
    {
        char c = text[index];
        if (c == '\uFFFD') return true;
        if (char.IsHighSurrogate(c)) return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        if (char.IsLowSurrogate(c)) return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
    }
}
