using System;
using System.Collections.Generic;

namespace ComplianceGen.Rules;

/// <summary>Finds the nearest known name for a misspelled one (edit distance), for "did you mean" hints.</summary>
public static class Suggestions
{
    public static string? Nearest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            int distance = Distance(name, candidate);
            // Containment ("公务接待" inside "公务接待费") is as good as one edit.
            if (candidate.IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf(candidate, StringComparison.OrdinalIgnoreCase) >= 0)
                distance = Math.Min(distance, Math.Max(1, Math.Abs(candidate.Length - name.Length)));
            if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best is null) return null;
        // Chinese terms are short: two characters apart is already a different word.
        int limit = Math.Max(1, (Math.Max(name.Length, best.Length) + 1) / 3);
        return bestDistance <= limit ? best : null;
    }

    public static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
