using System;
using System.Collections.Generic;
using AngleSharp.Dom;

namespace ComplianceGen.Reader.Documents;

/// <summary>The blocks a site prints around every page (menus, breadcrumbs), told by their links.</summary>
public static partial class HtmlLoader
{
    /// <summary>
    /// A block the site wraps around every page, not the document: a menu, a breadcrumb (<c>当前位置：首页 &gt; 政务公开 &gt;
    /// 财政预决算</c>). Most of its text is the text of links to other pages. Such a block
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
                arrow |= text.Data.AsSpan().IndexOfAny(TrailArrows) >= 0;
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

    /// <summary>The arrows a site's trail to the page sets between its steps (首页 &gt; 政务公开 &gt; 预决算公开), also on a page saved as text.</summary>
    internal const string TrailArrows = ">＞»›";

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
}
