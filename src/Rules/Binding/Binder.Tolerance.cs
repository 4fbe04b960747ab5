using System.Collections.Generic;
using System.Globalization;
using ComplianceGen.Rules.Diagnostics;
using ComplianceGen.Rules.Schema;
using ComplianceGen.Rules.Syntax;

namespace ComplianceGen.Rules.Binding;

public sealed partial class Binder
{
    /// <summary>
    /// Checks each part of a tolerance against the compared values and against the other parts:
    /// 个百分点 belongs to shares, an amount in a unit to amounts, a plain number to numbers; rounding and
    /// relative fit any numbers. Language v1's bare <c>1%</c> (relative, though it reads like a point) is
    /// CG1022, and its plain number next to shares (points) CG1011: each says what to write instead.
    /// </summary>
    private BoundTolerance? BindTolerance(ToleranceSyntax tolerance, ValueKind compared)
    {
        var parts = new List<BoundTolerancePart>();
        TolerancePart? unitPart = null;
        ValueKind? unit = null;
        foreach (var part in tolerance.Parts)
        {
            if (part.Kind == ToleranceSyntaxKind.BarePercent)
            {
                Report(DiagnosticCatalog.AmbiguousPercentTolerance, part.Span, part.Value.ToString(CultureInfo.InvariantCulture));
                return null;
            }
            var partUnit = UnitOf(part, compared);
            if (partUnit is not null)
            {
                if (unit is not null && unit != partUnit)
                {
                    Report(DiagnosticCatalog.ToleranceUnitsDiffer, part.Span, unitPart!.Text, BoundType.Describe(unit.Value), part.Text, BoundType.Describe(partUnit.Value));
                    return null;
                }
                unit ??= partUnit;
                unitPart ??= part;
            }
            if (partUnit is not null && partUnit != compared)
            {
                Report(DiagnosticCatalog.ToleranceUnitMismatch, part.Span, part.Text, BoundType.Describe(compared), Hint(compared));
                return null;
            }
            var bound = Bind(part, compared);
            if (bound is null) return null;
            parts.Add(bound);
        }
        return new BoundTolerance(parts.ToEquatableArray());
    }

    /// <summary>The kind of value a part's unit measures, or null for rounding and relative (they fit any numbers).</summary>
    private static ValueKind? UnitOf(TolerancePart part, ValueKind compared) => part.Kind switch
    {
        ToleranceSyntaxKind.Points => ValueKind.Share,
        ToleranceSyntaxKind.Amount => ValueKind.Amount,
        // A plain number measures plain numbers: next to shares or amounts it says no unit.
        ToleranceSyntaxKind.Plain => ValueKind.Number,
        _ => null,
    };

    private static string Hint(ValueKind compared) => compared switch
    {
        ValueKind.Amount => "金额的误差写作带单位的金额，如“误差 0.5万元”，或“误差 舍入”“误差 相对 1%”",
        ValueKind.Share => "占比的误差写作“误差 0.1个百分点”，或“误差 舍入”“误差 相对 1%”",
        _ => "数的误差写作数，如“误差 1”，或“误差 舍入”“误差 相对 1%”",
    };

    private BoundTolerancePart? Bind(TolerancePart part, ValueKind compared)
    {
        switch (part.Kind)
        {
            case ToleranceSyntaxKind.Rounding:
                return new BoundTolerancePart(BoundToleranceKind.Rounding, 0m, UnitSyntax.Yuan, part.Text);
            case ToleranceSyntaxKind.Relative:
                return new BoundTolerancePart(BoundToleranceKind.Relative, part.Value, UnitSyntax.Yuan,
                    "相对 " + part.Value.ToString(CultureInfo.InvariantCulture) + "%");
            case ToleranceSyntaxKind.Points:
                return new BoundTolerancePart(BoundToleranceKind.Points, part.Value, UnitSyntax.Yuan,
                    part.Value.ToString(CultureInfo.InvariantCulture) + "个百分点");
            case ToleranceSyntaxKind.Amount:
                if (!LiteralRange.AmountFits(part.Value, part.Unit!.Value))
                {
                    Report(DiagnosticCatalog.InvalidNumber, part.Span, part.Text);
                    return null;
                }
                return new BoundTolerancePart(BoundToleranceKind.Amount, part.Value, part.Unit!.Value,
                    part.Value.ToString(CultureInfo.InvariantCulture) + LiteralRange.UnitText(part.Unit.Value));
            default:
                return new BoundTolerancePart(BoundToleranceKind.Number, part.Value, UnitSyntax.Yuan, part.Value.ToString(CultureInfo.InvariantCulture));
        }
    }
}
