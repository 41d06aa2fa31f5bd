namespace Participation.Modules.CommissionedServices.Domain.Providers;

/// <summary>What kind of organisation the council commissions (docs/domain/vocabularies-and-themes.md#provider-kinds).</summary>
public enum ProviderKind
{
    /// <summary>Child and adolescent mental health services.</summary>
    Camhs,

    /// <summary>A school.</summary>
    School,

    /// <summary>A community health service.</summary>
    CommunityHealth,

    /// <summary>An advocacy service.</summary>
    Advocacy,

    /// <summary>A voluntary-sector project.</summary>
    VoluntarySector,

    /// <summary>The council's case-management system.</summary>
    CaseManagement,

    /// <summary>Anything else.</summary>
    Other,
}
