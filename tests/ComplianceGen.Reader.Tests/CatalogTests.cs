using System.IO;
using ComplianceGen.Runtime;
using Xunit;

namespace ComplianceGen.Reader.Tests;

/// <summary>The shipped catalogue built from codes printed in real documents (rules/catalog).</summary>
public sealed class CatalogTests
{
    private static string Folder => Path.Combine(TestPaths.RepoRoot, "rules", "catalog");

    [Fact]
    public void Class_210_is_renamed_in_2019_and_majority_names_win()
    {
        var catalog = ClassificationCatalog.LoadFolder(Folder);
        Assert.True(catalog.TryGetName("210", 2018, out var before));
        Assert.Equal("医疗卫生与计划生育支出", before.Name);
        Assert.True(catalog.TryGetName("210", 2024, out var after));
        Assert.Equal("卫生健康支出", after.Name);
        Assert.True(catalog.TryGetName("2210201", 2019, out var housing));
        Assert.Equal("住房公积金", housing.Name); // seed 002's prose typo 儿童福利 is outvoted by its own table
        Assert.False(catalog.TryGetName("2999999", 2024, out _)); // unknown: not in catalogue, never "wrong"
        Assert.False(string.IsNullOrWhiteSpace(housing.Source));
    }

    [Fact]
    public void A_name_of_any_year_is_right_when_the_year_is_not_known()
    {
        // A 2017 budget whose year the reader could not tell prints 2017's name for class 210: neither year's name is wrong
        // then, and a name of no year is left undecided rather than held to the newest.
        var catalog = ClassificationCatalog.LoadFolder(Folder);
        CountFact? unknown = null;
        Assert.True(Runtime.CompilerServices.CatalogLookup.Matches(catalog, "医疗卫生与计划生育支出", "210", unknown));
        Assert.True(Runtime.CompilerServices.CatalogLookup.Matches(catalog, "卫生健康支出", "210", unknown));
        Assert.Null(Runtime.CompilerServices.CatalogLookup.Matches(catalog, "医疗卫生支出", "210", unknown));
        Assert.False(Runtime.CompilerServices.CatalogLookup.Matches(catalog, "卫生健康支出", "210", new CountFact(2018)));
    }

    [Fact]
    public void A_bureau_csv_loaded_later_overrides_for_its_year()
    {
        string dir = TestPaths.TempDir();
        try
        {
            string own = Path.Combine(dir, "zz-bureau-2024.csv");
            File.WriteAllText(own, "system,code,name,level,valid_from,valid_to,source\nfunctional,2060101,行政运行（本局口径）,项,2024,2024,bureau\n");
            var catalog = ClassificationCatalog.Load(new[] { Path.Combine(Folder, "functional-observed.csv"), own });
            Assert.True(catalog.TryGetName("2060101", 2024, out var entry));
            Assert.Equal("bureau", entry.Source);
            Assert.True(catalog.TryGetName("2060101", 2023, out var older));
            Assert.Equal("行政运行", older.Name);
        }
        finally { Directory.Delete(dir, true); }
    }
}
