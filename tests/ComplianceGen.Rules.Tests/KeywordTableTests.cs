using System.Linq;
using ComplianceGen.Rules.Parsing;

namespace ComplianceGen.Rules.Tests;

public class KeywordTableTests
{
    [Fact]
    public void Every_keyword_has_an_English_and_a_Chinese_spelling()
    {
        foreach (var keyword in Keywords.Table)
        {
            Assert.NotEmpty(keyword.English);
            Assert.NotEmpty(keyword.Chinese);
            Assert.All(keyword.Chinese, spelling => Assert.DoesNotContain(spelling, c => c < 128));
        }
    }

    [Fact]
    public void No_spelling_means_two_things()
    {
        var spellings = Keywords.Table.SelectMany(k => k.Spellings.Select(s => (Spelling: s, k.Meaning))).ToList();
        var clashes = spellings.GroupBy(s => s.Spelling).Where(g => g.Select(x => x.Meaning).Distinct().Count() > 1).Select(g => g.Key);
        Assert.Empty(clashes);
    }
}
