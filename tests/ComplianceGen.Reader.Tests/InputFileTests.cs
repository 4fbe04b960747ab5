using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Tasks;

namespace ComplianceGen.Reader.Tests;

/// <summary>
/// What a path names is checked before it is read: regular files only, links followed only to
/// regular files within the limit, devices and FIFOs refused without being opened, and bytes
/// that decode to no text refused as "not text".
/// </summary>
public sealed class InputFileTests : IDisposable
{
    private readonly string _dir = TestPaths.TempDir();

    public void Dispose() => Directory.Delete(_dir, true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    [DllImport("libc", SetLastError = true)]
    private static extern int mkfifo(string path, uint mode);

    private static DocumentReadException Refused(string path, ReaderOptions? options = null)
    {
        // Whatever happens, within seconds: a FIFO opened for reading would wait forever.
        var read = Task.Run(() => DocumentReader.Read(path, options));
        Assert.True(Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(20))).Result == read, "the read did not finish");
        var e = Assert.IsType<DocumentReadException>(read.Exception?.InnerException);
        Assert.Contains(path, e.Message);
        Assert.DoesNotContain("\n", e.Message);
        return e;
    }

    [Fact]
    public void A_link_to_a_file_over_the_limit_is_refused_without_reading_it()
    {
        string big = PathOf("big.bin");
        using (var stream = File.Create(big)) stream.SetLength(200L * 1024 * 1024);
        string link = PathOf("big.txt");
        File.CreateSymbolicLink(link, big);
        var clock = Stopwatch.StartNew();
        Assert.Equal(ReadFailure.TooLarge, Refused(link).Reason);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_link_to_a_regular_file_is_read()
    {
        string real = PathOf("real.data");
        File.WriteAllText(real, "某区科学技术协会2024年部门预算\n一、部门职责\n", new UTF8Encoding(false));
        string link = PathOf("link.txt");
        File.CreateSymbolicLink(link, real);
        Assert.Equal("txt", DocumentReader.Read(link).Format);
    }

    [Fact]
    public void A_loop_of_links_and_a_broken_link_are_refused_by_name()
    {
        File.CreateSymbolicLink(PathOf("a.txt"), PathOf("b.txt"));
        File.CreateSymbolicLink(PathOf("b.txt"), PathOf("a.txt"));
        File.CreateSymbolicLink(PathOf("broken.txt"), PathOf("nowhere.txt"));
        Assert.Contains("loop", Refused(PathOf("a.txt")).Message);
        Assert.Contains("broken", Refused(PathOf("broken.txt")).Message);
    }

    [Fact]
    public void A_folder_named_like_a_document_is_refused()
    {
        Directory.CreateDirectory(PathOf("folder.txt"));
        Assert.Contains("folder", Refused(PathOf("folder.txt")).Message);
    }

    [Fact]
    public void Devices_and_FIFOs_are_refused_without_being_opened()
    {
        if (!OperatingSystem.IsLinux()) return;
        string zero = PathOf("zero.txt");
        File.CreateSymbolicLink(zero, "/dev/zero");
        Assert.Contains("it is a character device, not a regular file", Refused(zero).Message);
        string fifo = PathOf("fifo.txt");
        Assert.Equal(0, mkfifo(fifo, Convert.ToUInt32("644", 8)));
        Assert.Contains("it is a FIFO, not a regular file", Refused(fifo).Message);
        Assert.Contains("it is a character device, not a regular file", Refused("/dev/null").Message);
    }

    /// <summary>test.sh installs poppler-utils: pdftotext is there, and its many lines of complaint become one.</summary>
    [Fact]
    public void A_bad_PDF_is_one_line_naming_the_file()
    {
        var bytes = new byte[5000];
        new Random(11).NextBytes(bytes);
        "%PDF-1.4\n"u8.CopyTo(bytes);
        string pdf = PathOf("bad.pdf");
        File.WriteAllBytes(pdf, bytes);
        var e = Refused(pdf);
        Assert.Equal(ReadFailure.PdfFailed, e.Reason);
        Assert.Contains("PDF", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Bytes_that_decode_to_no_text_are_refused_as_not_text()
    {
        string ff = PathOf("ff.txt");
        File.WriteAllBytes(ff, Enumerable.Repeat((byte)0xFF, 4096).ToArray());
        var e = Refused(ff);
        Assert.Equal(ReadFailure.Binary, e.Reason);
        Assert.Contains("not text", e.Message);

        string privateUse = PathOf("pua.txt");
        File.WriteAllText(privateUse, new string('\uE000', 2000), new UTF8Encoding(false));
        Assert.Contains("not text", Refused(privateUse).Message);
    }

    /// <summary>
    /// A document with more text than one disclosure holds is refused in one line before its lines are made, as text
    /// and as a web page: reading one at the size limit took 22 s and 2 GB. (A small limit here; the default is 16 million
    /// characters.)
    /// </summary>
    [Theory]
    [InlineData("long.txt", false)]
    [InlineData("long.html", true)]
    public void A_text_longer_than_the_limit_is_refused_as_too_large(string name, bool html)
    {
        var options = new ReaderOptions { MaxTextCharacters = 2000 };
        string line = "一般公共预算财政拨款收入合计一百万元。\n";
        string Document(int lines) => html
            ? "<html><body>" + string.Concat(Enumerable.Repeat("<p>" + line.TrimEnd() + "</p>", lines)) + "</body></html>"
            : string.Concat(Enumerable.Repeat(line, lines));
        // As many lines as fit (a page's markup, which is checked before it is parsed, too), then a few more.
        int fit = 1;
        while (Document(fit + 1).Length <= options.MaxTextCharacters) fit++;
        string within = PathOf("within-" + name);
        File.WriteAllText(within, Document(fit), new UTF8Encoding(false));
        Assert.NotNull(DocumentReader.Read(within, options));
        string over = PathOf(name);
        File.WriteAllText(over, Document(fit + 3), new UTF8Encoding(false));
        var e = Refused(over, options);
        Assert.Equal(ReadFailure.TooLarge, e.Reason);
        Assert.Contains("characters, over the limit of 2,000 for one document", e.Message);
    }

    /// <summary>
    /// Merged header cells are written once for each column they cover, so a small page can make more text than it
    /// holds: that text counts against the limit (the loader checks it as it grows), and the page is refused in one line.
    /// </summary>
    [Fact]
    public void A_small_page_whose_merged_cells_make_too_much_text_is_refused_as_too_large()
    {
        var options = new ReaderOptions { MaxTextCharacters = 20_000 };
        string row = "<tr>" + string.Concat(Enumerable.Repeat("<th colspan=\"64\">一般公共预算财政拨款</th>", 4)) + "</tr>";
        string page = "<html><body><table>" + string.Concat(Enumerable.Repeat(row, 20)) + "</table></body></html>";
        Assert.True(page.Length < options.MaxTextCharacters);
        string path = PathOf("merged.html");
        File.WriteAllText(path, page, new UTF8Encoding(false));
        var e = Refused(path, options);
        Assert.Equal(ReadFailure.TooLarge, e.Reason);
        Assert.Contains("over the limit of 20,000 for one document", e.Message);
    }

    /// <summary>
    /// A file is refused when more than a quarter of its visible characters are unprintable, counted exactly, though most
    /// of them are counted a block at a time: long runs of Chinese text, punctuation, ASCII and spaces, with private-use
    /// characters among them, on either side of the line.
    /// </summary>
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void The_quarter_of_unprintable_characters_is_counted_exactly(int beyond, bool refused)
    {
        var text = new StringBuilder();
        for (int i = 0; i < 120; i++) text.Append("  一般公共预算“收入”—12.5万元，（ab）、《表》…\n");
        int plain = text.ToString().Count(c => !char.IsWhiteSpace(c));
        // unprintable > (plain + unprintable) / 4 exactly when unprintable > plain / 3.
        int unprintable = plain / 3 + beyond;
        while (plain % 3 != 0) { text.Append('字'); plain++; unprintable = plain / 3 + beyond; }
        var mixed = text.ToString();
        var withPrivateUse = new StringBuilder();
        for (int i = 0, placed = 0; i < mixed.Length || placed < unprintable; i++)
        {
            if (i < mixed.Length) withPrivateUse.Append(mixed[i]);
            if (placed < unprintable && (i % 7 == 3 || i >= mixed.Length)) { withPrivateUse.Append('\uE000'); placed++; }
        }
        string file = PathOf($"quarter{beyond}.txt");
        File.WriteAllText(file, withPrivateUse.ToString(), new UTF8Encoding(false));
        if (refused) Assert.Contains("not text", Refused(file).Message);
        else Assert.NotNull(ComplianceGen.Reader.DocumentReader.Read(file));
    }
}
