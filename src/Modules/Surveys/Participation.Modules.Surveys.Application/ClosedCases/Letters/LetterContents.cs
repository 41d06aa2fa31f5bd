using Mediator;
using Microsoft.Extensions.Options;
using Participation.Modules.ReferenceData.Contracts;
using Participation.Modules.Surveys.Application.Responding;
using Participation.Modules.Surveys.Application.Triggers;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases.Letters;

/// <summary>Fills in a closure's letter: the link is derived again from its invitation, never stored (ADR 18).</summary>
public sealed class LetterContents(TriggeredLinks tokens, ISender sender, IOptions<ClosedCasesOptions> options)
{
    private IReadOnlyDictionary<string, string>? serviceNames;

    /// <summary>The letter of a closure that has one, with its contact details still held.</summary>
    public async Task<Letter> ForAsync(CaseClosure closure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(closure);
        var contact = closure.Contact ?? throw new InvalidOperationException("A letter is written only while the contact details are held.");
        serviceNames ??= await sender.Send(new GetServiceAreaNamesQuery(), cancellationToken);
        var token = tokens.TokenFor(closure.InvitationId!.Value);
        var site = options.Value.PublicBaseUrl.TrimEnd('/');
        return new Letter(
            closure.Id.Value,
            closure.LetterChannel == LetterChannel.Email ? closure.MessageId : null,
            contact.AddresseeName,
            contact.PostalAddress,
            contact.Email,
            contact.Format,
            closure.LetterDate!.Value,
            serviceNames.GetValueOrDefault(closure.ServiceArea, closure.ServiceArea),
            site + RespondentLinks.LinkFor(token),
            site + RespondentLinks.OptOutLinkFor(token),
            options.Value.CouncilPhone);
    }
}
