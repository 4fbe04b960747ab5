using System.IO;
using System.Linq;
using ComplianceGen.Runtime;
using ComplianceGen.Runtime.CompilerServices;

namespace ComplianceGen.Runtime.Tests;

public class TextAndCatalogTests
{
    [Theory]
    [InlineData("因公出国（境）费", "因公出国(境)费")]
    [InlineData("“三公”经费", "三公经费")]
    [InlineData("行政 运行", "行政运行")]
    [InlineData("２０２４年", "2024年")]
    public void Names_compare_as_a_reviewer_reads_them(string a, string b) => Assert.True(TextComparison.Same(a, b));

    [Fact]
    public void Every_white_space_character_and_only_those_and_quotes_is_ignored()
    {
        // The comparison tells white space without the Unicode table for most characters: it must still ignore exactly
        // what char.IsWhiteSpace calls white space (and the quotes), whatever the character.
        for (int c = char.MinValue; c <= char.MaxValue; c++)
        {
            char ch = (char)c;
            bool ignored = char.IsWhiteSpace(ch) || ch is '“' or '”' or '"' or '\'' or '‘' or '’';
            Assert.True(TextComparison.Same("行" + ch + "政", "行政") == ignored, $"U+{c:X4}");
        }
    }

    [Theory]
    [InlineData("206", "20601", false)]
    [InlineData("20601 ", "2060", false)]
    [InlineData("a  b", "a b", true)]
    [InlineData("“行政运行”", "行政 运行", true)]
    [InlineData("（206）", "(206 )", true)]
    [InlineData("", "  ", true)]
    public void Same_is_equality_of_the_normalised_texts(string a, string b, bool expected)
    {
        Assert.Equal(expected, TextComparison.Same(a, b));
        Assert.Equal(expected, TextComparison.Same(b, a));
    }

    [Fact]
    public void Same_agrees_with_comparing_the_normalised_texts_on_random_strings()
    {
        // Same compares in place (no allocation) and steps over equal characters first; whatever the
        // path, it must say what comparing the two normalised copies says.
        const string alphabet = "ab2０（(）)“”\"' \t　，,行政";
        var random = new System.Random(11);
        for (int n = 0; n < 20_000; n++)
        {
            string a = Random(random, alphabet), b = random.Next(3) == 0 ? a : Random(random, alphabet);
            Assert.Equal(TextComparison.Normalize(a) == TextComparison.Normalize(b), TextComparison.Same(a, b));
        }
    }

    [Theory]
    [InlineData("公务用车购置及运行费购置费", "购置费", true)]
    [InlineData("公务用车购置及运行维护费公务用车购置费", "运行维护费", false)]
    [InlineData("因公出国(境)费 ", "因公出国（境）费", true)]
    [InlineData("“三公”经费合计", "三公经费合计", true)]
    [InlineData("费", "购置费", false)]
    [InlineData("anything", "", true)]
    public void EndsWith_reads_the_innermost_header_ignoring_spaces_quotes_and_width(string text, string suffix, bool expected)
    {
        Assert.Equal(expected, TextComparison.EndsWith(text, suffix));
    }

    [Fact]
    public void EndsWith_in_place_agrees_with_testing_the_normalized_copies()
    {
        AgreesWithTheNormalizedCopies(nameof(TextComparison.EndsWith), TextComparison.EndsWith, (t, s) => t.EndsWith(s, System.StringComparison.Ordinal),
            " ，,（(）)０0“”\"万元", 12, 20261206);
    }

    private static string Random(System.Random random, string alphabet)
    {
        var chars = new char[random.Next(0, 6)];
        for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
        return new string(chars);
    }

    [Theory]
    [InlineData("科学技术（类）", "科学技术支出", true)]
    [InlineData("科普活动支出", "科普活动", true)]
    [InlineData("一般公共服务支出（类）支出", "一般公共服务支出", true)]
    [InlineData("卫生健康（类）支出", "卫生健康支出", true)]
    [InlineData("儿童福利", "住房公积金", false)]
    [InlineData("", "行政运行", false)]
    // 与 and 和 swapped in a class's name (pages of Qinghai and Sichuan): the same class, a slip no reviewer reports.
    [InlineData("社会保障与就业支出", "社会保障和就业支出", true)]
    [InlineData("医疗卫生和计划生育支出", "医疗卫生与计划生育支出", true)]
    [InlineData("社会保障与就业支出", "卫生健康支出", false)]
    public void Catalogue_names_match_without_level_markers_or_trailing_zhichu(string printed, string catalogue, bool expected) =>
        Assert.Equal(expected, CatalogNames.Match(printed, catalogue));

