namespace Participation.Modules.Surveys.Domain.ClosedCases;

/// <summary>Where a closure's letter is (docs/domain/closed-case-follow-up.md#letter).</summary>
public enum LetterStatus
{
    /// <summary>The next letters run writes it.</summary>
    Waiting,

    /// <summary>The run recorded that it is emailing it and has not yet recorded the outcome.</summary>
    Sending,

    /// <summary>The mail server accepted it (or an officer confirmed it arrived).</summary>
    Sent,

    /// <summary>A send began and whether it went through cannot be known: an officer checks, and resends at most once.</summary>
    StatusUnknown,

    /// <summary>A postal letter in its day's print batch, not yet printed.</summary>
    InPrintBatch,

    /// <summary>A postal letter whose batch an officer marked printed.</summary>
    Printed,

    /// <summary>Never written: the family is not to be contacted, or opted out first.</summary>
    NotWritten,

    /// <summary>The address cannot take it (refused for good, or not an address a message can go to): officers see it.</summary>
    Undeliverable,
}

/// <summary>How a letter reaches the family.</summary>
public enum LetterChannel
{
    Email,

    Post,
}

/// <summary>How a family's opt-out reached the council.</summary>
public enum OptOutRoute
{
    /// <summary>The case-management system marked the closure not to be contacted.</summary>
    ClosureNotice,

    /// <summary>The opt-out link in the letter.</summary>
    LetterLink,

    /// <summary>The family said so on the telephone, or an officer recorded it.</summary>
    Staff,

    /// <summary>The case-management system, after the closure.</summary>
    Partner,
}

/// <summary>What one telephone call of the quarterly sample came to (docs/domain/closed-case-follow-up.md#telephone-outcomes).</summary>
public enum CallOutcome
{
    /// <summary>The family gave feedback on the call: its answers are a telephone response to the closed-case questionnaire.</summary>
    FeedbackGiven,

    /// <summary>The family did not want to give feedback.</summary>
    Declined,

    /// <summary>No answer; after the configured number of attempts this is the final outcome.</summary>
    NoAnswer,

    /// <summary>The number did not reach the family.</summary>
    WrongNumber,

    /// <summary>The family asked to be called back; counts as an attempt.</summary>
    CallBackRequested,
}

/// <summary>One call made to a sampled family.</summary>
/// <param name="On">When the call was made.</param>
/// <param name="Outcome">What it came to.</param>
/// <param name="By">The officer who called.</param>
public sealed record CallAttempt(DateTimeOffset On, CallOutcome Outcome, string By);
