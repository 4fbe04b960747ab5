using System.Collections.Generic;
using System.Globalization;

namespace ComplianceGen.Generator.Planning;

/// <summary>
/// The helper methods and static fields one rule's plan needs, each once: an aggregate computed
/// twice with the same body is one method, found by the identity of its planned body.
/// </summary>
internal sealed class PlanMethods
{
    private readonly Dictionary<PHelper, PHelper> _helpers = new();
    private readonly List<PHelper> _helperOrder = new();
    private readonly Dictionary<AggregateHelperKind, int> _counts = new();
    private readonly Dictionary<PExpr, PField> _fields = new();
    private readonly List<PField> _fieldOrder = new();

    public IReadOnlyList<PHelper> Helpers => _helperOrder;

    public IReadOnlyList<PField> Fields => _fieldOrder;

    /// <summary>The name of the helper with this body (its name left empty), registering it when new.</summary>
    public string Helper(PHelper unnamed)
    {
        if (_helpers.TryGetValue(unnamed, out var existing)) return existing.Name;
        _counts[unnamed.Kind] = _counts.TryGetValue(unnamed.Kind, out int n) ? n + 1 : 1;
        var named = unnamed with { Name = Prefix(unnamed.Kind) + _counts[unnamed.Kind].ToString(CultureInfo.InvariantCulture) };
        _helpers.Add(unnamed, named);
        _helperOrder.Add(named);
        return named.Name;
    }

    /// <summary>A static readonly field holding <paramref name="value"/>, named <paramref name="stem"/> and a number.</summary>
    public PName Field(string stem, string type, PExpr value, Shape shape)
    {
        if (!_fields.TryGetValue(value, out var field))
        {
            field = new PField(stem + (_fieldOrder.Count + 1).ToString(CultureInfo.InvariantCulture), type, value);
            _fields.Add(value, field);
            _fieldOrder.Add(field);
        }
        return new PName(field.Name, shape);
    }

    private static string Prefix(AggregateHelperKind kind) => kind switch
    {
        AggregateHelperKind.SumEvidence => "AddSumEvidence",
        _ => kind.ToString(),
    };
}