    [Fact]
    public void A_later_catalogue_file_overrides_an_earlier_one_for_its_years()
    {
        string folder = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(folder, "a.csv"), "system,code,name,level,valid_from,valid_to,source\nfunctional,210,医疗卫生与计划生育支出,类,,2018,a\nfunctional,210,卫生健康支出,类,2019,,a\n");
        File.WriteAllText(Path.Combine(folder, "b.csv"), "system,code,name,level,valid_from,valid_to,source\nfunctional,210,卫生健康支出（本局目录）,类,2024,2024,bureau\n");
        var catalog = ClassificationCatalog.LoadFolder(folder);

        Assert.True(catalog.TryGetName("210", 2018, out var old));
        Assert.Equal("医疗卫生与计划生育支出", old.Name);
        Assert.True(catalog.TryGetName("210", 2023, out var current));
        Assert.Equal("卫生健康支出", current.Name);
        Assert.True(catalog.TryGetName("210", 2024, out var bureau));
        Assert.Equal("bureau", bureau.Source);
        Assert.False(catalog.TryGetName("2999999", 2024, out _));
    }

    [Fact]
    public void A_malformed_catalogue_row_names_the_file_and_line()
    {
        var error = Assert.Throws<System.FormatException>(() =>
            ClassificationCatalog.Parse("system,code,name,level,valid_from,valid_to,source\nfunctional,21O,名称,类,,,x\n", "bad.csv").ToList());
        Assert.Contains("bad.csv(2)", error.Message);
    }

    [Fact]
    public void An_unknown_code_is_not_judged()
    {
        Assert.Null(CatalogLookup.Matches(ClassificationCatalog.Empty, "行政运行", "2060101", Quantity.Number(2024m)));
    }

    [Theory]
    [InlineData("支出决算为160.75万元，，比上年增加", "，，", true)]
    [InlineData("支出决算为160.75万元,，比上年增加", "，，", true)]
    [InlineData("支出决算为160.75万元， ，比上年", "，，", true)]
    [InlineData("支出决算为160.75万元，比上年，", "，，", false)]
    [InlineData("“三公”经费（合计）", "三公经费(合计)", true)]
    [InlineData("预算数２０２６年", "2026", true)]
    [InlineData("anything", "  ", true)]
    [InlineData("", "万元", false)]
    public void Contains_ignores_spaces_and_quotes_and_folds_full_width_forms(string text, string part, bool expected)
    {
        Assert.Equal(expected, TextComparison.Contains(text, part));
    }

    [Fact]
    public void Contains_in_place_agrees_with_searching_the_normalized_copies()
    {
        // The in-place search must find exactly what searching the normalized texts finds; random texts over an
        // alphabet of ignored, folded and plain characters exercise every path (a match after a skipped space, a
        // candidate that fails late, a folded first character).
        AgreesWithTheNormalizedCopies(nameof(TextComparison.Contains), TextComparison.Contains, (t, p) => t.Contains(p, System.StringComparison.Ordinal),
            " ，,（(）)：:；;０0１1“”\"'万元增", 24, 20261205);
    }

    /// <summary>
    /// An in-place comparison must say what the same test says of the two normalized copies, on 20,000 random pairs over an
    /// alphabet of ignored, folded and plain characters (texts up to <paramref name="textLength"/>, parts up to 4).
    /// </summary>
    private static void AgreesWithTheNormalizedCopies(string name, System.Func<string, string, bool> inPlace, System.Func<string, string, bool> onCopies,
        string alphabet, int textLength, int seed)
    {
        var random = new System.Random(seed);
        for (int n = 0; n < 20000; n++)
        {
            string text = Random(random, alphabet, random.Next(0, textLength)), part = Random(random, alphabet, random.Next(0, 4));
            bool expected = onCopies(TextComparison.Normalize(text), TextComparison.Normalize(part));
            Assert.True(expected == inPlace(text, part), $"{name}(\"{text}\", \"{part}\") should be {expected}");
        }
    }

    private static string Random(System.Random random, string alphabet, int length)
    {
        var chars = new char[length];
        for (int i = 0; i < length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
        return new string(chars);
    }
}
