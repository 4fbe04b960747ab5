using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ComplianceGen.Runtime;

namespace ComplianceGen.Cli.Documents;

/// <summary>
/// The classification catalogue: the CSVs shipped beside the tool (catalog/), then each
/// --catalog file in the order given, later rows overriding earlier ones for their years.
/// </summary>
public static class CatalogLoader
{
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "catalog");

    public static ClassificationCatalog Load(IReadOnlyList<string> extraCsvFiles)
    {
        var files = new List<string>();
        if (Directory.Exists(DefaultFolder))
            files.AddRange(Directory.EnumerateFiles(DefaultFolder, "*.csv", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal));
        foreach (var extra in extraCsvFiles)
        {
            if (!File.Exists(extra)) throw new CliUsageException($"{extra}: no such catalogue file");
            files.Add(extra);
        }
        try
        {
            return ClassificationCatalog.Load(files);
        }
        catch (FormatException e)
        {
            throw new CliUsageException("catalogue: " + e.Message, e);
        }
        catch (IOException e)
        {
            throw new CliUsageException("catalogue: " + e.Message, e);
        }
    }
}
