using System;
using System.Collections.Generic;
using AngleSharp.Dom;

namespace ComplianceGen.Reader.Documents;

/// <summary>The documents a page links to or shows in a frame: a page that only does that is not the disclosure.</summary>
public static partial class HtmlLoader
{
    private static readonly string[] DocumentExtensions = { ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".wps", ".et" };

    /// <summary>
    /// The file name a link or a frame's source points at when it is a document (.pdf, .doc, .xls …), unescaped; null for
    /// anything else. A viewer's address names the document in its query (<c>viewer.html?file=/uploads/部门预算.pdf</c>).
    /// </summary>
    internal static string? DocumentFile(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return null;
        string target = Unescaped(address.Split('?', '#')[0]);
        int query = address.IndexOf('?');
        if (!IsDocument(target) && query >= 0)
        {
            foreach (string pair in address.Substring(query + 1).Split('#')[0].Split('&'))
            {
                int equals = pair.IndexOf('=');
                if (equals < 0) continue;
                string value = Unescaped(pair.Substring(equals + 1)).Split('?', '#')[0];
                if (IsDocument(value)) { target = value; break; }
            }
        }
        return IsDocument(target) ? target.Substring(target.LastIndexOf('/') + 1) : null;
    }

    /// <summary>Whether a name or address ends as a document's file does (.pdf, .docx, .xlsx …): also how a page's text prints an attachment's link.</summary>
    internal static bool IsDocument(string target)
    {
        foreach (var extension in DocumentExtensions)
            if (target.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>A URL's percent-escapes undone (a malformed one stays as it is).</summary>
    private static string Unescaped(string text) => Uri.UnescapeDataString(text);
}
