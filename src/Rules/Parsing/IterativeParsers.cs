using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Sprache;

namespace ComplianceGen.Rules.Parsing;

/// <summary>
/// Parser combinators whose stack use the input cannot drive: operator chains and prefix
/// operators are read in a loop (Sprache's ChainOperator recurses once per operator), and
/// brackets go through <see cref="Nested{T}"/>, which counts them against
/// <see cref="NestingLimits.MaxBrackets"/>.
/// </summary>
internal static class IterativeParsers
{
    /// <summary>
    /// <c>operand (op operand)*</c>, folded to the left. As with Sprache's ChainOperator, an operator
    /// not followed by an operand is left unread, for what comes after to report.
    /// </summary>
    public static Parser<T> LeftChain<T, TOp>(Parser<TOp> op, Parser<T> operand, Func<TOp, T, T, T> apply) => input =>
    {
        var first = operand(input);
        if (!first.WasSuccessful) return first;
        T left = first.Value;
        var rest = first.Remainder;
        while (true)
        {
            var @operator = op(rest);
            if (!@operator.WasSuccessful) break;
            var right = operand(@operator.Remainder);
            if (!right.WasSuccessful) break;
            left = apply(@operator.Value, left, right.Value);
            rest = right.Remainder;
        }
        return Result.Success(left, rest);
    };

    /// <summary><c>op* operand</c>, each operator applied to what follows it (<c>not not x</c> = not (not x)).</summary>
    public static Parser<T> Prefixed<T, TOp>(Parser<TOp> op, Parser<T> operand, Func<TOp, T, T> apply) => input =>
    {
        var operators = new List<TOp>();
        var rest = input;
        while (true)
        {
            var @operator = op(rest);
            if (!@operator.WasSuccessful) break;
            operators.Add(@operator.Value);
            rest = @operator.Remainder;
        }
        var inner = operand(rest);
        if (!inner.WasSuccessful) return inner;
        T value = inner.Value;
        for (int i = operators.Count - 1; i >= 0; i--) value = apply(operators[i], value);
        return Result.Success(value, inner.Remainder);
    };

    /// <summary>
    /// <c>prefix* operand</c> where a prefix that started must be completed: <c>if a then if b then c</c>.
    /// Each prefix is applied to what follows it, innermost last, as <see cref="Prefixed{T, TOp}"/> does.
    /// </summary>
    public static Parser<T> RightPrefixed<T, TPrefix>(Parser<TPrefix> prefix, Parser<T> operand, Func<TPrefix, T, T> apply) => input =>
    {
        var prefixes = new List<TPrefix>();
        var rest = input;
        while (true)
        {
            var next = prefix(rest);
            if (!next.WasSuccessful)
            {
                // A prefix that read something and then failed ("if a" without "then") is the error to report.
                if (!ReferenceEquals(next.Remainder, rest) && next.Remainder.Position != rest.Position) return Result.Failure<T>(next.Remainder, next.Message, next.Expectations);
                break;
            }
            prefixes.Add(next.Value);
            rest = next.Remainder;
        }
        var inner = operand(rest);
        if (!inner.WasSuccessful) return inner;
        T value = inner.Value;
        for (int i = prefixes.Count - 1; i >= 0; i--) value = apply(prefixes[i], value);
        return Result.Success(value, inner.Remainder);
    };

    /// <summary>
    /// A bracketed construct: one more bracket open. Past <see cref="NestingLimits.MaxBrackets"/>, or
    /// when the thread's stack runs low whatever the count, the tracker notes where, and every token
    /// parser fails from then on, so the parse unwinds at once and CG0008 is reported there.
    /// </summary>
    public static Parser<T> Nested<T>(Parser<T> inner) => input =>
    {
        if (input is not SourceInput { Tracker: var tracker }) return inner(input);
        if (tracker.TooDeep is not null) return Lexer.Abandoned<T>(input);
        if (tracker.Depth >= NestingLimits.MaxBrackets || !StackRemains())
        {
            tracker.NoteTooDeep(Lexer.SkipTrivia(input));
            return Lexer.Abandoned<T>(input);
        }
        tracker.Depth++;
        try
        {
            return inner(input);
        }
        finally
        {
            tracker.Depth--;
        }
    };

    private static bool StackRemains()
    {
        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            return true;
        }
        catch (InsufficientExecutionStackException)
        {
            return false;
        }
    }
}
