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
public static partial class HtmlLoader
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "head", "nav", "svg", "select", "button" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
        "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "address", "center", "form", "fieldset", "figure", "figcaption", "caption", "title",
    };

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
        foreach (var row in RowsOf(table))
        {
            if (row.Count == 0) continue;
            cells.Clear();
            foreach (var cell in row) cells.Add(new SourceCell(Collapse(cell.TextContent), Span(cell, "colspan"), Span(cell, "rowspan")));
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
