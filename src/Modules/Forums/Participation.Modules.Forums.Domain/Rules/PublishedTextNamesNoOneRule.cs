using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Text;
using Participation.Modules.Forums.Domain.Members;

namespace Participation.Modules.Forums.Domain.Rules;

/// <summary>
/// The public board never names a member or carries anyone's contact details: the officer's review is checked against
/// every member name the forum holds and the contact-detail patterns redaction uses (docs/domain/forums.md#the-public-board).
/// </summary>
internal sealed class PublishedTextNamesNoOneRule(string said, string did, IReadOnlyCollection<string> memberNames) : IBusinessRule
{
    public string Code => "forums.items.published-text-identifies-someone";

    public string Message => "The text to publish contains a member's name, an email address, a telephone number or a postcode.";

    public bool IsBroken() => Identifies(said) || Identifies(did);

    private bool Identifies(string text) =>
        Redaction.HasContactDetails(text)
        || MemberNames.AreIn(text, memberNames);
}
