using System;
using System.Collections.Generic;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ComplianceGen.Reader.Decoding;
using ComplianceGen.Reader.Normalization;

namespace ComplianceGen.Reader.Documents;

/// <summary>
/// Reads an HTML page (a disclosure published as a web page, or saved under a .pdf name) into the same lines
/// the other formats give. Block elements (p, div, h1–h6, li, br …) end a line; a table's rows are written as
/// one cell a line, tab-led, with a blank line between rows — the shape a .docx table is rendered in, so the
/// structure stage reads HTML tables as it reads Word tables. Scripts, styles and navigation are left out. The
/// page's links to documents (.pdf, .doc, .docx, .xls, .xlsx) are kept: a page that only links to the
/// disclosure is not the disclosure.
/// </summary>
public static class HtmlLoader
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "head", "nav", "svg", "select", "button" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
        "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "address", "center", "form", "fieldset", "figure", "figcaption", "caption", "title",
    };

    private static readonly string[] DocumentExtensions = { ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".wps", ".et" };

    public static SourceDocument Load(string path, ReaderOptions options)
    {
        byte[] bytes = FileLimits.ReadAllBytesBounded(path, options);
        var decoded = TextDecoder.Decode(bytes, path);
        // The markup holds the text and more: a page over the limit is refused before it is parsed.
        FileLimits.CheckTextLength(path, decoded.Text.Length, options);
        return FromHtml(path, decoded.Text, decoded.EncodingName, options);
    }

    public static SourceDocument FromHtml(string path, string html, string encoding, ReaderOptions? options = null)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        var writer = new LineWriter(path, options ?? ReaderOptions.Default);
        if (document.Body is not null) Walk(document.Body, writer);
        writer.EndLine();
        writer.PrependTitle(PageTitle(document.Title));
        var links = new List<string>();
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            if (DocumentFile(anchor.GetAttribute("href")) is not { } file) continue;
            string name = anchor.TextContent.Trim();
            links.Add(name.Length > 0 && !name.Equals(file, StringComparison.Ordinal) ? $"{name}（{file}）" : file);
        }
        // A page may show the document in a frame or a viewer instead of linking to it: it is no more the document.
        foreach (var embedded in document.QuerySelectorAll("iframe[src], embed[src], object[data]"))
            if (DocumentFile(embedded.GetAttribute(embedded.LocalName == "object" ? "data" : "src")) is { } file) links.Add(file);
        string text = writer.ToString();
        FileLimits.CheckTextLength(path, text.Length, options ?? ReaderOptions.Default);
        return SourceDocument.FromText(path, "html", encoding, text).WithLinkedDocuments(links);
    }

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

    private static bool IsDocument(string target)
    {
        foreach (var extension in DocumentExtensions)
            if (target.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>A URL's percent-escapes undone (a malformed one stays as it is).</summary>
    private static string Unescaped(string text) => Uri.UnescapeDataString(text);

    /// <summary>
    /// The page's title without the site's name after it (<c>北京市司法局2026年部门预算_北京市司法局</c>): what the page is, or
    /// null. Sites join the two with _, |, a dash between spaces or a full-width dash; the page's part comes first.
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

    /// <summary>
    /// A block the site wraps around every page, not the document: a menu, a breadcrumb (<c>当前位置：首页 &gt; 政务公开 &gt;
    /// 财政预决算</c>), a row of page tools (<c>打印本页 关闭窗口</c>). Most of its text is the text of links. Such a block
    /// read as the document's first lines became its title and unit (<c>首页</c>), and the breadcrumb's 预决算 its kind.
    /// A menu laid out as a table of links is one; a block or table that holds a table is not (its parts are judged one
    /// by one). The page's links to documents are collected apart, so a page that only links to the disclosure is
    /// still known for one.
    /// </summary>
    private static bool IsLinkBlock(IElement element)
    {
        if (element.LocalName is "a") return false;
        // The block's text is walked once, and given up as soon as it has too many words of its own to be either kind:
        // a block that wraps the page (or nests deeply) is not read to its end at every level.
        int all = 0, linked = 0, links = 0;
        bool arrow = false;
        var pending = new Stack<(INode Node, bool InLink)>();
        pending.Push((element, false));
        while (pending.Count > 0)
        {
            var (node, inLink) = pending.Pop();
            if (node is IText text)
            {
                int letters = Letters(text.Data);
                all += letters;
                if (inLink) linked += letters;
                arrow |= text.Data.AsSpan().IndexOfAny(">＞»›") >= 0;
                if (all - linked > 20 && all > 60) return false;
                continue;
            }
            if (node is not IElement e) continue;
            // A table that holds another is the page's layout, not a menu; its cells are judged one by one.
            if (e.LocalName == "table" && !ReferenceEquals(e, element)) return false;
            bool link = inLink;
            if (!inLink && e.LocalName == "a" && LeavesThePage(e.GetAttribute("href")))
            {
                link = true;
                links++;
            }
            for (int c = e.ChildNodes.Length - 1; c >= 0; c--) pending.Push((e.ChildNodes[c], link));
        }
        if (links < 2 || all == 0) return false;
        // Links, two or more, and a few words of its own (a menu's 导航, a breadcrumb's 当前位置). A block that wraps the whole
        // page (an ASP.NET page's <form>, a site's outer <div>) has its menu and the article both, and is gone into; a
        // sentence around one link (根据《…通知》要求，现公开如下：) is the document's. A breadcrumb may print the page it is
        // on as plain text (首页 > 政务公开 > 预决算公开): links parted by an arrow.
        return linked * 2 >= all && all - linked <= 20 || all <= 60 && arrow;
    }

    /// <summary>
    /// Whether a link goes to another page: one to a place in this page (a Word contents entry, <c>#_Toc1</c>) or to a
    /// script (<c>javascript:print()</c>) is part of what the page prints.
    /// </summary>
    private static bool LeavesThePage(string? href) =>
        href is not null && !href.TrimStart().StartsWith('#') && !href.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);

    /// <summary>Letters and digits: what a block says, without its spaces, arrows and bars.</summary>
    private static int Letters(string text)
    {
        int n = 0;
        foreach (char c in text) if (char.IsLetterOrDigit(c)) n++;
        return n;
    }

    private static void Walk(INode node, LineWriter writer)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    writer.Text(text.Data);
                    break;
                case IElement element when Skipped.Contains(element.LocalName):
                    break;
                case IElement element when Blocks.Contains(element.LocalName) && IsLinkBlock(element):
                    writer.EndLine();
                    break;
                case IElement element when element.LocalName == "br":
                    writer.EndLine();
                    break;
                case IElement element when element.LocalName == "table" && IsLinkBlock(element):
                    // A menu laid out in a table: the site's frame, as a block of links is.
                    writer.EndLine();
                    break;
                case IElement element when element.LocalName == "table" && IsLayout(element):
                    // A page laid out in a table: its cells are the page's parts, read as blocks.
                    foreach (var cell in CellsOf(element))
                    {
                        if (IsLinkBlock(cell)) continue;
                        writer.EndLine();
                        Walk(cell, writer);
                        writer.EndLine();
                    }
                    break;
                case IElement element when element.LocalName == "table":
                    Table(element, writer);
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    writer.EndLine();
                    Walk(element, writer);
                    writer.EndLine();
                    break;
                case IElement element:
                    Walk(element, writer);
                    break;
            }
        }
    }

    /// <summary>The cells of a table's own rows (not of the tables nested in them), row by row.</summary>
    private static IEnumerable<IElement> CellsOf(IElement table)
    {
        foreach (var row in table.QuerySelectorAll("tr"))
        {
            if (row.Closest("table") != table) continue;
            foreach (var cell in row.Children)
                if (cell.LocalName is "td" or "th") yield return cell;
        }
    }

    /// <summary>
    /// Whether a table lays out the page rather than holding figures: older sites put the logo, the menu, the article
    /// and the footer each in a cell of one table. Read as a table of figures, the whole article became one cell, one
    /// line, and nothing in it was read. A layout table nests tables in its cells, or holds prose (a cell of two full
    /// stops or more, or over 200 letters) in rows of one or two cells. A table of figures has rows of three cells or
    /// more; its note (注：…。) is one row of one cell under them.
    /// </summary>
    internal static bool IsLayout(IElement table)
    {
        int rows = 0, narrow = 0;
        bool prose = false;
        foreach (var row in table.QuerySelectorAll("tr"))
        {
            if (row.Closest("table") != table) continue;
            int cells = 0;
            foreach (var cell in row.Children)
            {
                if (cell.LocalName is not ("td" or "th")) continue;
                cells++;
                if (cell.QuerySelector("table") is not null) return true;
                string text = cell.TextContent.Trim();
                // A cell that is a figure is a table of figures' (with its title and 单位 line printed as rows of one cell
                // above, as tables exported from a spreadsheet are); a note under the figures is not prose.
                if (Extraction.Numbers.IsFullNumber(text)) return false;
                if (text.StartsWith('注') || text.StartsWith("备注", StringComparison.Ordinal) || text.StartsWith("说明", StringComparison.Ordinal)) continue;
                prose |= text.AsSpan().Count('。') >= 2 || Letters(text) > 200;
            }
            if (cells == 0) continue;
            rows++;
            if (cells <= 2) narrow++;
        }
        return prose && narrow * 2 > rows;
    }

    /// <summary>Rows as tab-led cells, one a line, a blank line between rows, merged cells laid out on the grid (<see cref="MergedCells"/>); a table nested in a cell is written after it.</summary>
    private static void Table(IElement table, LineWriter writer)
    {
        writer.EndLine();
        // A caption is the table's title (or its unit): a line of its own above the rows, where a title printed before
        // the table would stand.
        foreach (var child in table.Children)
        {
            if (child.LocalName != "caption") continue;
            writer.Text(child.TextContent);
            writer.EndLine();
        }
        writer.BlankLine();
        var grid = new MergedCells();
        var cells = new List<SourceCell>();
        foreach (var row in table.QuerySelectorAll("tr"))
        {
            if (row.Closest("table") != table) continue;
            cells.Clear();
            foreach (var cell in row.Children)
            {
                if (cell.LocalName is not ("td" or "th")) continue;
                cells.Add(new SourceCell(Collapse(cell.TextContent), Span(cell, "colspan"), Span(cell, "rowspan")));
            }
            if (cells.Count == 0) continue;
            foreach (string text in grid.Row(cells)) writer.Raw("\t" + text);
            writer.BlankLine();
        }
        writer.BlankLine();
    }

    /// <summary>A cell's colspan or rowspan: 1 when absent or not a positive number (browsers read "2px" as 2; so does this).</summary>
    private static int Span(IElement cell, string attribute)
    {
        string? value = cell.GetAttribute(attribute);
        if (value is null) return 1;
        int n = 0, i = 0;
        value = value.Trim();
        while (i < value.Length && value[i] is >= '0' and <= '9' && n < 100_000) n = n * 10 + (value[i++] - '0');
        return n > 0 ? n : 1;
    }

    private static string Collapse(string text)
    {
        var b = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (WhiteSpace.Is(c) || c == '\u00A0')
            {
                space = b.Length > 0;
                continue;
            }
            if (space) b.Append(' ');
            space = false;
            b.Append(c);
        }
        return b.ToString();
    }

    /// <summary>Accumulates text into lines, collapsing the white space HTML does not render.</summary>
    private sealed class LineWriter(string path, ReaderOptions options)
    {
        private readonly StringBuilder _all = new();
        private readonly StringBuilder _line = new();

        public void Text(string text)
        {
            foreach (char c in text)
            {
                if (WhiteSpace.Is(c) || c == '\u00A0')
                {
                    if (_line.Length > 0 && _line[^1] != ' ') _line.Append(' ');
                    continue;
                }
                _line.Append(c);
            }
        }

        public void EndLine()
        {
            string line = _line.ToString().Trim();
            _line.Clear();
            if (line.Length > 0) _all.Append(line).Append('\n');
        }

        public void Raw(string line)
        {
            EndLine();
            _all.Append(line).Append('\n');
            // A table's merged cells are written once for each column they cover (MergedCells): a page of small markup
            // can make much more text than it holds, so the text limit is checked as it grows, not only at the end.
            if (_all.Length > options.MaxTextCharacters) FileLimits.CheckTextLength(path, _all.Length, options);
        }

        public void BlankLine()
        {
            EndLine();
            if (_all.Length > 0 && !(_all.Length >= 2 && _all[^1] == '\n' && _all[^2] == '\n')) _all.Append('\n');
        }

        /// <summary>
        /// Puts the page's title first, as the line a document's title would be, unless the page's first lines already
        /// print it: a site that titles every page with its own name (<c>北京市司法局</c>) over an article that opens with
        /// its title (<c>北京市司法局2026年部门预算</c>) would otherwise read as a unit named twice.
        /// </summary>
        public void PrependTitle(string? title)
        {
            if (title is null) return;
            string key = WhiteSpace.Removed(title);
            if (key.Length == 0) return;
            // The page prints its title when its first line holds it, or a later one after lines the title holds (a site's
            // name over the article's title). Only a line short enough to be read as a title line (DocumentStructure takes
            // those of 40 characters at most) is joined with the page's title; a longer one leaves the title the only line
            // that names the document.
            var line = new StringBuilder();
            for (int i = 0, lines = 0; i < _all.Length && lines < 8; i++)
            {
                if (_all[i] != '\n')
                {
                    if (!WhiteSpace.Is(_all[i])) line.Append(_all[i]);
                    continue;
                }
                if (line.Length == 0) continue;
                lines++;
                string printed = line.ToString();
                line.Clear();
                if (printed.Length <= 40 && printed.Contains(key, StringComparison.Ordinal)) return;
                if (!key.Contains(printed, StringComparison.Ordinal)) break;
            }
            line.Clear();
            foreach (char c in title) line.Append(WhiteSpace.Is(c) || c == '\u00A0' ? ' ' : c);
            _all.Insert(0, line.ToString().Trim() + "\n");
        }

        public override string ToString() => _all.ToString();
    }
}
