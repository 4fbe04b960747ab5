using System.IO;

namespace ComplianceGen.Reader.Tests;

/// <summary>
/// A test of the shared corpus (../shared/corpus next to the checkout, never copied into the project):
/// reported as Skipped, with the reason, when the corpus is not there, never as a pass that checked nothing.
/// </summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute(string folder = "text")
    {
        if (TestPaths.Corpus(folder) is null) Skip = $"../shared/corpus/{folder} is not present next to the folder holding ComplianceGen.sln";
    }
}

/// <summary>The theory form of <see cref="CorpusFactAttribute"/>.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute(string folder = "text")
    {
        if (TestPaths.Corpus(folder) is null) Skip = $"../shared/corpus/{folder} is not present next to the folder holding ComplianceGen.sln";
    }
}
