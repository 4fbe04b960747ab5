namespace ComplianceGen.Reader.Layout;

/// <summary>One word of a PDF page as poppler placed it: its box in points (y grows downwards) and its text.</summary>
internal readonly record struct PdfWord(double X0, double Y0, double X1, double Y1, string Text)
{
    public double Height => Y1 - Y0;

    public double CenterY => (Y0 + Y1) / 2;
}
