using System;
using System.Collections.Generic;
using ComplianceGen.Runtime;
using ComplianceGen.Runtime.CompilerServices;

namespace ComplianceGen.Runtime.Tests;

/// <summary>
/// Generated validators compare sums and differences of stated amounts and shares as figures, not quantities
/// (<c>Compare.Holds(Figure.Of(a) + Figure.Of(b), op, Figure.Of(c), tolerance)</c>). The answer must be the one the
/// quantities give, for every operator and tolerance, unknown included; and where the quantities throw, so do the figures.
/// </summary>
public class FigureTests
{
    private static readonly ComparisonOperator[] Operators = (ComparisonOperator[])Enum.GetValues(typeof(ComparisonOperator));

    private static readonly Tolerance[] Tolerances =
    {
        Tolerance.Exact,
        Tolerance.Rounding,
        Tolerance.Absolute(0.5m),
        Tolerance.Points(0.1m),
        Tolerance.Amount(0.01m, AmountUnit.WanYuan),
        Tolerance.Relative(1m),
        Tolerance.AnyOf(Tolerance.Rounding, Tolerance.Points(0.1m)),
        Tolerance.AnyOf(Tolerance.Relative(0.5m), Tolerance.Amount(2m, AmountUnit.Yuan), Tolerance.Rounding),
    };

    [Fact]
    public void Sums_of_amounts_compare_as_their_quantities_do() =>
        // Half the time the other side is nearly the same sum: one figure printed with other decimals or a cent apart,
        // where the allowance decides.
        AssertRandomSumsCompareAlike(new Random(12), Amounts, (random, left) => random.Next(2) == 0 ? Amounts(random) : NearlyTheSame(random, left),
            Figure.Of, Values.Of);

    [Fact]
    public void Sums_of_shares_compare_as_their_quantities_do() =>
        AssertRandomSumsCompareAlike(new Random(13), Shares, (random, _) => Shares(random), Figure.Of, Values.Of);

    /// <summary>3,000 random pairs of sides, each a ± chain of facts: the figures' answers are the quantities'.</summary>
    private static void AssertRandomSumsCompareAlike<T>(Random random, Func<Random, List<T?>> facts, Func<Random, List<T?>, List<T?>> other,
        Func<T?, Figure?> figure, Func<T?, Quantity?> quantity) where T : class
    {
        for (int run = 0; run < 3_000; run++)
        {
            var left = facts(random);
            var leftSigns = Signs(random, left.Count);
            var right = other(random, left);
            var rightSigns = right.Count == left.Count && random.Next(2) == 0 ? leftSigns : Signs(random, right.Count);
            AssertSameAnswers(
                Figures(left.ConvertAll(f => figure(f)), leftSigns), Quantities(left.ConvertAll(f => quantity(f)), leftSigns),
                Figures(right.ConvertAll(f => figure(f)), rightSigns), Quantities(right.ConvertAll(f => quantity(f)), rightSigns));
        }
    }

    [Fact]
    public void A_literal_compares_as_the_quantity_literal_does()
    {
        var random = new Random(14);
        for (int run = 0; run < 1_000; run++)
        {
            var amounts = Amounts(random);
            var signs = Signs(random, amounts.Count);
            decimal value = random.Next(-3, 4) * 0.5m;
            var unit = (AmountUnit)random.Next(3);
            AssertSameAnswers(
                Figures(amounts.ConvertAll(Figure.Of), signs), Quantities(amounts.ConvertAll(Values.Of), signs),
                Figure.Literal(AmountUnits.ToYuan(value, unit)), Quantity.AmountLiteral(value, unit));
        }
    }

    [Fact]
    public void A_sum_that_overflows_is_unknown_as_an_undefined_quantity_is()
    {
        var huge = Amount.Yuan(decimal.MaxValue - 1m);
        var one = Amount.Yuan(1m);
        var figure = Figure.Of(huge) + Figure.Of(huge);
        var quantity = Values.Of(huge) + Values.Of(huge);
        Assert.Null(figure);
        Assert.False(quantity!.Value.IsDefined);
        Assert.Null(Compare.Holds(figure, ComparisonOperator.Equal, Figure.Of(one), Tolerance.Rounding));
        Assert.Null(Compare.Holds(quantity, ComparisonOperator.Equal, Values.Of(one), Tolerance.Rounding));
        // Not past the limit: a huge figure and a small one add as decimals do.
        Assert.Equal(decimal.MaxValue - 1m + 0m, (Figure.Of(huge) - Figure.Of(one) + Figure.Of(one))!.Value.Value);
    }

