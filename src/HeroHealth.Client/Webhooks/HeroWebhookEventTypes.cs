namespace HeroHealth.Client.Webhooks;

/// <summary>Maps <see cref="HeroWebhookEventType"/> to and from Hero's wire names.</summary>
public static class HeroWebhookEventTypes
{
    private static readonly Dictionary<string, HeroWebhookEventType> ByName = new(StringComparer.Ordinal)
    {
        ["appointment.confirmed"] = HeroWebhookEventType.AppointmentConfirmed,
        ["appointment.cancelled"] = HeroWebhookEventType.AppointmentCancelled,
        ["appointment.rescheduled"] = HeroWebhookEventType.AppointmentRescheduled,
        ["prescription.issued"] = HeroWebhookEventType.PrescriptionIssued,
        ["patient.medical-record-updated"] = HeroWebhookEventType.PatientMedicalRecordUpdated,
        ["patient.added-to-sequence"] = HeroWebhookEventType.PatientAddedToSequence,
        ["write-to-record.succeeded"] = HeroWebhookEventType.WriteToRecordSucceeded,
        ["write-to-record.failed"] = HeroWebhookEventType.WriteToRecordFailed,
        ["form-submission.created"] = HeroWebhookEventType.FormSubmissionCreated,
    };

    /// <summary>The wire name, e.g. <c>appointment.confirmed</c>.</summary>
    /// <param name="type">A known event type.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="HeroWebhookEventType.Unknown"/> or undefined.</exception>
    public static string ToWireName(HeroWebhookEventType type) =>
        ByName.FirstOrDefault(kv => kv.Value == type).Key
        ?? throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown has no wire name; use the event's EventName.");

    /// <summary>The event type for a wire name; <see cref="HeroWebhookEventType.Unknown"/> for names this SDK does not know.</summary>
    /// <param name="name">The wire name.</param>
    /// <returns>The type.</returns>
    public static HeroWebhookEventType FromWireName(string? name) =>
        name is not null && ByName.TryGetValue(name, out var type) ? type : HeroWebhookEventType.Unknown;
}
