using Mediator;

namespace Participation.Modules.Reporting.Collations.RequestCollation;

/// <summary>Asks for a past half-year's collation: the stored one if there is one (its id), else one queued (null).</summary>
internal sealed record RequestThemeCollationCommand(string HalfYear) : ICommand<Guid?>;
