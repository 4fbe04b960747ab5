using System.Collections.Generic;
using System.Linq;

namespace ComplianceGen.Rules.Binding;

/// <summary>
/// The names visible at a point in a rule, innermost last: loop and aggregate variables, and the
/// rule's <c>let</c> values.
/// </summary>
internal sealed class Scope
{
    /// <summary>
    /// A variable: the model type of its element and, for a classification line, the report path of
    /// every line of its classification (where its <c>下级</c> are found).
    /// </summary>
    public sealed record Variable(string Name, string ElementType, BoundPath? Lines, bool IsLoop);

    private readonly List<Variable> _variables = new();
    private readonly List<BoundLet> _lets = new();

    public IEnumerable<string> Names => _variables.Select(v => v.Name).Concat(_lets.Select(l => l.Name));

    public bool Defines(string name) => TryGet(name, out _) || TryGetLet(name, out _);

    public bool TryGet(string name, out Variable variable)
    {
        for (int i = _variables.Count - 1; i >= 0; i--)
        {
            if (_variables[i].Name == name)
            {
                variable = _variables[i];
                return true;
            }
        }
        variable = null!;
        return false;
    }

    public bool TryGetLet(string name, out BoundLet let)
    {
        foreach (var candidate in _lets)
        {
            if (candidate.Name == name)
            {
                let = candidate;
                return true;
            }
        }
        let = null!;
        return false;
    }

    public void Push(Variable variable) => _variables.Add(variable);

    public void Pop() => _variables.RemoveAt(_variables.Count - 1);

    public void AddLet(BoundLet let) => _lets.Add(let);

    /// <summary>The for-each variable, popped while the rule's report-level condition is bound.</summary>
    public Variable? Loop => _variables.FirstOrDefault(v => v.IsLoop);

    public void Clear()
    {
        _variables.Clear();
        _lets.Clear();
    }
}
