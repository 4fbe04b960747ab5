using System.Collections.Generic;
using System.Linq;
using System.Text;
using ComplianceGen.Rules.Binding;

namespace ComplianceGen.Rules.Schema;

/// <summary>
/// The guide's appendix of the fields a rule can use, written from the model schema the binder binds
/// against: one table per model type reachable from the report, in the order a reader meets them. The
/// guide keeps it between markers and a test fails when it no longer matches the model.
/// </summary>
public static class FieldAppendix
{
    public const string Begin = "<!-- fields:begin -->";
    public const string End = "<!-- fields:end -->";

    public static string Render(ModelSchema schema)
    {
        var text = new StringBuilder("\n");
        var order = new List<SchemaType>();
        var seen = new HashSet<string>();
        var pending = new Queue<SchemaType>();
        if (schema.Root is { } root)
        {
            pending.Enqueue(root);
            seen.Add(root.FullName);
        }
        while (pending.Count > 0)
        {
            var type = pending.Dequeue();
            order.Add(type);
            foreach (var member in type.Members)
            {
                if (member.TypeName is null || !seen.Add(member.TypeName)) continue;
                if (schema.Type(member.TypeName) is { } reached) pending.Enqueue(reached);
            }
        }
        foreach (var type in order)
        {
            text.Append("**").Append(Name(type)).Append("**");
            if (type.IsDeclarable) text.Append(" [可公开 / declarable: `is declared`]");
            text.Append("\n\n| 字段 / field | C# | 类型 / type |\n|---|---|---|\n");
            foreach (var member in type.Members)
            {
                string terms = member.Terms.Count == 0 ? "—" : string.Join(" / ", member.Terms.Select(t => "`" + t + "`"));
                text.Append("| ").Append(terms).Append(" | `").Append(member.Name).Append("` | ").Append(Describe(member, schema)).Append(" |\n");
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    private static string Name(SchemaType type)
    {
        string csharp = type.FullName.Substring(type.FullName.LastIndexOf('.') + 1);
        return type.Terms.Count == 0 ? csharp : string.Join(" / ", type.Terms) + "（" + csharp + "）";
    }

    private static string Describe(SchemaMember member, ModelSchema schema)
    {
        string kind = BoundType.Describe(member.Kind);
        string suffix = member.Derivation == MemberDerivation.Children ? "，由编码推出：同一分类、同一张表中印在它下面的行 / derived: the lines printed under it" : "";
        if (member.TypeName is null) return kind + suffix;
        var type = schema.Type(member.TypeName);
        return kind + "：" + (type is null ? member.TypeName : Name(type)) + suffix;
    }
}
