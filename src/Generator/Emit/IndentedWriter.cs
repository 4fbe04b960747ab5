using System.Text;

namespace ComplianceGen.Generator.Emit;

/// <summary>Writes C# line by line with four-space indentation; Block() opens braces and indents.</summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder _builder = new();
    private int _depth;

    public IndentedWriter Line(string text = "")
    {
        if (text.Length > 0) _builder.Append(' ', _depth * 4).Append(text);
        _builder.Append('\n');
        return this;
    }

    public void Open(string header)
    {
        Line(header);
        Line("{");
        _depth++;
    }

    public void Close(string suffix = "")
    {
        _depth--;
        Line("}" + suffix);
    }

    public void Indent() => _depth++;

    public void Unindent() => _depth--;

    public override string ToString() => _builder.ToString();
}
