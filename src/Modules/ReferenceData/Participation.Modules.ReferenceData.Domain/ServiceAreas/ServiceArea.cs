using Participation.Modules.ReferenceData.Domain.Rules;

namespace Participation.Modules.ReferenceData.Domain.ServiceAreas;

/// <summary>Where feedback points (front door / MASH, fostering, CAMHS …: docs/domain/vocabularies-and-themes.md#service-areas); administrators extend the list.</summary>
public sealed class ServiceArea : MaintainedEntry<ServiceAreaId>
{
    private ServiceArea()
    {
    }

    /// <summary>Adds a service area.</summary>
    public static ServiceArea Create(string code, string name, bool codeInUse)
    {
        CheckRule(new CodeMustBeUniqueRule("service area", codeInUse));
        return new ServiceArea { Id = new ServiceAreaId(Guid.CreateVersion7()), Code = code, Name = name };
    }

    /// <summary>Takes it out of use; feedback already tagged with it keeps it.</summary>
    public void Retire(DateTimeOffset now)
    {
        MarkRetired(now);
        Raise(new ServiceAreaRetiredDomainEvent(Id, Code, now));
    }
}
