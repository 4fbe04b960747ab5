using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using ComplianceGen.Runtime;
using ComplianceGen.Runtime.CompilerServices;

namespace ComplianceGen.Benchmarks.Suites;

/// <summary>
/// The runtime arithmetic the validators spend their time in, piece by piece (issue 6, item 2): a
/// sum of ten amounts as the generated aggregates compute it (a <c>Quantity?</c> per element) against
/// accumulating value and tolerance as two decimals; building one value from a fact; a comparison
/// within rounding; a quotient; and the half-unit of a printed figure by division (as it was) and
/// from the table (as it is).
/// </summary>
[MemoryDiagnoser]
public class ArithmeticBenchmarks
{
    private readonly List<Amount> _amounts = new();
    private readonly List<Share> _shares = new();
    private Quantity? _left, _right;

    [GlobalSetup]
    public void Setup()
    {
        for (int i = 0; i < 10; i++)
        {
            _amounts.Add(Amount.Wan(10.25m + i, new Evidence(i + 1, 1, "x")));
            _shares.Add(Share.Of(9.9m + i / 10m, new Evidence(i + 1, 1, "x")));
        }
        _left = Values.Of(_amounts[0]);
        _right = Values.Of(_amounts[1]);
    }

    [Benchmark(Baseline = true, Description = "sum of 10 amounts, Quantity? per element (generated)")]
    public Quantity? SumQuantities()
    {
        var list = _amounts;
        Quantity? total = null;
        for (int i = 0; i < list.Count; i++)
        {
            var part = Values.Of(list[i]);
            if (part is null) continue;
            total = total is null ? part : total + part;
        }
        return total;
    }

    [Benchmark(Description = "sum of 10 amounts, value and tolerance as two decimals")]
    public Quantity? SumTwoDecimals()
    {
        var list = _amounts;
        decimal value = 0m, tolerance = 0m;
        Amount? first = null;
        for (int i = 0; i < list.Count; i++)
        {
            var amount = list[i];
            if (amount is null) continue;
            first ??= amount;
            value += amount.InYuan;
            tolerance += amount.HalfUnitInYuan;
        }
        return first is null ? null : new Quantity(value, tolerance, QuantityKind.Amount, first.Unit, first.Evidence);
    }

    [Benchmark(Description = "sum of 10 shares, Quantity? per element (generated)")]
    public Quantity? SumShares()
    {
        var list = _shares;
        Quantity? total = null;
        for (int i = 0; i < list.Count; i++)
        {
            var part = Values.Of(list[i]);
            if (part is null) continue;
            total = total is null ? part : total + part;
        }
        return total;
    }

    [Benchmark(Description = "Values.Of(amount)")]
    public Quantity? ValueOfAmount() => Values.Of(_amounts[3]);

    [Benchmark(Description = "Compare.Holds(a = b within rounding)")]
    public bool? HoldsWithinRounding() => Compare.Holds(_left, ComparisonOperator.Equal, _right, Tolerance.Rounding);

    [Benchmark(Description = "a ÷ b (amount ÷ amount → share)")]
    public Quantity? Quotient() => _left / _right;

    [Benchmark(Description = "format a quantity (\"62.7万元\")")]
    public string Format() => _left!.Value.ToString();

    [Benchmark(Description = "Compare.Explain (a failed comparison's detail)")]
    public string? Explain() => Compare.Explain(_left, _right, Tolerance.Rounding);

    [Benchmark(Description = "half-unit of 2 decimals by division (before)")]
    public decimal HalfUnitByDivision()
    {
        decimal unit = 1m;
        for (int i = 0; i < 2; i++) unit /= 10m;
        return unit / 2m;
    }

    [Benchmark(Description = "half-unit of 2 decimals from the table (now)")]
    public decimal HalfUnitFromTable() => Precision.HalfUnit(2);
}
