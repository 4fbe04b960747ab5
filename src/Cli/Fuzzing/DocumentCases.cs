using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace ComplianceGen.Cli.Fuzzing;

/// <summary>One generated input: its path, what kind of trouble it is, and whether the tool must refuse it (null: either is right).</summary>
public sealed record DocumentCase(string Path, string Kind, bool? MustBeRefused);

/// <summary>
/// Makes a folder of hostile and ordinary inputs, the same for the same seed: .docx nested deeply
/// (content controls, tables, unknown elements) and corrupted, binary and unprintable text, random
/// PDFs, links to big files, to /dev/zero, to folders, in loops and broken, FIFOs, and a few good
/// documents so a batch has something to check.
/// </summary>
public static class DocumentCases
{
    public const string GoodText = """
        某区科学技术协会2024年部门预算编制说明
        （一）收入预算情况。区科协2024年收入预算62.7万元，其中：一般公共预算拨款收入61.7万元，占98%；事业收入1万元，占2%。
        （二）支出预算情况。区科协2024年支出预算62.7万元，其中：基本支出61.2万元，占98%；项目支出1.5万元，占2%。
        """;

    public static readonly string[] Kinds =
    {
        "good-text", "good-docx", "nested-sdt", "nested-table", "nested-unknown", "corrupt-docx", "garbage-in-zip", "binary-text",
        "ff-text", "private-use-text", "empty-text", "random-pdf", "link-to-big-file", "link-to-dev-zero", "link-loop", "broken-link",
        "link-to-folder", "fifo",
    };

    /// <summary>Makes <paramref name="count"/> inputs in <paramref name="folder"/> (which must be new), round-robin over <see cref="Kinds"/>.</summary>
    public static List<DocumentCase> Make(string folder, int seed, int count)
    {
        Directory.CreateDirectory(folder);
        // Targets of links live beside the inputs, under names the batch does not pick up.
        string big = Path.Combine(folder, "big-target.bin");
        using (var stream = File.Create(big)) stream.SetLength(200L * 1024 * 1024);
        var cases = new List<DocumentCase>();
        for (int i = 0; i < count; i++)
        {
            var random = new Random(unchecked(seed * 7919 + i));
            string kind = Kinds[i % Kinds.Length];
            string name = Path.Combine(folder, $"{i:D5}-{kind}");
            var made = Make(kind, name, random, big);
            if (made is not null) cases.Add(made);
        }
        return cases;
    }

    private static DocumentCase? Make(string kind, string name, Random random, string big)
    {
        int depth = random.Next(4) switch { 0 => random.Next(10, 60), 1 => random.Next(200, 400), 2 => random.Next(2_000, 10_000), _ => random.Next(20_000, 40_000) };
        switch (kind)
        {
            case "good-text":
                return Write(name + ".txt", Encoding.UTF8.GetBytes(GoodText), kind, refused: false);
            case "good-docx":
                return Write(name + ".docx", Docx("", "", 0), kind, refused: false);
            case "nested-sdt":
                return Write(name + ".docx", Docx("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", depth), kind, refused: TooDeep(2 * depth));
            case "nested-table":
                return Write(name + ".docx", Docx("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", depth), kind, refused: TooDeep(3 * depth));
            case "nested-unknown":
                return Write(name + ".docx", Docx("<x:a xmlns:x=\"urn:x\">", "</x:a>", depth), kind, refused: TooDeep(depth));
            case "corrupt-docx":
            {
                byte[] bytes = Docx("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", random.Next(1, 5));
                if (random.Next(2) == 0) bytes = bytes.Take(random.Next(1, bytes.Length)).ToArray();
                else for (int f = 0; f < 1 + random.Next(20); f++) bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                // A flipped bit may land where nothing checks it: whether it is refused is not known in advance.
                return Write(name + ".docx", bytes, kind, refused: null);
            }
            case "garbage-in-zip":
            {
                using var memory = new MemoryStream();
                using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
                using (var entry = zip.CreateEntry("word/document.xml").Open())
                    entry.Write(RandomBytes(random, random.Next(1, 5000)));
                return Write(name + ".docx", memory.ToArray(), kind, refused: true);
            }
            case "binary-text":
                return Write(name + ".txt", RandomBytes(random, random.Next(1, 100_000)), kind, refused: true);
            case "ff-text":
                return Write(name + ".txt", Enumerable.Repeat((byte)0xFF, random.Next(1, 10_000)).ToArray(), kind, refused: true);
            case "private-use-text":
                return Write(name + ".txt", Encoding.UTF8.GetBytes(new string((char)random.Next(0xE000, 0xF8FF), random.Next(1, 5000))), kind, refused: true);
            case "empty-text":
                return Write(name + ".txt", Array.Empty<byte>(), kind, refused: true);
            case "random-pdf":
            {
                byte[] bytes = RandomBytes(random, random.Next(10, 20_000));
                "%PDF-1.4\n"u8.CopyTo(bytes.AsSpan(0, Math.Min(9, bytes.Length)));
                return Write(name + ".pdf", bytes, kind, refused: true);
            }
            case "link-to-big-file":
                return Link(name + ".txt", big, kind);
            case "link-to-dev-zero":
                return OperatingSystem.IsWindows() ? null : Link(name + ".txt", "/dev/zero", kind);
            case "link-loop":
                File.CreateSymbolicLink(name + "-b.txt", name + ".txt");
                return Link(name + ".txt", name + "-b.txt", kind);
            case "broken-link":
                return Link(name + ".txt", name + "-nowhere.txt", kind);
            case "link-to-folder":
                Directory.CreateSymbolicLink(name, random.Next(2) == 0 ? "." : "..");
                return new DocumentCase(name, kind, MustBeRefused: true);
            default:
                if (!OperatingSystem.IsLinux() || mkfifo(name + ".txt", Convert.ToUInt32("644", 8)) != 0) return null;
                return new DocumentCase(name + ".txt", kind, MustBeRefused: true);
        }
    }

    /// <summary>
    /// Whether the reader's limit (ReaderOptions.MaxXmlDepth, 256) refuses a body with this many
    /// opened elements: under them sit a paragraph, a run, a text element and its text, the body and
    /// the document above them, so the deepest node is five levels below the first opened one.
    /// </summary>
    private static bool TooDeep(int opened) => opened + 5 > ComplianceGen.Reader.ReaderOptions.Default.MaxXmlDepth;

    /// <summary>The expected outcome; null where either is right (a corrupted file the reader may still read).</summary>
    private static DocumentCase Write(string path, byte[] bytes, string kind, bool? refused)
    {
        File.WriteAllBytes(path, bytes);
        return new DocumentCase(path, kind, refused);
    }

    private static DocumentCase Link(string path, string target, string kind)
    {
        File.CreateSymbolicLink(path, target);
        return new DocumentCase(path, kind, MustBeRefused: true);
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>A Word package whose body holds <paramref name="open"/> × n, the paragraphs of a good document, <paramref name="close"/> × n.</summary>
    public static byte[] Docx(string open, string close, int depth)
    {
        var body = new StringBuilder();
        for (int i = 0; i < depth; i++) body.Append(open);
        foreach (var line in GoodText.Split('\n')) body.Append("<w:p><w:r><w:t>").Append(line).Append("</w:t></w:r></w:p>");
        for (int i = 0; i < depth; i++) body.Append(close);
        return MinimalDocx.Build(body.ToString());
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int mkfifo(string path, uint mode);
}
