using System.Collections.Generic;
using System.IO;
using ComplianceGen.Runtime;

namespace ComplianceGen.Generator.Tests.Infrastructure;

/// <summary>
/// The repository's rules/ compiled once by the generator for every test class that runs them on
/// documents, with the repository's classification catalogue.
/// </summary>
internal static class StandardRules
{
    public static IReadOnlyList<RuleValidator> Validators { get; } = GeneratorHarness.Run(GeneratorHarness.RepositoryRules()).LoadRules();

    public static ValidationContext WithCatalog { get; } = new(ClassificationCatalog.LoadFolder(Path.Combine(Paths.RepositoryRoot, "rules", "catalog")));
}
