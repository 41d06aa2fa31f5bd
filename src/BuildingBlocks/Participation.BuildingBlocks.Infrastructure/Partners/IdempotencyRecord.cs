namespace Participation.BuildingBlocks.Infrastructure.Partners;

/// <summary>A partner request made under an <c>Idempotency-Key</c>: reserved while it runs, then its response, for replay.</summary>
internal sealed class IdempotencyRecord
{
    public Guid PartnerId { get; init; }

    public required string Key { get; init; }

    public required byte[] RequestHash { get; set; }

    public DateTimeOffset ReservedOn { get; set; }

    public int? StatusCode { get; set; }

    public string? ResponseBody { get; set; }

    public string? Location { get; set; }
}
