using System.Collections.Generic;
using System.Linq;

namespace ComplianceGen.Generator.Planning;

/// <summary>A name of the generated code: its C# name, its C# type and what it holds.</summary>
internal sealed record PlanBinding(string Name, string Type, Shape Shape);

/// <summary>
/// The names visible in one generated method, and in the methods around it: the report, the
/// context, the for-each item, the lets, an aggregate's element. A rule's names are looked up by
/// what they are in the rule (<c>var:x</c>, <c>let:总额</c>); what they are called in C# is the
/// binding's business, so a rule's names never decide a C# name except a let's own.
/// </summary>
internal sealed class PlanScope
{
    public const string ReportKey = "report";
    public const string ContextKey = "context";

    private readonly PlanScope? _outer;
    private readonly Dictionary<string, PlanBinding> _own = new();
    private readonly List<PlanBinding> _order = new();

    public PlanScope(PlanScope? outer) => _outer = outer;

    public PlanScope? Outer => _outer;

    public void Define(string key, PlanBinding binding)
    {
        _own[key] = binding;
        _order.Add(binding);
    }

    public PlanBinding? Lookup(string key) => _own.TryGetValue(key, out var binding) ? binding : _outer?.Lookup(key);

    /// <summary>The C# names defined here, in the order defined; not those of the methods around.</summary>
    public IReadOnlyList<PlanBinding> Own => _order;

    /// <summary>The binding of a C# name defined here or around.</summary>
    public PlanBinding? ByName(string name) =>
        _order.FirstOrDefault(b => b.Name == name) ?? _outer?.ByName(name);

    /// <summary>Where a name was defined, here or around: parameters are listed in this order.</summary>
    public int Position(string name)
    {
        int index = _order.FindIndex(b => b.Name == name);
        return index >= 0 ? index : 1000 + (_outer?.Position(name) ?? 0);
    }

    /// <summary>A name no method around uses yet: <paramref name="stem"/>, else stem2, stem3 …</summary>
    public string Fresh(string stem)
    {
        string name = stem;
        for (int n = 2; ByName(name) is not null; n++) name = stem + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return name;
    }
}
