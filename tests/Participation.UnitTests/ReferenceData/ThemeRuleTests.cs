using Participation.BuildingBlocks.Domain;
using Participation.Modules.ReferenceData.Domain.ServiceAreas;
using Participation.Modules.ReferenceData.Domain.Themes;

namespace Participation.UnitTests.ReferenceData;

public sealed class ThemeRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_theme_with_a_code_in_use_is_not_created()
    {
        var broken = Assert.Throws<BusinessRuleValidationException>(() => Theme.CreateTopLevel("respect", "Respect", codeInUse: true));

        Assert.Equal("reference-data.code-in-use", broken.Code);
        Assert.Equal(RuleKind.Conflict, broken.Kind);
    }

    [Fact]
    public void A_sub_theme_as_parent_breaks_the_taxonomy_depth_rule()
    {
        var top = Theme.CreateTopLevel("top", "Top", codeInUse: false);
        var sub = Theme.CreateSubtheme("sub", "Sub", top, codeInUse: false);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => Theme.CreateSubtheme("deeper", "Deeper", sub, codeInUse: false));

        Assert.Equal("reference-data.taxonomy-depth", broken.Code);
    }

    [Fact]
    public void A_parent_with_active_sub_themes_cannot_retire_and_raises_nothing()
    {
        var top = Theme.CreateTopLevel("top", "Top", codeInUse: false);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => top.Retire(activeSubthemes: 2, Now));

        Assert.Equal("reference-data.theme-has-active-subthemes", broken.Code);
        Assert.Null(top.RetiredOn);
        Assert.Empty(top.DomainEvents);
    }

    [Fact]
    public void Retiring_raises_one_event_and_freezes_the_entry()
    {
        var theme = Theme.CreateTopLevel("bullying", "Bullying", codeInUse: false);

        theme.Retire(activeSubthemes: 0, Now);

        var raised = Assert.IsType<ThemeRetiredDomainEvent>(Assert.Single(theme.DomainEvents));
        Assert.Equal(theme.Id, raised.ThemeId);
        Assert.Equal(Now, raised.OccurredOn);
        Assert.Equal("reference-data.entry-retired", Assert.Throws<BusinessRuleValidationException>(() => theme.Rename("Anything")).Code);
        Assert.Equal("reference-data.entry-retired", Assert.Throws<BusinessRuleValidationException>(() => theme.Retire(0, Now)).Code);
    }

    [Fact]
    public void A_retired_parent_takes_no_new_sub_themes()
    {
        var top = Theme.CreateTopLevel("top", "Top", codeInUse: false);
        top.Retire(activeSubthemes: 0, Now);

        Assert.Equal("reference-data.parent-retired", Assert.Throws<BusinessRuleValidationException>(() => Theme.CreateSubtheme("late", "Late", top, codeInUse: false)).Code);
    }

    [Fact]
    public void A_service_area_renames_until_it_is_retired()
    {
        var area = ServiceArea.Create("fostering", "Fostering", codeInUse: false);

        area.Rename("Fostering service");
        area.Retire(Now);

        Assert.Equal("Fostering service", area.Name);
        Assert.IsType<ServiceAreaRetiredDomainEvent>(Assert.Single(area.DomainEvents));
        Assert.Throws<BusinessRuleValidationException>(() => area.Rename("Again"));
    }
}
