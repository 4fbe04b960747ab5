namespace ComplianceGen.Runtime;

/// <summary>
/// Whether a printed name is the catalogue's name. Documents drop the trailing 支出 of a class
/// name in the （类） form ("科学技术（类）" for 206 科学技术支出), so that is not a mismatch.
/// </summary>
public static class CatalogNames
{
    public static bool Match(string? printed, string catalogName)
    {
        string a = Strip(TextComparison.Normalize(printed)), b = Strip(TextComparison.Normalize(catalogName));
        return a.Length > 0 && a == b;
    }

    private static string Strip(string name)
    {
        foreach (var suffix in new[] { "(类)", "(款)", "(项)" })
            if (name.EndsWith(suffix, System.StringComparison.Ordinal)) name = name.Substring(0, name.Length - suffix.Length);
        if (name.EndsWith("支出", System.StringComparison.Ordinal) && name.Length > 2) name = name.Substring(0, name.Length - 2);
        return name;
    }
}