    [Fact]
    public void A_figure_not_stated_makes_the_comparison_unknown()
    {
        var stated = Figure.Of(Amount.Wan(1m));
        Assert.Null(Figure.Of((Amount?)null) + stated);
        Assert.Null(stated - Figure.Of((Share?)null));
        Assert.Null(Compare.Holds(stated, ComparisonOperator.Equal, Figure.Of((Amount?)null), Tolerance.Rounding));
        Assert.True(Compare.Holds(stated, ComparisonOperator.Equal, Figure.Literal(10000m), Tolerance.Exact));
    }

    private static void AssertSameAnswers(Figure? leftFigure, Quantity? leftQuantity, Figure? rightFigure, Quantity? rightQuantity)
    {
        foreach (var op in Operators)
        {
            foreach (var tolerance in Tolerances)
            {
                var expected = Answer(() => Compare.Holds(leftQuantity, op, rightQuantity, tolerance));
                var actual = Answer(() => Compare.Holds(leftFigure, op, rightFigure, tolerance));
                Assert.True(expected == actual, $"{leftQuantity} {op} {rightQuantity} ({tolerance.Name}): quantities {expected}, figures {actual}");
            }
        }
    }

    /// <summary>The answer, or "throws" where decimal arithmetic overflows outside a sum (the difference of two sides).</summary>
    private static string Answer(Func<bool?> compare)
    {
        try
        {
            return compare()?.ToString() ?? "unknown";
        }
        catch (OverflowException)
        {
            return "throws";
        }
    }

    private static List<Amount?> Amounts(Random random)
    {
        var amounts = new List<Amount?>();
        for (int i = random.Next(1, 5); i > 0; i--)
        {
            amounts.Add(random.Next(12) switch
            {
                0 => null,
                1 => Amount.Yuan(decimal.MaxValue / random.Next(1, 4)), // past the limit: added with the overflow check
                2 => Amount.Yuan(2e26m * random.Next(-2, 3)), // not modest
                _ => new Amount(random.Next(-100_000, 100_000) / (decimal)Math.Pow(10, random.Next(0, 4)), (AmountUnit)random.Next(3), random.Next(0, 4)),
            });
        }
        return amounts;
    }

    private static List<Amount?> NearlyTheSame(Random random, List<Amount?> amounts)
    {
        var copy = new List<Amount?>(amounts);
        int i = random.Next(copy.Count);
        if (copy[i] is { } amount && Math.Abs(amount.InYuan) < 1e20m)
            copy[i] = new Amount(amount.Value + random.Next(-2, 3) * 0.01m, amount.Unit, random.Next(0, 4));
        return copy;
    }

    private static List<Share?> Shares(Random random)
    {
        var shares = new List<Share?>();
        for (int i = random.Next(1, 4); i > 0; i--)
        {
            shares.Add(random.Next(10) switch
            {
                0 => null,
                1 => new Share(decimal.MaxValue / random.Next(1, 3), 0),
                _ => new Share(random.Next(0, 10_000) / 100m, random.Next(0, 3)),
            });
        }
        return shares;
    }

    private static List<bool> Signs(Random random, int count)
    {
        var signs = new List<bool>();
        for (int i = 0; i < count; i++) signs.Add(random.Next(2) == 0);
        return signs;
    }

    /// <summary>a ± b ± c, left to right, as the generated code adds figures.</summary>
    private static Figure? Figures(List<Figure?> parts, List<bool> subtract)
    {
        var total = parts[0];
        for (int i = 1; i < parts.Count; i++) total = subtract[i] ? total - parts[i] : total + parts[i];
        return total;
    }

    private static Quantity? Quantities(List<Quantity?> parts, List<bool> subtract)
    {
        var total = parts[0];
        for (int i = 1; i < parts.Count; i++) total = subtract[i] ? total - parts[i] : total + parts[i];
        return total;
    }
}
