using System;
using System.Collections.Generic;

namespace ComplianceGen.Runtime;

/// <summary>Builds a finding's evidence list: the non-null pieces, each once, in order.</summary>
public static class EvidenceList
{
    public static IReadOnlyList<Evidence> Of(params Evidence?[] pieces)
    {
        List<Evidence>? list = null;
        foreach (var piece in pieces)
        {
            if (piece is null) continue;
            list ??= new List<Evidence>(pieces.Length);
            if (!list.Contains(piece)) list.Add(piece);
        }
        return list is null ? Array.Empty<Evidence>() : list;
    }
}
