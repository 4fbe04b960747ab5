using System;
using System.Collections.Generic;
using System.Globalization;
using ComplianceGen.Runtime;
using ComplianceGen.Runtime.CompilerServices;

namespace ComplianceGen.Runtime.Tests;

public class QuantityTests
{
    [Fact]
    public void Amounts_in_different_units_compare_after_conversion()
    {
        var wan = Quantity.FromAmount(Amount.Wan(62.7m));
        var yuan = Quantity.FromAmount(Amount.Yuan(627000m));
        Assert.True(Comparison.Holds(wan, ComparisonOperator.Equal, yuan, Tolerance.Exact));
        Assert.Equal("62.7万元", wan.ToString());
        Assert.Equal("627000元", yuan.ToString());
    }

    [Fact]
    public void Money_is_taken_as_exact_to_two_decimals_even_when_printed_with_fewer()
    {
        Assert.Equal(50m, Amount.Wan(2m).HalfUnitInYuan);      // 0.005万元: a small whole figure is exact
        Assert.Equal(50m, Amount.Wan(62.7m).HalfUnitInYuan);   // 62.7万元 is 62.70
        Assert.Equal(0.005m * 10000m / 10m, Amount.Wan(32.050509m).HalfUnitInYuan * 1000m); // six printed decimals are kept
    }

    [Fact]
    public void A_large_whole_figure_is_taken_as_rounded_to_its_unit()
    {
        Assert.Equal(5000m, Amount.Wan(87m).HalfUnitInYuan);   // "87万元" for 86.63: ±0.5万元
        Assert.Equal(5000m, Amount.Wan(30441m).HalfUnitInYuan);
        Assert.Equal(0.5m, Amount.Yuan(12780m).HalfUnitInYuan);
        Assert.Equal(50m, Amount.Wan(9m).HalfUnitInYuan);
    }

