using System;

namespace ComplianceGen.Runtime;

/// <summary>
/// Whether two names name the same unit: the same name (white space, full-width forms and quotes
/// aside), one containing the other ("市科学技术协会" in "攀枝花市科学技术协会"), or the shorter an
/// abbreviation of the longer — its characters appear in the longer name in order and it ends
/// with the longer name's kind of unit ("区科协" for "攀枝花市西区科学技术协会", "区规划资源局" for
/// "上海市普陀区规划和自然资源局"). "县科技局" is not "巫溪县科学技术协会" (a 局 is not a 协会), and
/// "…规划与自然资源局" is not "…规划和自然资源局": one of the two spellings is wrong.
/// Allocates nothing for names up to 256 characters.
/// </summary>
public static class UnitNames
{
    private const int StackLimit = TextComparison.StackLimit;

    public static bool? SameUnit(string? left, string? right)
    {
        if (string.IsNullOrWhiteSpace(left) || string.IsNullOrWhiteSpace(right)) return null;
        Span<char> a = left!.Length <= StackLimit ? stackalloc char[left.Length] : new char[left.Length];
        Span<char> b = right!.Length <= StackLimit ? stackalloc char[right.Length] : new char[right.Length];
        a = a.Slice(0, TextComparison.NormalizeInto(left, a));
        b = b.Slice(0, TextComparison.NormalizeInto(right, b));
        if (a.Length == 0 || b.Length == 0) return null;
        var shorter = a.Length <= b.Length ? a : b;
        var longer = a.Length <= b.Length ? b : a;
        if (shorter.Length < 2) return false; // "区" alone names no unit
        if (longer.IndexOf(shorter) >= 0 || IsAbbreviation(shorter, longer)) return true;
        return SameInFull(a, b);
    }

    /// <summary>
    /// The same name once each is written in full the one way: an autonomous county, prefecture or banner without its
    /// peoples (寻甸回族彝族自治县 → 寻甸县, as prose shortens it), a 街道 without its 办事处 (the office is the 街道's), a
    /// township without its 人民政府, a party committee without 中共 and with 委 for 委员会 and 党委. Only the whole names
    /// are compared, so 某镇卫生院 stays another unit than 某镇人民政府.
    /// </summary>
    private static bool SameInFull(Span<char> a, Span<char> b)
    {
        var x = WithoutOfficeWords(a);
        var y = WithoutOfficeWords(b);
        if (x.SequenceEqual(y)) return true;
        // The place's own name before the peoples may be two to four characters long (寻甸, 黔东南, 西双版纳): each reading
        // is tried against the other name. The buffers are the callers' (stack) copies, so a reading is made in a fresh one.
        if (x.Length > StackLimit || y.Length > StackLimit) return false;
        Span<char> reading = stackalloc char[StackLimit];
        if (Readings(x, y, reading) || Readings(y, x, reading)) return true;
        // A party committee's name written short: 中共西藏自治区委员会政法委员会… is 西藏自治区党委政法委….
        Span<char> partyX = stackalloc char[x.Length];
        Span<char> partyY = stackalloc char[y.Length];
        return PartyShort(x, partyX).SequenceEqual(PartyShort(y, partyY));
    }

    /// <summary>The name with 中共 dropped before it and each 委员会 and 党委 written 委, as prose shortens them.</summary>
    private static ReadOnlySpan<char> PartyShort(ReadOnlySpan<char> name, Span<char> buffer)
    {
        if (name.StartsWith("中共")) name = name.Slice(2);
        int length = 0;
        for (int i = 0; i < name.Length; i++)
        {
            if (name.Slice(i).StartsWith("委员会") || name.Slice(i).StartsWith("党委"))
            {
                buffer[length++] = '委';
                i += name[i] == '委' ? 2 : 1;
                continue;
            }
            buffer[length++] = name[i];
        }
        return buffer.Slice(0, length);
    }

