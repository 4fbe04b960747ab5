using ComplianceGen.Runtime;

namespace ComplianceGen.Reader.Output;

/// <summary>One fact as a (type, key, value) triple: the unit the gold fixtures and the text dump count in.</summary>
public sealed record FlatFact(string Type, string Key, string Value, Evidence? Evidence)
{
    public override string ToString() =>
        $"{Type}{(Key.Length > 0 ? "[" + Key + "]" : "")} = {Value}{(Evidence is null ? "" : $"  @{Evidence.Line}:{Evidence.Column} “{Evidence.Text}”")}";
}
