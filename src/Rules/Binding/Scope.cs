using System.Collections.Generic;
using System.Linq;

namespace ComplianceGen.Rules.Binding;

/// <summary>The loop variables visible at a point in a rule, innermost last.</summary>
internal sealed class Scope
{
    private readonly List<(string Name, string ElementType)> _variables = new();

    public IEnumerable<string> Names => _variables.Select(v => v.Name);

    public bool TryGet(string name, out string elementType)
    {
        for (int i = _variables.Count - 1; i >= 0; i--)
        {
            if (_variables[i].Name == name)
            {
                elementType = _variables[i].ElementType;
                return true;
            }
        }
        elementType = "";
        return false;
    }

    public void Push(string name, string elementType) => _variables.Add((name, elementType));

    public void Pop() => _variables.RemoveAt(_variables.Count - 1);

    public void Clear() => _variables.Clear();
}
