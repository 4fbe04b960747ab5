using System;
using System.Collections.Generic;
using AngleSharp.Dom;

namespace ComplianceGen.Reader.Documents;

/// <summary>A page's <c>&lt;title&gt;</c> without the site's name beside it.</summary>
public static partial class HtmlLoader
{
    /// <summary>
    /// The page's title without the site's name beside it (<c>北京市司法局2026年部门预算_北京市司法局</c>,
    /// <c>某市人民政府 | 2026年某局部门预算</c>): what the page is, or null. Sites join the two with _, |, a dash between
    /// spaces or a full-width dash (see <see cref="SeparatorAt"/>); the part that names a 预算 or 决算 is the page's, else
    /// the first.
    /// </summary>
    internal static string? PageTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var parts = new List<string>();
        int start = 0;
        for (int i = 0; i < title.Length; i++)
        {
            int length = SeparatorAt(title, i);
            if (length == 0) continue;
            parts.Add(title[start..i].Trim());
            start = i + length;
            i = start - 1;
        }
        parts.Add(title[start..].Trim());
        parts.RemoveAll(p => p.Length < 4);
        if (parts.Count == 0) return title.Trim();
        // The page's part names what it is; a site may put its own name first (某市人民政府 | 2026年某局部门预算).
        var named = parts.FindAll(p => p.Contains("预算", StringComparison.Ordinal) || p.Contains("决算", StringComparison.Ordinal));
        return named.Count == 1 ? named[0] : parts[0];
    }

    /// <summary>
    /// The length of the separator between a page's title and its site's name at <paramref name="i"/>, or 0: _, |, ｜,
    /// a dash between spaces, or a full-width dash that is not between two digits (2026－2028 is a range).
    /// </summary>
    private static int SeparatorAt(string title, int i)
    {
        char c = title[i];
        if (c is '_' or '|' or '｜') return 1;
        if (c is '-' or '–' or '—' or '－' && i > 0 && i + 1 < title.Length && title[i - 1] == ' ' && title[i + 1] == ' ') return 1;
        if (c == '－' && !(i > 0 && char.IsDigit(title[i - 1]) && i + 1 < title.Length && char.IsDigit(title[i + 1]))) return 1;
        return 0;
    }
}
