using ComplianceGen.Runtime;
using ComplianceGen.Runtime.CompilerServices;

namespace ComplianceGen.Runtime.Tests;

/// <summary>
/// A line is a child of another when its parent code is the other's code, compared as names are
/// (<see cref="TextComparison.Same"/>), and both come from the same table. Codes of plain digits take a
/// quicker comparison; the answer must be the one the name comparison gives.
/// </summary>
public class ClassificationTreeTests
{
    private static ClassificationLine Line(string code, int? table) => new()
    {
        Code = new CodeFact(code),
        TableNumber = table is null ? null : new CountFact(table.Value),
    };

    [Theory]
    [InlineData("2010101", "20101", true)]
    [InlineData("2010101", "20102", false)]
    [InlineData("2010101", "201", false)]
    [InlineData("20101", "201", true)]
    [InlineData("20101", "2010101", false)]
    [InlineData("２０１０１０１", "20101", true)]   // full-width digits fold to ASCII
    [InlineData("2010101", "２０１０１", true)]
    [InlineData("2010101", "20101 ", true)]       // white space is ignored
    [InlineData("2010101", "2 0101", true)]
    [InlineData("2010101", "“20101”", true)]      // quotes are ignored
    [InlineData("2010101", "", false)]
    public void A_child_s_parent_code_matches_the_parent_s_code_as_names_compare(string childCode, string parentCode, bool expected)
    {
        var child = Line(childCode, 1);
        var parent = Line(parentCode, 1);
        Assert.Equal(expected, TextComparison.Same(child.ParentCode?.Value, parentCode) && child.ParentCode is not null);
        Assert.Equal(expected, ClassificationTree.IsChild(child, parent));
    }

    [Theory]
    [InlineData(1, 2, false)]
    [InlineData(1, null, false)]
    [InlineData(null, 1, false)]
    [InlineData(null, null, true)]
    [InlineData(3, 3, true)]
    public void Parent_and_child_come_from_the_same_table_or_both_from_prose(int? childTable, int? parentTable, bool expected)
    {
        Assert.Equal(expected, ClassificationTree.IsChild(Line("2010101", childTable), Line("20101", parentTable)));
    }
}
