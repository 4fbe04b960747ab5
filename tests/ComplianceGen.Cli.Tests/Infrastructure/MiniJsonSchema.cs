using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ComplianceGen.Cli.Tests.Infrastructure;

/// <summary>
/// A focused JSON Schema (draft-04) validator: $ref to #/definitions, type, properties,
/// additionalProperties (bool or schema), required, enum, minimum, maximum, items, minItems,
/// uniqueItems, pattern, anyOf. That is every keyword the carried SARIF schema uses; no JSON
/// Schema validator package restores here (JsonSchema.Net is not served).
/// </summary>
internal sealed class MiniJsonSchema
{
    private readonly JsonElement _root;

    public MiniJsonSchema(JsonElement root) => _root = root;

    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(_root, instance, "$", errors);
        return errors;
    }

    private JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            string r = reference.GetString()!;
            if (!r.StartsWith("#/definitions/", StringComparison.Ordinal)) throw new NotSupportedException(r);
            schema = _root.GetProperty("definitions").GetProperty(r["#/definitions/".Length..]);
        }
        return schema;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToArray() : new[] { type.GetString()! };
            if (!types.Any(t => IsType(value, t))) { errors.Add($"{path}: expected {string.Join("|", types)}, got {value.ValueKind}"); return; }
        }
        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonEquals(o, value)))
            errors.Add($"{path}: {value} is not one of {options}");
        if (value.ValueKind == JsonValueKind.Number)
        {
            if (schema.TryGetProperty("minimum", out var min) && value.GetDecimal() < min.GetDecimal()) errors.Add($"{path}: {value} < minimum {min}");
            if (schema.TryGetProperty("maximum", out var max) && value.GetDecimal() > max.GetDecimal()) errors.Add($"{path}: {value} > maximum {max}");
        }
        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(value.GetString()!, pattern.GetString()!))
            errors.Add($"{path}: '{value.GetString()}' does not match {pattern}");
        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            bool any = anyOf.EnumerateArray().Any(alternative => { var e = new List<string>(); Check(alternative, value, path, e); return e.Count == 0; });
            if (!any) errors.Add($"{path}: matches none of anyOf");
        }
        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                    if (!value.TryGetProperty(name, out _)) errors.Add($"{path}: missing required '{name}'");
            schema.TryGetProperty("properties", out var properties);
            schema.TryGetProperty("additionalProperties", out var additional);
            foreach (var property in value.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var sub))
                    Check(sub, property.Value, path + "." + property.Name, errors);
                else if (additional.ValueKind == JsonValueKind.False)
                    errors.Add($"{path}: property '{property.Name}' is not allowed");
                else if (additional.ValueKind == JsonValueKind.Object)
                    Check(additional, property.Value, path + "." + property.Name, errors);
            }
        }
        if (value.ValueKind == JsonValueKind.Array)
        {
            var items = value.EnumerateArray().ToList();
            if (schema.TryGetProperty("minItems", out var minItems) && items.Count < minItems.GetInt32()) errors.Add($"{path}: fewer than {minItems} items");
            if (schema.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True)
            {
                var seen = new HashSet<string>();
                foreach (var item in items) if (!seen.Add(item.GetRawText())) errors.Add($"{path}: duplicate item {item.GetRawText()}");
            }
            if (schema.TryGetProperty("items", out var itemSchema))
                for (int i = 0; i < items.Count; i++) Check(itemSchema, items[i], $"{path}[{i}]", errors);
        }
    }

    private static bool IsType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => false,
    };

    private static bool JsonEquals(JsonElement a, JsonElement b) => a.GetRawText() == b.GetRawText();
}
