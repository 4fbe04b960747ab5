using System.IO;

namespace ComplianceGen.Reader.Layout;

/// <summary>
/// Passes text through with the control characters XML forbids (poppler copies them from broken fonts
/// and metadata) turned into spaces, so one bad glyph cannot make a whole PDF unreadable.
/// </summary>
internal sealed class XmlSafeTextReader : TextReader
{
    private readonly TextReader _inner;

    public XmlSafeTextReader(TextReader inner) => _inner = inner;

    public override int Peek() => Clean(_inner.Peek());

    public override int Read() => Clean(_inner.Read());

    public override int Read(char[] buffer, int index, int count)
    {
        int n = _inner.Read(buffer, index, count);
        for (int i = index; i < index + n; i++)
            if (IsForbidden(buffer[i])) buffer[i] = ' ';
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }

    private static int Clean(int c) => c >= 0 && IsForbidden((char)c) ? ' ' : c;

    private static bool IsForbidden(char c) => (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF';
}
