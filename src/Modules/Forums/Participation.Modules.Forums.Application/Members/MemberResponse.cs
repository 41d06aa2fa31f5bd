using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Forums.Domain.Members;

namespace Participation.Modules.Forums.Application.Members;

/// <summary>A forum member as recorded: a member who left shows no name or contact details, because none are kept.</summary>
/// <param name="Id">The member's id.</param>
/// <param name="ForumId">The forum.</param>
/// <param name="DisplayName">Their chosen name or initials; null once they left.</param>
/// <param name="AgeBand">Their age band.</param>
/// <param name="Audience">Who they speak as.</param>
/// <param name="Cohorts">Their priority cohorts.</param>
/// <param name="ContactEmail">Their email; null once they left.</param>
/// <param name="ContactPhone">Their phone number; null once they left.</param>
/// <param name="AgeOutAt">The age they leave at; null for adults.</param>
/// <param name="AgeReviewOn">When their age band is next checked.</param>
/// <param name="ConsentGivenBy">Who consented.</param>
/// <param name="ConsentGivenOn">The day they consented.</param>
/// <param name="ConsentRecordedBy">The officer who recorded the consent.</param>
/// <param name="JoinedOn">The day they joined.</param>
/// <param name="LeftOn">The day they left.</param>
/// <param name="AgeingOutFlaggedOn">The day the daily check flagged them as possibly ageing out.</param>
public sealed record MemberResponse(
    Guid Id,
    Guid ForumId,
    [property: MaxLength(MemberDetailsValidator.DisplayNameMaxLength)] string? DisplayName,
    AgeBand AgeBand,
    Audience Audience,
    [property: MaxLength(ListLengths.Cohorts)] IReadOnlyList<PriorityCohort> Cohorts,
    [property: MaxLength(TextLengths.Email)] string? ContactEmail,
    [property: MaxLength(MemberDetailsValidator.PhoneMaxLength)] string? ContactPhone,
    int? AgeOutAt,
    DateOnly? AgeReviewOn,
    ConsentGiver ConsentGivenBy,
    DateOnly ConsentGivenOn,
    [property: MaxLength(TextLengths.Name)] string ConsentRecordedBy,
    DateOnly JoinedOn,
    DateOnly? LeftOn,
    DateOnly? AgeingOutFlaggedOn)
{
    /// <summary>The member as the API shows them.</summary>
    public static MemberResponse From(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new MemberResponse(
            member.Id.Value, member.ForumId.Value, member.DisplayName, member.AgeBand, member.Audience, member.Cohorts, member.ContactEmail, member.ContactPhone,
            member.AgeOutAt, member.AgeReviewOn, member.Consent.GivenBy, member.Consent.GivenOn, member.Consent.RecordedBy, member.JoinedOn, member.LeftOn, member.AgeingOutFlaggedOn);
    }
}
