using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ComplianceGen.Cli.Survey;

/// <summary>One hand-checked row of an identity file: what a document really is.</summary>
public sealed record IdentityTruth(string Key, bool IsDisclosure, string Reason, string Unit, IReadOnlyList<string> UnitAlternatives, int? Year, string Kind);

/// <summary>
/// Reads a tab-separated identity file (header row; columns <c>file</c>, <c>disclosure</c>, <c>reason</c>,
/// <c>unit</c>, <c>unit_alternatives</c> separated by <c>|</c>, <c>year</c>, <c>kind</c>) and finds the row of a
/// document by its file name: extension and a <c>.partN</c> suffix aside, so the parts of a document published
/// as two files share its row.
/// </summary>
public sealed class IdentityGold
{
    private readonly Dictionary<string, IdentityTruth> _rows = new(StringComparer.Ordinal);

    public static IdentityGold Load(string path)
    {
        var gold = new IdentityGold();
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"{path}: the identity file cannot be read: {e.Message}", e);
        }
        if (lines.Length == 0) throw new CliUsageException($"{path}: the identity file is empty");
        var header = new List<string>(lines[0].Split('\t'));
        int Column(string name)
        {
            int i = header.IndexOf(name);
            if (i < 0) throw new CliUsageException($"{path}: the identity file has no column '{name}'");
            return i;
        }
        int file = Column("file"), disclosure = Column("disclosure"), reason = Column("reason"), unit = Column("unit"),
            alternatives = Column("unit_alternatives"), year = Column("year"), kind = Column("kind");
        for (int n = 1; n < lines.Length; n++)
        {
            if (lines[n].Trim().Length == 0) continue;
            var cells = lines[n].Split('\t');
            string Cell(int i) => i < cells.Length ? cells[i].Trim() : "";
            string key = Key(Cell(file));
            gold._rows[key] = new IdentityTruth(
                key,
                !Cell(disclosure).Equals("no", StringComparison.OrdinalIgnoreCase),
                Cell(reason),
                Cell(unit),
                Cell(alternatives).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                int.TryParse(Cell(year), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int y) ? y : null,
                Cell(kind));
        }
        return gold;
    }

    public IdentityTruth? Find(string documentPath) => _rows.TryGetValue(Key(Path.GetFileName(documentPath)), out var row) ? row : null;

    /// <summary><c>x.part2.pdf</c> and <c>x.txt</c> are both <c>x</c>.</summary>
    private static string Key(string fileName)
    {
        string name = Path.GetFileNameWithoutExtension(fileName);
        int part = name.LastIndexOf(".part", StringComparison.Ordinal);
        if (part > 0 && int.TryParse(name.AsSpan(part + 5), out _)) name = name.Substring(0, part);
        return name;
    }
}
