namespace ComplianceGen.Cli.Reporting;

/// <summary>
/// Terminal column width of text: CJK ideographs and full-width forms take two columns, so a
/// caret line under a Chinese sentence lines up with the words it marks.
/// </summary>
public static class DisplayWidth
{
    public static int Of(string text)
    {
        int width = 0;
        foreach (char c in text) width += Of(c);
        return width;
    }

    public static int Of(char c) =>
        c == '\t' ? 4 :
        (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
        (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) ? 2 : 1;
}
