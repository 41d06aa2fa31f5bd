using Mediator;

namespace Participation.Modules.Surveys.Application.ClosedCases.Letters.RecordLetterOutcome;

/// <summary>What the mail server did with an emailed letter.</summary>
public enum LetterOutcome
{
    /// <summary>It accepted the message.</summary>
    Accepted,

    /// <summary>It refused it before taking it (or could not be reached): nothing went.</summary>
    Refused,

    /// <summary>The send broke off after the message may have been taken.</summary>
    Unknown,

    /// <summary>It can never go to that address (refused for good, or the address cannot be written to).</summary>
    Undeliverable,

    /// <summary>The run never handed it over: it was no longer wanted when its turn came.</summary>
    Withdrawn,
}

/// <summary>Records how an email the run recorded as being sent ended.</summary>
public sealed record RecordLetterOutcomeCommand(Guid Id, LetterOutcome Outcome) : ICommand;
