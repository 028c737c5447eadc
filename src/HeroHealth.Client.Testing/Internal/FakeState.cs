using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Testing.Internal;

/// <summary>An appointment (reservation until confirmed) held by the fake.</summary>
internal sealed class FakeAppointment
{
    public required string Id { get; init; }

    public required string PracticeGroupId { get; init; }

    public required string AppointmentTypeId { get; set; }

    public required string LocationId { get; set; }

    public required string PractitionerId { get; set; }

    public required DateTimeOffset Start { get; set; }

    public required double Duration { get; set; }

    public string? PatientId { get; set; }

    public string? Reason { get; set; }

    public required DateTimeOffset ReservedUntil { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>Whether the slot is held: confirmed, or reserved and not yet expired, and not cancelled.</summary>
    public bool Holds(DateTimeOffset now) => CancelledAt is null && (ConfirmedAt is not null || now < ReservedUntil);
}

/// <summary>A webhook subscription.</summary>
internal sealed record FakeWebhook(string Id, string PracticeGroupId, string EventType, Uri Url, string? SigningKey, string? Description, JObject? Headers, DateTimeOffset CreatedAt);

/// <summary>A batch message.</summary>
internal sealed class FakeBatch
{
    public required string Id { get; init; }

    public required string PracticeGroupId { get; init; }

    public required JObject Request { get; init; }

    public string Status { get; set; } = "CREATED";
}
