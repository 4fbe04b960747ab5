using System.Collections.Generic;
using System.Linq;
using ComplianceGen.Runtime;
using ComplianceGen.Runtime.CompilerServices;
using Xunit;

namespace ComplianceGen.Runtime.Tests;

/// <summary>The positions an indexed existence test visits: those stating the number asked for or none, in order.</summary>
public sealed class WholeNumberIndexTests
{
    private static readonly System.Func<CountFact?, CountFact?> Itself = static n => n;
    private static readonly System.Func<CountFact?, CountFact?> Doubled = static n => n is null ? null : new CountFact(n.Value * 2);

    private static List<CountFact?> Numbers(int count) =>
        Enumerable.Range(0, count).Select(i => i % 7 == 0 ? null : new CountFact(i % 5)).ToList();

    private static List<int> Visited(WholeNumberIndex.Positions positions)
    {
        var visited = new List<int>();
        foreach (int i in positions) visited.Add(i);
        return visited;
    }

    [Fact]
    public void A_long_list_is_visited_where_the_number_is_the_one_asked_for_or_not_stated_in_the_lists_order()
    {
        WholeNumberIndex.Forget();
        var list = Numbers(WholeNumberIndex.MinimumLength + 100);
        var expected = Enumerable.Range(0, list.Count).Where(i => list[i] is null || list[i]!.Value == 3).ToList();
        Assert.Equal(expected, Visited(WholeNumberIndex.Of(list, Itself, new CountFact(3))));
        // A number no element states: only those that state none.
        Assert.Equal(Enumerable.Range(0, list.Count).Where(i => list[i] is null), Visited(WholeNumberIndex.Of(list, Itself, new CountFact(99))));
    }

    [Fact]
    public void Every_position_when_the_item_states_no_number_or_the_list_is_short()
    {
        WholeNumberIndex.Forget();
        var list = Numbers(WholeNumberIndex.MinimumLength + 100);
        Assert.Equal(Enumerable.Range(0, list.Count), Visited(WholeNumberIndex.Of(list, Itself, null)));
        var shortList = Numbers(WholeNumberIndex.MinimumLength - 1);
        Assert.Equal(Enumerable.Range(0, shortList.Count), Visited(WholeNumberIndex.Of(shortList, Itself, new CountFact(3))));
    }

    [Fact]
    public void Two_numbers_of_one_list_have_indexes_of_their_own_and_a_changed_list_is_indexed_afresh_after_Forget()
    {
        WholeNumberIndex.Forget();
        var list = Numbers(WholeNumberIndex.MinimumLength + 100);
        var byItself = Visited(WholeNumberIndex.Of(list, Itself, new CountFact(4)));
        var byDouble = Visited(WholeNumberIndex.Of(list, Doubled, new CountFact(4)));
        Assert.Equal(Enumerable.Range(0, list.Count).Where(i => list[i] is null || list[i]!.Value == 4), byItself);
        Assert.Equal(Enumerable.Range(0, list.Count).Where(i => list[i] is null || list[i]!.Value == 2), byDouble);
        list[1] = new CountFact(4);
        WholeNumberIndex.Forget();
        Assert.Contains(1, Visited(WholeNumberIndex.Of(list, Itself, new CountFact(4))));
    }
}
