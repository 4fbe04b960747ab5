using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using ComplianceGen.Rules.Diagnostics;
using ComplianceGen.Rules.Parsing;
using ComplianceGen.Rules.Schema;
using ComplianceGen.Rules.Syntax;

namespace ComplianceGen.Rules.Binding;

/// <summary>The binder's output for one rule file: the rules that bound cleanly and every diagnostic.</summary>
public sealed record BoundRuleFile(string Path, EquatableArray<BoundRule> Rules, EquatableArray<RuleDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Resolves the names in a parsed rule file against the model schema — C# member names or
/// Chinese terms — checks types, and reports located errors with the nearest known name as a
/// suggestion. A rule with an error is left out; the file's other rules still bind.
/// </summary>
public sealed partial class Binder
{
    /// <summary>
    /// The longest field or variable name. Model names are far shorter, and a name is reported as what
    /// it is, once, rather than echoed whole in an "unknown field" message.
    /// </summary>
    public const int MaxNameLength = 128;

    private readonly ModelSchema _schema;
    private readonly string _path;
    private readonly List<RuleDiagnostic> _diagnostics = new();
    private readonly Scope _scope = new();
    private string _ruleText = "";
    private int _ruleStart;
    private bool _inAggregate;

    /// <summary>Set while the rule's <c>when</c> is bound: the for-each item does not exist there.</summary>
    private bool _inCondition;

    private Binder(ModelSchema schema, string path)
    {
        _schema = schema;
        _path = path;
    }

    /// <summary>Binds every rule of the file; stops with <see cref="OperationCanceledException"/> when the build is cancelled.</summary>
    public static BoundRuleFile Bind(ParsedRuleFile parsed, ModelSchema schema, CancellationToken cancellationToken = default)
    {
        var binder = new Binder(schema, parsed.Path);
        var rules = new List<BoundRule>();
        try
        {
            if (schema.Error is not null)
            {
                binder._diagnostics.Add(RuleDiagnostic.Create(DiagnosticCatalog.InternalError, parsed.Path, new SourceSpan(0, 0, 1, 1, 1, 1), schema.Error));
            }
            else if (schema.Root is null)
            {
                binder._diagnostics.Add(RuleDiagnostic.Create(DiagnosticCatalog.NoReportModel, parsed.Path, new SourceSpan(0, 0, 1, 1, 1, 1)));
            }
            else
            {
                foreach (var rule in parsed.Syntax.Rules)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var bound = binder.BindGuarded(rule, parsed.Syntax.Header);
                    if (bound is not null) rules.Add(bound);
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            binder._diagnostics.Add(RuleDiagnostic.Create(DiagnosticCatalog.InternalError, parsed.Path, new SourceSpan(0, 0, 1, 1, 1, 1), exception.GetType().Name + ": " + exception.Message));
        }
        var diagnostics = parsed.Diagnostics.Concat(binder._diagnostics).ToEquatableArray();
        return new BoundRuleFile(parsed.Path, rules.ToEquatableArray(), diagnostics);
    }

    /// <summary>
    /// Binds one rule. The parser already refused trees deeper than <see cref="NestingLimits.MaxDepth"/>;
    /// should the thread's stack still run low (a very small stack), the rule gets CG0008 and the
    /// file's other rules still bind.
    /// </summary>
    private BoundRule? BindGuarded(RuleSyntax rule, RuleSetHeader? header)
    {
        try
        {
            return BindRule(rule, header);
        }
        catch (InsufficientExecutionStackException)
        {
            Report(DiagnosticCatalog.NestedTooDeeply, rule.IdSpan, NestingLimits.MaxBrackets, NestingLimits.MaxDepth);
            return null;
        }
        finally
        {
            _scope.Clear();
            _inAggregate = false;
            _inCondition = false;
        }
    }

    private void Report(DiagnosticDescriptorInfo descriptor, SourceSpan span, params object[] args) =>
        _diagnostics.Add(RuleDiagnostic.Create(descriptor, _path, span, args));

    private BoundRule? BindRule(RuleSyntax rule, RuleSetHeader? header)
    {
        int errorsBefore = _diagnostics.Count(d => d.IsError);
        _ruleText = rule.Text;
        _ruleStart = rule.Span.Start;

        if (!RuleIds.IsValid(rule.Id)) Report(DiagnosticCatalog.InvalidRuleId, rule.IdSpan, rule.Id);

        RuleSeverity? severity = null;
        EquatableArray<KindReference>? kinds = null;
        string? citation = null;
        YearRange? years = null;
        BoundExpr? when = null;
        string whenText = "";
        var requirements = new List<(RequireClause Clause, BoundExpr? Bound)>();
        MessageClause? message = null;
        var examples = new List<ExampleSyntax>();

        void Once(bool already, RuleClause clause, string name)
        {
            if (already) Report(DiagnosticCatalog.RepeatedClause, clause.Span, rule.Id, name);
        }

        // The loop first, then the lets: requirements, the filter, the message and the lets themselves
        // may use the loop variable and the lets written before them, wherever they are written.
        var forEachClauses = rule.Clauses.OfType<ForEachRuleClause>().ToList();
        foreach (var clause in forEachClauses.Skip(1)) Report(DiagnosticCatalog.RepeatedClause, clause.Span, rule.Id, "for each / 对每个");
        BoundPath? collection = null;
        ForEachClause? loop = forEachClauses.Count > 0 ? forEachClauses[0].ForEach : null;
        if (loop is not null)
        {
            collection = BindLoopCollection(loop);
            // Without its loop the rule's other clauses would only repeat the error as unknown variables.
            if (collection is null) return null;
            _scope.Push(new Scope.Variable(loop.Variable, collection.Type.TypeName!, LinesFor(collection), IsLoop: true));
        }

        var lets = new List<BoundLet>();
        foreach (var clause in rule.Clauses.OfType<LetClause>())
        {
            var let = BindLet(clause, loop?.Variable);
            if (let is not null) lets.Add(let);
        }

        BoundForEach? forEach = null;
        if (loop is not null)
        {
            BoundExpr? where = loop.Where is null ? null : BindCondition(loop.Where, "满足（where）");
            forEach = new BoundForEach(loop.Variable, collection!, where, loop.Where is null ? "" : SourceText(loop.Where.Span));
        }

        foreach (var clause in rule.Clauses)
        {
            switch (clause)
            {
                case SeverityClause s:
                    Once(severity is not null, clause, "severity / 级别");
                    severity = s.Severity;
                    break;
                case AppliesToClause a:
                    Once(kinds is not null, clause, "applies-to / 适用于");
                    kinds = a.Kinds;
                    break;
                case CiteClause c:
                    Once(citation is not null, clause, "cite / 依据");
                    citation = c.Citation;
                    break;
                case YearsClause y:
                    Once(years is not null, clause, "years / 适用年度");
                    years = y.Years;
                    break;
                case WhenClause w:
                    Once(when is not null, clause, "when / 当");
                    when = BindReportCondition(w.Condition);
                    whenText = SourceText(w.Condition.Span);
                    break;
                case RequireClause r:
                    requirements.Add((r, BindCondition(r.Condition, "要求（require）")));
                    break;
                case MessageClause m:
                    Once(message is not null, clause, "message / 消息");
                    message = m;
                    break;
                case ExampleClause e:
                    examples.Add(e.Example);
                    break;
            }
        }

        var messageParts = BindMessage(message?.Message, rule.Title);

        if (severity is null) Report(DiagnosticCatalog.MissingSeverity, rule.IdSpan, rule.Id);
        if (requirements.Count == 0) Report(DiagnosticCatalog.MissingRequire, rule.IdSpan, rule.Id);

        var range = years ?? header?.Years;
        if (range is { First: int first, Last: int last } && first > last) Report(DiagnosticCatalog.InvalidYears, range.Span, $"{first}..{last}");

        citation ??= header?.Citation;
        if (string.IsNullOrWhiteSpace(citation)) Report(DiagnosticCatalog.MissingCitation, rule.IdSpan, rule.Id);

        if (!examples.Any(e => e.Expectation == ExampleExpectation.Fail))
            Report(DiagnosticCatalog.MissingExample, rule.IdSpan, rule.Id, "不通过", "fail");
        if (!examples.Any(e => e.Expectation == ExampleExpectation.Pass))
            Report(DiagnosticCatalog.MissingExample, rule.IdSpan, rule.Id, "通过", "pass");

        if (_diagnostics.Count(d => d.IsError) > errorsBefore || severity is null) return null;

        var kindList = (kinds ?? header?.AppliesTo ?? EquatableArray<KindReference>.Empty).Select(k => k.Kind).Distinct().ToEquatableArray();
        return new BoundRule(
            rule.Id,
            RuleIds.ClassName(rule.Id),
            rule.Title,
            severity.Value,
            kindList,
            range?.First,
            range?.Last,
            citation ?? "",
            header?.Name ?? "",
            header?.Title ?? "",
            rule.Span.Line,
            rule.Text,
            when,
            whenText,
            forEach,
            requirements.Select(r => new BoundRequirement(r.Bound!, SourceText(r.Clause.Condition.Span), r.Clause.Span.Line)).ToEquatableArray(),
            messageParts,
            examples.ToEquatableArray())
        {
            Lets = lets.Where(l => l.Value.Type.IsPrintable).ToEquatableArray(),
            IdSpan = rule.IdSpan,
        };
    }

    /// <summary>The rule's condition is about the report as a whole: it is bound without the loop variable.</summary>
    private BoundExpr? BindReportCondition(Expr condition)
    {
        var loop = _scope.Loop;
        if (loop is not null) _scope.Pop();
        _inCondition = true;
        try
        {
            return BindCondition(condition, "当（when）");
        }
        finally
        {
            _inCondition = false;
            if (loop is not null) _scope.Push(loop);
        }
    }

    /// <summary>
    /// A <c>let</c>: a value computed once (per item when it uses the loop variable), or, for a path to
    /// an object or a collection, another name for that path.
    /// </summary>
    private BoundLet? BindLet(LetClause clause, string? loopVariable)
    {
        if (IsTooLong(clause.Name, clause.NameSpan)) return null;
        if (_scope.Defines(clause.Name))
        {
            Report(DiagnosticCatalog.DuplicateVariable, clause.NameSpan, clause.Name);
            return null;
        }
        // A name refused for what it hides is still bound, so the rule's uses of it say nothing more.
        if (_schema.Root!.Find(clause.Name) is not null) Report(DiagnosticCatalog.NameShadowsField, clause.NameSpan, clause.Name);
        else if (GeneratedNames.IsReserved(clause.Name) || _schema.Types.Any(t => t.FullName.EndsWith("." + clause.Name, StringComparison.Ordinal)))
            Report(DiagnosticCatalog.NameReserved, clause.NameSpan, clause.Name);
        var value = clause.Value is PathExpr path ? BindPath(path, allowCollectionEnd: true) : BindExpression(clause.Value);
        if (value is null) return null;
        bool perItem = loopVariable is not null && BoundWalker.Any(value, e =>
            e is BoundPath p && p.Variable == loopVariable ||
            e is BoundLetReference r && _scope.TryGetLet(r.Name, out var used) && used.PerItem);
        // A path to an object or a collection stays a path: "令 t = 三公经费" then "t.合计".
        if (value is BoundPath { CollectionIndex: not null } through && through.CollectionIndex != through.Steps.Count - 1)
        {
            Report(DiagnosticCatalog.CollectionOutsideLoop, clause.Value.Span, through.Text, through.Text);
            return null;
        }
        var let = new BoundLet(clause.Name, value is BoundPath { Type.Kind: ValueKind.Collection } alias ? alias with { CollectionIndex = null } : value,
            SourceText(clause.Value.Span), perItem);
        _scope.AddLet(let);
        return let;
    }

    private string SourceText(SourceSpan span)
    {
        int start = span.Start - _ruleStart;
        if (start < 0 || start + span.Length > _ruleText.Length) return "";
        return Collapse(_ruleText.Substring(start, span.Length));
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) { space = builder.Length > 0; continue; }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    private BoundPath? BindLoopCollection(ForEachClause clause)
    {
        if (IsTooLong(clause.Variable, clause.VariableSpan)) return null;
        if (_scope.Defines(clause.Variable) || _schema.Root!.Find(clause.Variable) is not null)
            Report(DiagnosticCatalog.DuplicateVariable, clause.VariableSpan, clause.Variable);

        if (clause.Collection is not PathExpr path)
        {
            Report(DiagnosticCatalog.NotACollection, clause.Collection.Span, "表达式（expression）");
            return null;
        }
        var value = BindPath(path, allowCollectionEnd: true);
        if (value is null) return null;
        if (value is not BoundPath bound || bound.Type.Kind != ValueKind.Collection || bound.CollectionIndex is not null && bound.CollectionIndex != bound.Steps.Count - 1)
        {
            Report(DiagnosticCatalog.NotACollection, path.Span, path.Text);
            return null;
        }
        return bound;
    }

    private EquatableArray<BoundMessagePart> BindMessage(MessageTemplate? message, string title)
    {
        if (message is null) return new[] { new BoundMessagePart(title, null) }.ToEquatableArray();
        var parts = new List<BoundMessagePart>();
        foreach (var part in message.Parts)
        {
            if (part.Expression is null)
            {
                parts.Add(new BoundMessagePart(part.Text, null));
                continue;
            }
            var bound = BindExpression(part.Expression);
            if (bound is null) continue;
            if (!bound.Type.IsPrintable)
            {
                Report(DiagnosticCatalog.PlaceholderNotPrintable, part.Expression.Span, bound.Type.Describe());
                continue;
            }
            parts.Add(new BoundMessagePart(null, bound));
        }
        return parts.ToEquatableArray();
    }

    private bool IsTooLong(string name, SourceSpan span)
    {
        if (name.Length <= MaxNameLength) return false;
        Report(DiagnosticCatalog.NameTooLong, span, name.Length, MaxNameLength);
        return true;
    }
}
