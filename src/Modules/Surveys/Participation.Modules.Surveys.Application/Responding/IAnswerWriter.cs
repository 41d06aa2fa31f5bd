using Participation.Modules.Surveys.Domain.Invitations;
using Participation.Modules.Surveys.Domain.Responses;

namespace Participation.Modules.Surveys.Application.Responding;

/// <summary>
/// Writes answers given through a link: the link as its answer left it (a single-use link spent, on the version it was
/// read at), the response, and what the response's domain events put in the outbox, in one transaction that answers
/// arriving at the same moment share (docs/adr/0024-answers-through-links-group-committed.md). Returns once they have
/// committed; throws <c>DbUpdateConcurrencyException</c> if the link changed since it was read, as a unit of work would.
/// </summary>
public interface IAnswerWriter
{
    Task WriteAsync(Invitation link, SurveyResponse response, CancellationToken cancellationToken);
}
