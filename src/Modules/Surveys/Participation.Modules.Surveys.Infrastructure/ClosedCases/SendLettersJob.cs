using Hangfire;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;
using Participation.BuildingBlocks.Infrastructure.Mail;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.Surveys.Application.ClosedCases.Letters.GetLetter;
using Participation.Modules.Surveys.Application.ClosedCases.Letters.PrepareLetters;
using Participation.Modules.Surveys.Application.ClosedCases.Letters.ReconcileInterruptedLetters;
using Participation.Modules.Surveys.Application.ClosedCases.Letters.RecordLetterOutcome;

namespace Participation.Modules.Surveys.Infrastructure.ClosedCases;

/// <summary>
/// The daily letters run (ADR 20): hands interrupted sends to officers, records every new letter's intent in one
/// transaction, then sends each email and records its outcome in its own. A family is written to at most once per
/// closure: a run stopped at any point leaves each email either recorded or "sending", and a "sending" one is never
/// sent again by a later run, only checked by an officer. Runs never overlap.
/// </summary>
public sealed partial class SendLettersJob(IServiceScopeFactory scopes, IMailSender mail, LetterWriter writer, ILogger<SendLettersJob> logger)
{
    /// <summary>The job's id in Hangfire.</summary>
    public const string Id = "closed-cases:letters";

    /// <summary>08:00 UK time, daily.</summary>
    public const string Schedule = "0 8 * * *";

    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var interrupted = await InScopeAsync(sender => sender.Send(new ReconcileInterruptedLettersCommand(), cancellationToken));
        if (interrupted > 0)
        {
            HandedToOfficers(logger, interrupted);
        }

        var prepared = await InScopeAsync(sender => sender.Send(new PrepareLettersCommand(), cancellationToken));
        if (prepared.WithoutSurvey > 0)
        {
            NoSurveyToLinkTo(logger, prepared.WithoutSurvey);
        }

        foreach (var closure in prepared.ToEmail)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outcome = await DeliverAsync(closure, cancellationToken);
            // Not the job's token: what the server did is recorded even as the host stops. An opt-out or an answer
            // committed meanwhile is read again, not a reason to stop the run.
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ISender>().SendOnceMoreIfRacedAsync(new RecordLetterOutcomeCommand(closure, outcome), scope.ServiceProvider, CancellationToken.None);
        }
    }

    /// <summary>Sends one letter; withdrawn when it is no longer wanted.</summary>
    private async Task<LetterOutcome> DeliverAsync(Guid closure, CancellationToken cancellationToken)
    {
        MimeMessage message;
        try
        {
            if (await InScopeAsync(sender => sender.Send(new GetLetterQuery(closure), cancellationToken)) is not { } letter)
            {
                return LetterOutcome.Withdrawn;
            }

            message = writer.Email(letter);
        }
        catch (ParseException)
        {
            // An address no message can be written to: nothing was sent, and nothing ever will be.
            NotSent(logger, closure, "the address cannot be written to");
            return LetterOutcome.Undeliverable;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Nothing left the host (the council's template failing on this family's details, say): the letter waits
            // for the next run, and the rest of this run's letters still go. Were the database the cause, recording
            // this outcome fails too and stops the run, leaving the rest to the next day's reconciliation.
            NotPrepared(logger, closure, exception.GetType().Name);
            return LetterOutcome.Refused;
        }

        try
        {
            await mail.SendAsync(message, cancellationToken);
            return LetterOutcome.Accepted;
        }
        catch (MailNotSentException refused)
        {
            NotSent(logger, closure, refused.Message);
            return refused.Permanent ? LetterOutcome.Undeliverable : LetterOutcome.Refused;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            FateUnknown(logger, closure, exception.GetType().Name);
            return LetterOutcome.Unknown;
        }
    }

    /// <summary>Each step in its own scope, so each commits on its own and the run holds no closures in memory between them.</summary>
    private async Task<TResponse> InScopeAsync<TResponse>(Func<ISender, ValueTask<TResponse>> step)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await step(scope.ServiceProvider.GetRequiredService<ISender>());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} closed-case letters were being sent when a letters run stopped: their status is unknown and officers check them")]
    private static partial void HandedToOfficers(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} closures wait for a letter: no published closed-case survey takes answers for their service area today")]
    private static partial void NoSurveyToLinkTo(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The letter of closure {Closure} was not sent ({Reason})")]
    private static partial void NotSent(ILogger logger, Guid closure, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The letter of closure {Closure} could not be written ({Error}): nothing was sent and the next run tries again")]
    private static partial void NotPrepared(ILogger logger, Guid closure, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "The send of closure {Closure}'s letter broke off ({Error}): whether it went is unknown and officers check it")]
    private static partial void FateUnknown(ILogger logger, Guid closure, string error);
}
