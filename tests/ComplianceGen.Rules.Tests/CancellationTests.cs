using System;
using System.Linq;
using System.Threading;
using ComplianceGen.Rules.Binding;
using ComplianceGen.Rules.Parsing;
using ComplianceGen.Rules.Schema;

namespace ComplianceGen.Rules.Tests;

/// <summary>A cancelled build stops parsing and binding instead of finishing the file (the generator passes its token down).</summary>
public class CancellationTests
{
    private const string File = "rule A-1 \"t\"\n severity error\n require 年度 is stated\n";

    [Fact]
    public void Parsing_stops_when_the_build_is_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => RuleFileParser.Parse("x.rules", File, cancelled.Token));
        Assert.Single(RuleFileParser.Parse("x.rules", File, CancellationToken.None).Syntax.Rules);
    }

    [Fact]
    public void Binding_stops_when_the_build_is_cancelled_and_is_not_reported_as_an_internal_error()
    {
        var parsed = RuleFileParser.Parse("x.rules", File);
        var schema = new ModelSchema("R", new[] { new SchemaType("R", EquatableArray<string>.Empty, false, false, EquatableArray<SchemaMember>.Empty) }.ToEquatableArray());
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => Binder.Bind(parsed, schema, cancelled.Token));
        Assert.DoesNotContain(Binder.Bind(parsed, schema).Diagnostics, d => d.Id == "CG9001");
    }
}
