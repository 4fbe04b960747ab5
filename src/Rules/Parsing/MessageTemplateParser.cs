using System.Collections.Generic;
using System.Text;
using ComplianceGen.Rules.Syntax;
using Sprache;

namespace ComplianceGen.Rules.Parsing;

/// <summary>
/// A message string with <c>{expr}</c> placeholders. Each placeholder is parsed in place, in
/// file coordinates, so an error inside <c>{…}</c> points at the right column. <c>{{</c> and
/// <c>}}</c> stand for literal braces.
/// </summary>
internal static class MessageTemplateParser
{
    private static readonly Parser<Expr> Placeholder =
        from expression in ExpressionGrammar.Expression
        from end in Lexer.End
        select expression;

    public static readonly Parser<MessageTemplate> Template = input =>
    {
        var token = Lexer.String(input);
        if (!token.WasSuccessful) return Result.Failure<MessageTemplate>(token.Remainder, token.Message, token.Expectations);

        var source = (SourceInput)token.Remainder;
        var span = token.Value.Span;
        bool triple = source.Source.Length > span.Start + 2 && source.Source[span.Start + 1] == '"' && source.Source[span.Start + 2] == '"';
        int quote = triple ? 3 : 1;
        int innerStart = span.Start + quote, innerEnd = span.End - quote;

        // Placeholders are only recognised in single-line messages; a """ message is taken as written.
        if (triple)
        {
            var plain = new[] { new MessagePart(token.Value.Value, null) }.ToEquatableArray();
            return Result.Success(new MessageTemplate(token.Value.Value, plain, span), token.Remainder);
        }

        var parts = new List<MessagePart>();
        var text = new StringBuilder();
        string raw = source.Source;
        int i = innerStart;
        while (i < innerEnd)
        {
            char c = raw[i];
            if (c == '\\' && i + 1 < innerEnd)
            {
                char escaped = raw[i + 1];
                text.Append(escaped switch { 'n' => '\n', 't' => '\t', _ => escaped });
                i += 2;
                continue;
            }
            if ((c == '{' || c == '}') && i + 1 < innerEnd && raw[i + 1] == c)
            {
                text.Append(c);
                i += 2;
                continue;
            }
            if (c == '{')
            {
                int close = raw.IndexOf('}', i + 1);
                if (close < 0 || close >= innerEnd)
                {
                    var at = new SourceInput(raw, i, innerEnd, span.Line, span.Column + (i - span.Start), source.Tracker);
                    return Lexer.Fail<MessageTemplate>(at, at, "“}”（end of placeholder）");
                }
                var inner = new SourceInput(raw, i + 1, close, span.Line, span.Column + (i + 1 - span.Start), source.Tracker);
                var expression = Placeholder(inner);
                if (!expression.WasSuccessful)
                {
                    var after = Lexer.SkipTrivia(expression.Remainder);
                    Lexer.Fail<Expr>(after, after, "占位符中的表达式（expression in placeholder）");
                    return Result.Failure<MessageTemplate>(after, expression.Message, expression.Expectations);
                }
                if (text.Length > 0) parts.Add(new MessagePart(text.ToString(), null));
                text.Clear();
                parts.Add(new MessagePart(null, expression.Value));
                i = close + 1;
                continue;
            }
            text.Append(c);
            i++;
        }
        if (text.Length > 0) parts.Add(new MessagePart(text.ToString(), null));
        return Result.Success(new MessageTemplate(token.Value.Value, parts.ToEquatableArray(), span), token.Remainder);
    };
}
