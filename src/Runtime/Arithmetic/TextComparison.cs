using System;
using System.Text;

namespace ComplianceGen.Runtime;

/// <summary>
/// Compares names the way a reviewer would: white space, full-width/half-width forms and
/// quote styles do not matter. Comparing allocates nothing, so a passing report stays
/// allocation-free.
/// </summary>
public static class TextComparison
{
    public static bool Same(string? left, string? right)
    {
        left ??= "";
        right ??= "";
        int i = 0, j = 0;
        while (i < left.Length && j < right.Length)
        {
            char a = left[i], b = right[j];
            // Equal characters are both ignored or both the same after folding: step over both.
            // Validators compare codes and names that are mostly printed alike, so the character
            // classification below runs only where the two differ.
            if (a == b) { i++; j++; continue; }
            if (IsIgnored(a)) { i++; continue; }
            if (IsIgnored(b)) { j++; continue; }
            if (Fold(a) != Fold(b)) return false;
            i++;
            j++;
        }
        while (i < left.Length && IsIgnored(left[i])) i++;
        while (j < right.Length && IsIgnored(right[j])) j++;
        return i == left.Length && j == right.Length;
    }

    /// <summary>Whether <paramref name="text"/> begins with <paramref name="prefix"/>, ignoring what <see cref="Same"/> ignores; allocation-free.</summary>
    public static bool StartsWith(string? text, string? prefix) => MatchesAt(text ?? "", 0, prefix ?? "", 0);

    /// <summary>
    /// Whether <paramref name="text"/> ends with <paramref name="suffix"/>, ignoring what <see cref="Same"/> ignores; allocation-free.
    /// A folded column header ends with its innermost header (“公务用车购置及运行费购置费”), so this tells a leaf column by its own name.
    /// </summary>
    public static bool EndsWith(string? text, string? suffix)
    {
        text ??= "";
        suffix ??= "";
        int i = text.Length - 1, j = suffix.Length - 1;
        while (true)
        {
            while (i >= 0 && IsIgnored(text[i])) i--;
            while (j >= 0 && IsIgnored(suffix[j])) j--;
            if (j < 0) return true;
            if (i < 0 || Fold(text[i]) != Fold(suffix[j])) return false;
            i--;
            j--;
        }
    }

    public static bool Contains(string? text, string? part)
    {
        text ??= "";
        part ??= "";
        int j = 0;
        while (j < part.Length && IsIgnored(part[j])) j++;
        if (j == part.Length) return true;
        // A match starts at a character that folds to the part's first one: find those with a vectorised search
        // (rules test every sentence of a document for a word, so this runs on every character of the text),
        // then compare the rest in place, ignoring and folding as Same does. Nothing is copied or allocated.
        char first = Fold(part[j]);
        char other = Unfolded(first);
        var span = text.AsSpan();
        int offset = 0;
        while (true)
        {
            int k = other == first ? span.Slice(offset).IndexOf(first) : span.Slice(offset).IndexOfAny(first, other);
            if (k < 0) return false;
            int i = offset + k;
            if (MatchesAt(text, i, part, j)) return true;
            offset = i + 1;
        }
    }

    /// <summary>Whether the text from <paramref name="i"/> reads as the part from <paramref name="j"/>, ignoring and folding as <see cref="Same"/>.</summary>
    private static bool MatchesAt(string text, int i, string part, int j)
    {
        while (true)
        {
            while (i < text.Length && IsIgnored(text[i])) i++;
            while (j < part.Length && IsIgnored(part[j])) j++;
            if (j == part.Length) return true;
            if (i == text.Length || Fold(text[i]) != Fold(part[j])) return false;
            i++;
            j++;
        }
    }

    /// <summary>The one other character that <see cref="Fold"/> maps to <paramref name="folded"/>, or itself when none does.</summary>
    private static char Unfolded(char folded) => folded switch
    {
        '(' => '（',
        ')' => '）',
        ',' => '，',
        ':' => '：',
        ';' => '；',
        >= '0' and <= '9' => (char)('０' + (folded - '0')),
        _ => folded,
    };

    /// <summary>
    /// Names up to this many characters are normalised into a stack buffer (<c>stackalloc</c>) by the
    /// comparisons here, in <see cref="CatalogNames"/> and in <see cref="UnitNames"/>; longer ones into an array.
    /// </summary>
    internal const int StackLimit = 256;

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var builder = new StringBuilder(text!.Length);
        foreach (char c in text)
        {
            if (!IsIgnored(c)) builder.Append(Fold(c));
        }
        return builder.ToString();
    }

    /// <summary>Writes the normalized form of <paramref name="text"/> into <paramref name="buffer"/> (at least as long) and returns its length.</summary>
    public static int NormalizeInto(string text, Span<char> buffer)
    {
        int length = 0;
        foreach (char c in text)
        {
            if (!IsIgnored(c)) buffer[length++] = Fold(c);
        }
        return length;
    }

    private static bool IsIgnored(char c) => TextChars.IsWhiteSpace(c) || c is '“' or '”' or '"' or '\'' or '‘' or '’';

    private static char Fold(char c) => c switch
    {
        '（' => '(',
        '）' => ')',
        '，' => ',',
        '：' => ':',
        '；' => ';',
        '／' => '/',
        >= '０' and <= '９' => (char)('0' + (c - '０')),
        _ => c,
    };
}
