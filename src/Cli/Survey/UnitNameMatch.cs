using System;
using System.Text;

namespace ComplianceGen.Cli.Survey;

/// <summary>
/// Whether the unit the reader found is the unit a hand-checked identity names. Spaces, the marks a
/// title adds to a name (（本级）, （汇总）, a trailing 单位 or 部门) and bracket width are ignored; nothing else is.
/// </summary>
public static class UnitNameMatch
{
    private static readonly string[] Marks = { "（本级）", "（汇总）", "（部门）", "（单位）", "本级", "单位", "部门" };

    public static bool Same(string? found, IdentityTruth truth)
    {
        if (string.IsNullOrWhiteSpace(found)) return false;
        string f = Normalize(found);
        if (f == Normalize(truth.Unit)) return true;
        foreach (var alternative in truth.UnitAlternatives)
            if (f == Normalize(alternative)) return true;
        return false;
    }

    private static string Normalize(string name)
    {
        var b = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (char.IsWhiteSpace(c)) continue;
            b.Append(c switch { '(' => '（', ')' => '）', _ => c });
        }
        string s = b.ToString();
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var mark in Marks)
            {
                if (s.Length > mark.Length + 1 && s.EndsWith(mark, StringComparison.Ordinal))
                {
                    s = s.Substring(0, s.Length - mark.Length);
                    changed = true;
                }
            }
        }
        return s;
    }
}
