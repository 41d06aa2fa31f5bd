using Mediator;

namespace Participation.Modules.Surveys.Application.ClosedCases.OptOut;

/// <summary>The family followed the opt-out link in its letter; returns the day it took effect.</summary>
public sealed record OptOutByLinkCommand(string Token) : ICommand<OptOutState>;