    [Theory]
    [InlineData(-3)]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(6)]
    [InlineData(20)]
    [InlineData(27)]
    public void Half_units_are_the_half_of_the_last_printed_digit_bit_for_bit(int decimals)
    {
        // The half-units are kept in a table; they must be the very decimals (value and scale) the
        // divisions give, so that tolerances and the texts printed from them do not change.
        int d = System.Math.Clamp(decimals, 0, 20);
        decimal unit = 1m;
        for (int i = 0; i < d; i++) unit /= 10m;
        Assert.Equal(decimal.GetBits(unit / 2m), decimal.GetBits(Precision.HalfUnit(decimals)));
    }

    [Fact]
    public void A_share_is_rounded_to_what_is_printed()
    {
        Assert.Equal(0.5m, Quantity.FromShare(Share.Of(79m)).Tolerance);
        Assert.Equal(0.005m, Quantity.FromShare(Share.Of(99.99m)).Tolerance);
    }

    [Fact]
    public void Rounding_tolerance_adds_the_half_units_of_every_printed_value()
    {
        var sum = Quantity.FromShare(Share.Of(79m)) + Quantity.FromShare(Share.Of(9m)) + Quantity.FromShare(Share.Of(5m)) + Quantity.FromShare(Share.Of(7m));
        Assert.Equal(100m, sum.Value);
        Assert.Equal(2m, sum.Tolerance);
        Assert.Equal(2m, Tolerance.Rounding.Allowed(sum, Quantity.ShareLiteral(100m)));
    }

    [Fact]
    public void Amount_divided_by_amount_is_a_share_in_percent()
    {
        var share = Quantity.FromAmount(Amount.Wan(49.36m)) / Quantity.FromAmount(Amount.Wan(62.7m));
        Assert.Equal(QuantityKind.Share, share.Kind);
        Assert.Equal(78.72m, decimal.Round(share.Value, 2));
        Assert.True(Comparison.Holds(share, ComparisonOperator.Equal, Quantity.FromShare(Share.Of(79m)), Tolerance.Rounding));
    }

    [Fact]
    public void A_share_acts_as_a_fraction_in_products()
    {
        Assert.Equal(79m, (Quantity.ShareLiteral(79m) * Quantity.AmountLiteral(100m, AmountUnit.Yuan)).Value);
        Assert.Equal(25m, (Quantity.ShareLiteral(50m) * Quantity.ShareLiteral(50m)).Value);
        Assert.Equal(60m, (Quantity.Number(2m) * Quantity.ShareLiteral(30m)).Value);
    }

    [Fact]
    public void Division_by_zero_and_overflow_give_an_undefined_value_not_an_exception()
    {
        var zero = Quantity.FromAmount(Amount.Wan(1m)) / Quantity.FromAmount(Amount.Wan(0m));
        Assert.False(zero.IsDefined);
        Assert.Null(Compare.Holds(zero, ComparisonOperator.Equal, Quantity.ShareLiteral(1m), Tolerance.Exact));
        var huge = Quantity.Number(decimal.MaxValue) * Quantity.Number(10m);
        Assert.False(huge.IsDefined);
    }

    [Fact]
    public void An_amount_tolerance_is_in_the_unit_written_and_relative_is_of_the_right()
    {
        var left = Quantity.FromAmount(Amount.Wan(100.01m));
        var right = Quantity.FromAmount(Amount.Wan(100m));
        Assert.True(Comparison.Holds(left, ComparisonOperator.Equal, right, Tolerance.Amount(0.01m, AmountUnit.WanYuan)));
        Assert.True(Comparison.Holds(left, ComparisonOperator.Equal, right, Tolerance.Amount(100m, AmountUnit.Yuan)));
        Assert.False(Comparison.Holds(left, ComparisonOperator.Equal, right, Tolerance.Amount(0.005m, AmountUnit.WanYuan)));
        Assert.False(Comparison.Holds(left, ComparisonOperator.Equal, right, Tolerance.Amount(99m, AmountUnit.Yuan)));
        Assert.True(Comparison.Holds(Quantity.Number(100.4m), ComparisonOperator.Equal, Quantity.Number(100m), Tolerance.Relative(0.5m)));
        Assert.False(Comparison.Holds(Quantity.Number(100.6m), ComparisonOperator.Equal, Quantity.Number(100m), Tolerance.Relative(0.5m)));
    }

    [Fact]
    public void A_tolerance_set_allows_its_largest_part_and_names_it()
    {
        // 79% against 78.92%: rounding allows 0.5 + 0 points, 0.1 points allows 0.1: the set allows 0.5.
        var share = Quantity.FromShare(Share.Of(79m));
        var expected = Quantity.ShareLiteral(78.92m);
        var set = Tolerance.AnyOf(Tolerance.Rounding, Tolerance.Points(0.1m));
        Assert.Equal(0.5m, set.Allowed(share, expected));
        Assert.Equal("允许误差 0.5%（取 按印刷精度舍入；0.1个百分点为 0.1%）", set.Describe(share, expected));
        // 78.5% printed to one decimal against 78.3%: rounding allows 0.05, the points 0.1, and 0.2 fails both.
        var precise = Quantity.FromShare(Share.Of(78.5m));
        var other = Quantity.ShareLiteral(78.3m);
        Assert.False(Comparison.Holds(precise, ComparisonOperator.Equal, other, set));
        Assert.Equal("左边 78.5%，右边 78.3%，差额 0.2%，允许误差 0.1%（取 0.1个百分点；按印刷精度舍入为 0.05%）", Comparison.Explain(precise, other, set));
        Assert.True(Comparison.Holds(precise, ComparisonOperator.Equal, Quantity.ShareLiteral(78.42m), set));
    }

    [Fact]
    public void Ordering_comparisons_give_the_benefit_of_the_tolerance()
    {
        // 60% + 41% printed without decimals: 101 ± 1.
        var operating = Quantity.FromShare(Share.Of(60m)) + Quantity.FromShare(Share.Of(41m));
        Assert.True(Comparison.Holds(operating, ComparisonOperator.LessOrEqual, Quantity.ShareLiteral(100m), Tolerance.Rounding));
        Assert.False(Comparison.Holds(operating, ComparisonOperator.LessOrEqual, Quantity.ShareLiteral(100m), Tolerance.Exact));
    }

    [Fact]
    public void Whole_number_comparisons_answer_as_quantity_comparisons_do()
    {
        var ops = (ComparisonOperator[])System.Enum.GetValues(typeof(ComparisonOperator));
        var tolerances = new[] { Tolerance.Exact, Tolerance.Rounding, Tolerance.Absolute(1m), Tolerance.Relative(50m) };
        for (int a = -2; a <= 3; a++)
        {
            foreach (var op in ops)
            {
                foreach (decimal number in new[] { 0m, 1m, 2.5m, -1m })
                    Assert.Equal(Compare.Holds(Quantity.Number(a), op, Quantity.Number(number), Tolerance.Exact), Compare.Holds(a, op, number));
                for (int b = -2; b <= 3; b++)
                {
                    foreach (var tolerance in tolerances)
                    {
                        Assert.Equal(Compare.Holds(Values.Of(new CountFact(a)), op, Values.Of(new CountFact(b)), tolerance),
                            Compare.Holds(new CountFact(a), op, new CountFact(b), tolerance));
                    }
                }
            }
        }
        Assert.Null(Compare.Holds((CountFact?)null, ComparisonOperator.Equal, new CountFact(1), Tolerance.Exact));
    }

    [Fact]
    public void Values_print_as_the_custom_format_prints_them()
    {
        // Quantity.Format trims the invariant form instead of formatting with "0.######"; the text
        // of every message and detail must stay the same.
        static string Reference(decimal value, QuantityKind kind, AmountUnit unit) => kind switch
        {
            QuantityKind.Amount => Math.Round(AmountUnits.FromYuan(value, unit), 6).ToString("0.######", CultureInfo.InvariantCulture) + AmountUnits.Symbol(unit),
            QuantityKind.Share => Math.Round(value, 4).ToString("0.######", CultureInfo.InvariantCulture) + "%",
            _ => Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture),
        };
        var random = new Random(3);
        var samples = new List<decimal>
        {
            0m, -0m, 0.0000001m, -0.0000001m, -0.00000049m, 0.0000005m, 1m, -1m, 10m, 100.000m, 62.70m, 0.5m, -3.20m,
            decimal.MaxValue, decimal.MinValue, 79228162514264337593543950.335m, 1e-28m, 123456789.987654321m,
        };
        for (int i = 0; i < 20_000; i++)
        {
            var value = new decimal(random.Next(), random.Next(), random.Next(0, 1 << 20), random.Next(2) == 0, (byte)random.Next(0, 29));
            samples.Add(value);
            samples.Add(Math.Round(value, random.Next(0, 8)));
        }
        foreach (var value in samples)
        {
            foreach (var kind in new[] { QuantityKind.Number, QuantityKind.Share, QuantityKind.Amount })
            {
                foreach (var unit in new[] { AmountUnit.Yuan, AmountUnit.WanYuan, AmountUnit.YiYuan })
                    Assert.Equal(Reference(value, kind, unit), Quantity.Format(value, kind, unit));
            }
        }
    }

    [Fact]
    public void Unknown_values_make_comparisons_unknown()
    {
        Assert.Null(Compare.Holds(null, ComparisonOperator.Equal, Quantity.Number(1m), Tolerance.Exact));
        Assert.Null(Compare.SameText(null, "a"));
        Assert.Null(Values.Of((Amount?)null));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(1234567)]
    public void A_whole_number_prints_in_a_message_as_its_quantity_does(int value)
    {
        var fact = new CountFact(value);
        Assert.Equal(ComplianceGen.Runtime.CompilerServices.MessageFormat.Of(ComplianceGen.Runtime.CompilerServices.Values.Of(fact)),
            ComplianceGen.Runtime.CompilerServices.MessageFormat.Of(fact));
        Assert.Equal("（未说明）", ComplianceGen.Runtime.CompilerServices.MessageFormat.Of((CountFact?)null));
    }
}
