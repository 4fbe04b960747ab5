using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace ComplianceGen.Runtime.CompilerServices;

/// <summary>
/// Collects a finding's evidence: the non-null pieces, each once, in the order added. Only
/// built when a finding's evidence is first read, so passing reports never allocate one.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EvidenceList
{
    private readonly List<Evidence> _items = new();

    public void Add(Evidence? evidence)
    {
        if (evidence is not null && !_items.Contains(evidence)) _items.Add(evidence);
    }

    public int Count => _items.Count;

    public IReadOnlyList<Evidence> ToArray() => _items.Count == 0 ? Array.Empty<Evidence>() : _items.ToArray();

    public static IReadOnlyList<Evidence> Of(params Evidence?[] pieces)
    {
        var list = new EvidenceList();
        foreach (var piece in pieces) list.Add(piece);
        return list.ToArray();
    }
}