    private static bool Readings(ReadOnlySpan<char> withPeoples, ReadOnlySpan<char> other, Span<char> buffer)
    {
        int autonomy = withPeoples.IndexOf("自治");
        if (autonomy < 0 || autonomy + 2 >= withPeoples.Length || withPeoples[autonomy + 2] is not ('县' or '州' or '旗' or '区')) return false;
        int start = 0;
        for (int k = autonomy - 1; k >= 0; k--)
            if (withPeoples[k] is '省' or '市' or '州' or '区' or '县' or '盟' or '旗') { start = k + 1; break; }
        for (int baseLength = 2; baseLength <= 4 && start + baseLength < autonomy; baseLength++)
        {
            if (!AllPeoples(withPeoples.Slice(start + baseLength, autonomy - start - baseLength))) continue;
            int cut = start + baseLength;
            withPeoples.Slice(0, cut).CopyTo(buffer);
            withPeoples.Slice(autonomy + 2).CopyTo(buffer.Slice(cut));
            if (buffer.Slice(0, withPeoples.Length - (autonomy + 2 - cut)).SequenceEqual(other)) return true;
        }
        return false;
    }

    private static Span<char> WithoutOfficeWords(Span<char> name)
    {
        if (name.EndsWith("街道办事处")) name = name.Slice(0, name.Length - 3);
        else if (name.EndsWith("街道办")) name = name.Slice(0, name.Length - 1);
        if (name.Length > 5 && name.EndsWith("人民政府") && name[name.Length - 5] is '镇' or '乡') name = name.Slice(0, name.Length - 4);
        return name;
    }

    /// <summary>Whether the text is peoples' names only: runs of one to three characters, each closed by 族.</summary>
    private static bool AllPeoples(ReadOnlySpan<char> text)
    {
        while (text.Length > 0)
        {
            int close = text.Slice(0, Math.Min(4, text.Length)).IndexOf('族');
            if (close < 1) return false;
            text = text.Slice(close + 1);
        }
        return true;
    }

    /// <summary>
    /// The short form keeps the long form's characters in order and ends with one of its last three
    /// characters, which say what kind of unit it is (局, 协会 → 协/会, 中心 → 中/心, 委员会 → 委: 国资委). An
    /// abbreviation drops the outer places, not the inner ones: "区规划资源局" may stand for
    /// "上海市普陀区规划和自然资源局", "上海市规划和自然资源局" (the city's bureau) may not.
    /// </summary>
    private static bool IsAbbreviation(ReadOnlySpan<char> shortName, ReadOnlySpan<char> longName)
    {
        char last = shortName[shortName.Length - 1];
        // The last three characters say what kind of unit it is: 委员会 is shortened to 委, 协会 to 协 or 会.
        var kind = longName.Slice(Math.Max(0, longName.Length - 3));
        if (kind.IndexOf(last) < 0) return false;
        var shortPlaces = shortName.Slice(0, PlacesLength(shortName));
        var longPlaces = longName.Slice(0, PlacesLength(longName));
        if (shortPlaces.Length > 0 && !longPlaces.EndsWith(shortPlaces)) return false;
        int j = 0;
        foreach (char c in shortName)
        {
            while (j < longName.Length && longName[j] != c) j++;
            if (j == longName.Length) return false;
            j++;
        }
        return true;
    }

    /// <summary>
    /// The length of the leading place names ("上海市普陀区", "攀枝花市西区", "区"): runs of up to six
    /// characters each ending in 省, 市, 区, 县, 州, 盟 or 旗. Only the first may be the marker alone.
    /// </summary>
    private static int PlacesLength(ReadOnlySpan<char> name)
    {
        int end = 0;
        for (bool first = true; ; first = false)
        {
            int found = -1;
            for (int k = end + (first ? 0 : 1); k < name.Length && k <= end + 6; k++)
            {
                if (name[k] is '省' or '市' or '区' or '县' or '州' or '盟' or '旗') { found = k; break; }
            }
            if (found < 0) return end;
            end = found + 1;
        }
    }
}
