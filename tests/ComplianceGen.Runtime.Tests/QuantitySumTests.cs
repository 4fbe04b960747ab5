using System;
using System.Collections.Generic;
using ComplianceGen.Runtime;
using ComplianceGen.Runtime.CompilerServices;

namespace ComplianceGen.Runtime.Tests;

/// <summary>
/// QuantitySum is the generated sums' accumulator; it must give exactly what adding Quantity?
/// values one by one gives (total = total is null ? part : total + part), field for field and bit
/// for bit, so that messages and details do not change.
/// </summary>
public class QuantitySumTests
{
    private static readonly Evidence E1 = new(1, 1, "a"), E2 = new(2, 1, "b");

    [Fact]
    public void No_part_sums_to_null_and_unstated_parts_add_nothing()
    {
        var sum = new QuantitySum();
        Assert.Null(sum.Total);
        sum.Add((Amount?)null);
        sum.Add((Share?)null);
        sum.Add((Quantity?)null);
        Assert.Null(sum.Total);
        sum.Add(Amount.Wan(1.5m, E1));
        Assert.Equal("1.5万元", sum.Total.ToString());
    }

    [Fact]
    public void Facts_sum_as_their_quantities_do()
    {
        var amounts = new[] { Amount.Wan(60.7m), Amount.Yuan(20000m, E1), null, Amount.Wan(0.005m, E2), Amount.Of(1.25m, AmountUnit.YiYuan) };
        var shares = new[] { null, Share.Of(79m, E2), Share.Of(9.5m), Share.Of(11.55m, E1) };
        var counts = new[] { new CountFact(3, E1), null, new CountFact(4) };
        AssertSame(Chain(Array.ConvertAll(amounts, Values.Of)), Sum(s => { foreach (var a in amounts) s.Add(a); }));
        AssertSame(Chain(Array.ConvertAll(shares, Values.Of)), Sum(s => { foreach (var x in shares) s.Add(x); }));
        AssertSame(Chain(Array.ConvertAll(counts, Values.Of)), Sum(s => { foreach (var c in counts) s.Add(c); }));
    }

    [Fact]
    public void Any_quantities_sum_as_the_operator_sums_them()
    {
        var random = new Random(5);
        var kinds = new[] { QuantityKind.Number, QuantityKind.Amount, QuantityKind.Share };
        for (int run = 0; run < 2_000; run++)
        {
            var parts = new List<Quantity?>();
            for (int i = random.Next(0, 6); i > 0; i--)
            {
                parts.Add(random.Next(8) switch
                {
                    0 => null,
                    1 => Quantity.Undefined(kinds[random.Next(3)]),
                    2 => new Quantity(decimal.MaxValue, 1m, QuantityKind.Amount, AmountUnit.WanYuan, E1), // overflows when added to
                    3 => -new Quantity(random.Next(100) / 7m, 0.5m, kinds[random.Next(3)], AmountUnit.YiYuan, null, isDefined: random.Next(4) > 0),
                    _ => new Quantity(random.Next(-1000, 1000) / 100m, random.Next(10) / 1000m, kinds[random.Next(3)], (AmountUnit)random.Next(3), random.Next(3) == 0 ? null : E2),
                });
            }
            AssertSame(Chain(parts.ToArray()), Sum(s => { foreach (var p in parts) s.Add(p); }));
        }
    }

    private static Quantity? Chain(Quantity?[] parts)
    {
        Quantity? total = null;
        foreach (var part in parts)
        {
            if (part is null) continue;
            total = total is null ? part : total + part;
        }
        return total;
    }

    private static Quantity? Sum(Action<QuantitySumBox> add)
    {
        var box = new QuantitySumBox();
        add(box);
        return box.Sum.Total;
    }

    /// <summary>Holds the (mutable struct) sum so a lambda can add to it.</summary>
    public sealed class QuantitySumBox
    {
        public QuantitySum Sum;

        public void Add(Amount? amount) => Sum.Add(amount);

        public void Add(Share? share) => Sum.Add(share);

        public void Add(CountFact? count) => Sum.Add(count);

        public void Add(Quantity? part) => Sum.Add(part);
    }

    private static void AssertSame(Quantity? expected, Quantity? actual)
    {
        Assert.Equal(expected.HasValue, actual.HasValue);
        if (expected is not { } e || actual is not { } a) return;
        Assert.Equal(decimal.GetBits(e.Value), decimal.GetBits(a.Value));
        Assert.Equal(decimal.GetBits(e.Tolerance), decimal.GetBits(a.Tolerance));
        Assert.Equal(e.Kind, a.Kind);
        Assert.Equal(e.DisplayUnit, a.DisplayUnit);
        Assert.Same(e.Evidence, a.Evidence);
        Assert.Equal(e.IsDefined, a.IsDefined);
    }
}
