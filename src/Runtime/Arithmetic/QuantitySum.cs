using System;

namespace ComplianceGen.Runtime;

/// <summary>
/// Adds up quantities the way <c>total = total is null ? part : total + part</c> does — the same
/// value, tolerance, kind, display unit, evidence and definedness, bit for bit — but keeps value and
/// tolerance as two decimals instead of building a <c>Quantity?</c> per element, and adds an
/// amount's or a share's figures without building a <see cref="Quantity"/> for it at all. The
/// generated sums use it; an unstated (null) part adds nothing, and no part at all sums to null.
/// </summary>
public struct QuantitySum
{
    private decimal _value;
    private decimal _tolerance;
    private QuantityKind _kind;
    private AmountUnit _unit;
    private Evidence? _evidence;
    private bool _any;
    private bool _undefined;

    /// <summary>The sum so far; null while nothing was added.</summary>
    public readonly Quantity? Total =>
        _any ? new Quantity(_value, _tolerance, _kind, _unit, _evidence, isDefined: !_undefined) : null;

    public void Add(Amount? amount)
    {
        if (amount is not null) Add(amount.InYuan, amount.HalfUnitInYuan, QuantityKind.Amount, amount.Unit, amount.Evidence, defined: true);
    }

    public void Add(Share? share)
    {
        if (share is not null) Add(share.Percent, share.HalfUnit, QuantityKind.Share, AmountUnit.Yuan, share.Evidence, defined: true);
    }

    public void Add(CountFact? count)
    {
        if (count is not null) Add(count.Value, 0m, QuantityKind.Number, AmountUnit.Yuan, count.Evidence, defined: true);
    }

    public void Add(Quantity? part)
    {
        if (part is { } p) Add(p.Value, p.Tolerance, p.Kind, p.DisplayUnit, p.Evidence, p.IsDefined);
    }

    // Quantity's + (Combine), applied to the running total in place.
    private void Add(decimal value, decimal tolerance, QuantityKind kind, AmountUnit unit, Evidence? evidence, bool defined)
    {
        if (!_any)
        {
            _any = true;
            _value = value;
            _tolerance = tolerance;
            _kind = kind;
            _unit = unit;
            _evidence = evidence;
            _undefined = !defined;
            return;
        }
        var sumKind = _kind == QuantityKind.Number ? kind : _kind;
        if (_undefined || !defined)
        {
            SetUndefined(sumKind);
            return;
        }
        try
        {
            decimal sum = _value + value;
            decimal sumTolerance = _tolerance + tolerance;
            _unit = _kind == QuantityKind.Amount ? _unit : unit;
            _evidence ??= evidence;
            _value = sum;
            _tolerance = sumTolerance;
            _kind = sumKind;
        }
        catch (OverflowException)
        {
            SetUndefined(sumKind);
        }
    }

    private void SetUndefined(QuantityKind kind)
    {
        _undefined = true;
        _kind = kind;
        _value = 0m;
        _tolerance = 0m;
        _unit = AmountUnit.Yuan;
        _evidence = null;
    }
}
