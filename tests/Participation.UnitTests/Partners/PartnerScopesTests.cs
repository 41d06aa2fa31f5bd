using Participation.BuildingBlocks.Domain.Partners;

namespace Participation.UnitTests.Partners;

public sealed class PartnerScopesTests
{
    [Fact]
    public void The_published_most_scopes_a_key_holds_is_every_scope_there_is() =>
        Assert.Equal(PartnerScopes.MaxScopes, PartnerScopes.All.Count);
}
