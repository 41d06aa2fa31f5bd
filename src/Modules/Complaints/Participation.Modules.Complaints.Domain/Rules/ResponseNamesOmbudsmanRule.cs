using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>The authority's stage 3 response names the Local Government and Social Care Ombudsman (2006 regulations; docs/domain/complaints.md#stage-3).</summary>
internal sealed class ResponseNamesOmbudsmanRule(bool namesOmbudsman) : IBusinessRule
{
    public string Code => "complaints.ombudsman-not-named";

    public string Message => "The stage 3 response must tell the complainant they can go to the Local Government and Social Care Ombudsman.";

    public bool IsBroken() => !namesOmbudsman;
}
