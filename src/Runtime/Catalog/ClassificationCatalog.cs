using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace ComplianceGen.Runtime;

/// <summary>
/// A catalogue loaded from CSV files with the header
/// <c>system,code,name,level,valid_from,valid_to,source</c>. Later files override earlier
/// ones for the years they cover, so a bureau can drop in its own full catalogue for a year
/// without touching code.
/// </summary>
public sealed class ClassificationCatalog : IClassificationCatalog
{
    private readonly Dictionary<string, List<CatalogEntry>> _byCode = new(StringComparer.Ordinal);

    public static ClassificationCatalog Empty { get; } = new(Array.Empty<CatalogEntry>());

    public ClassificationCatalog(IEnumerable<CatalogEntry> entries)
    {
        foreach (var entry in entries) Add(entry);
    }

    public int Count => _byCode.Values.Sum(list => list.Count);

    public IEnumerable<CatalogEntry> Entries => _byCode.Values.SelectMany(list => list);

    /// <summary>Adds an entry; for the years it covers it takes precedence over entries added before.</summary>
    public void Add(CatalogEntry entry)
    {
        if (!_byCode.TryGetValue(entry.Code, out var list))
        {
            list = new List<CatalogEntry>();
            _byCode.Add(entry.Code, list);
        }
        list.Add(entry);
    }

    public bool TryGetName(string code, int? year, out CatalogEntry entry)
    {
        if (_byCode.TryGetValue(code, out var list))
        {
            for (int i = list.Count - 1; i >= 0; i--)
            {
                if (list[i].IsValidIn(year))
                {
                    entry = list[i];
                    return true;
                }
            }
        }
        entry = null!;
        return false;
    }

    public IEnumerable<CatalogEntry> NamesOf(string code) =>
        _byCode.TryGetValue(code, out var list) ? list : Array.Empty<CatalogEntry>();

    /// <summary>Loads every CSV file in the order given; later files win.</summary>
    public static ClassificationCatalog Load(IEnumerable<string> csvPaths)
    {
        var catalog = new ClassificationCatalog(Array.Empty<CatalogEntry>());
        foreach (var path in csvPaths)
        {
            foreach (var entry in Parse(File.ReadAllText(path, Encoding.UTF8), Path.GetFileName(path)))
                catalog.Add(entry);
        }
        return catalog;
    }

    /// <summary>Loads every <c>*.csv</c> under a folder, in ordinal order of file name.</summary>
    public static ClassificationCatalog LoadFolder(string folder) =>
        Load(Directory.EnumerateFiles(folder, "*.csv", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal));

    /// <summary>Parses catalogue CSV text. Malformed rows raise <see cref="FormatException"/> naming the line.</summary>
    public static IEnumerable<CatalogEntry> Parse(string csv, string sourceName)
    {
        var lines = csv.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0) yield break;
        var header = SplitCsvLine(lines[0].TrimStart('\uFEFF')).Select(h => h.Trim().ToLowerInvariant()).ToArray();
        int Column(string name)
        {
            int index = Array.IndexOf(header, name);
            if (index < 0) throw new FormatException($"{sourceName}: the header has no '{name}' column (expected system,code,name,level,valid_from,valid_to,source)");
            return index;
        }
        int code = Column("code"), name = Column("name");
        int system = Array.IndexOf(header, "system"), level = Array.IndexOf(header, "level");
        int from = Array.IndexOf(header, "valid_from"), to = Array.IndexOf(header, "valid_to"), source = Array.IndexOf(header, "source");

        for (int i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]) || lines[i].TrimStart().StartsWith("#", StringComparison.Ordinal)) continue;
            var cells = SplitCsvLine(lines[i]);
            string Cell(int index) => index >= 0 && index < cells.Count ? cells[index].Trim() : "";
            string codeText = Cell(code);
            if (codeText.Length == 0 || !codeText.All(char.IsDigit))
                throw new FormatException($"{sourceName}({i + 1}): '{codeText}' is not a classification code");
            yield return new CatalogEntry(
                Cell(system).Length == 0 ? "functional" : Cell(system),
                codeText,
                Cell(name),
                Cell(level),
                Year(Cell(from), sourceName, i + 1),
                Year(Cell(to), sourceName, i + 1),
                Cell(source));
        }
    }

    private static int? Year(string text, string sourceName, int line)
    {
        if (text.Length == 0) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year)) return year;
        throw new FormatException($"{sourceName}({line}): '{text}' is not a year");
    }

    private static List<string> SplitCsvLine(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells;
    }
}
