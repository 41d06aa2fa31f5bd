using NetArchTest.Rules;

namespace Participation.ArchitectureTests;

internal static class ArchitectureAssert
{
    public static void Holds(ConditionList rule, string because)
    {
        var result = rule.GetResult();
        Assert.True(result.IsSuccessful, $"{because}. Breaking types: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
