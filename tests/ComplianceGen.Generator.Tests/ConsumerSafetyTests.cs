using System.Threading.Tasks;
using ComplianceGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace ComplianceGen.Generator.Tests;

/// <summary>The generated code compiles in any consumer, whatever names the consumer declares.</summary>
public class ConsumerSafetyTests
{
    private const string Rule = """
        rule CS-1 "consumer names"
          severity error
          cite "c"
          for each x in 收入.来源 where x.占比 is stated and x.金额 is stated
          require x.占比 = x.金额 ÷ 收入.总额 within rounding or 0.1 points
          require x.金额 - 收入.总额 <= 0万元 within rounding
          message "{x.名称}：{x.占比}，{count(y in 收入.来源 where y.金额 is stated)}项"
          example pass "a"
          example fail "b"
        """;

    /// <summary>
    /// Types named like the runtime's, in the global namespace, in the generated code's parent namespace,
    /// and in a namespace every file imports with a global using: the generated code still finds the runtime's.
    /// </summary>
    [Fact]
    public async Task A_consumer_with_its_own_Severity_Values_and_Compare_still_compiles()
    {
        var test = new RulesGeneratorTest(("rules/x.rules", Rule))
        {
            TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck,
        };
        test.TestState.Sources.Add(("Global.cs", """
            public enum Severity { Low, High }
            public static class Values { public static int Of(object? value) => 0; }
            public static class Compare { public static bool Holds(object a, object b) => true; }
            public class Quantity { }
            public class Figure { }
            public class Tolerance { }
            public class List<T> { }
            public class RuleValidator { }
            """));
        test.TestState.Sources.Add(("Parent.cs", """
            namespace ComplianceGen
            {
                public enum Severity { Low }
                public static class Values { }
                public static class Compare { }
                public struct Figure { }
                public class DisclosureReport { }
                public class RuleValidator { }
            }
            """));
        test.TestState.Sources.Add(("Imported.cs", """
            global using Consumer.Names;
            namespace Consumer.Names
            {
                public enum Severity { Low }
                public static class Values { }
                public static class Compare { }
                public static class MessageFormat { }
                public static class Figure { }
                public class Finding { }
                public class RuleValidator { }
                public class GeneratedRule { }
            }
            """));
        await test.RunAsync();
    }
}
