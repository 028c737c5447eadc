namespace HeroHealth.Client.Webhooks;

/// <summary>Hero's webhook event types (the <c>event</c> of a delivery, the <c>event_type</c> of a subscription).</summary>
public enum HeroWebhookEventType
{
    /// <summary>An event this SDK version does not know; the name is in <see cref="HeroWebhookEvent.EventName"/>.</summary>
    Unknown = 0,

    /// <summary><c>appointment.confirmed</c>.</summary>
    AppointmentConfirmed,

    /// <summary><c>appointment.cancelled</c>.</summary>
    AppointmentCancelled,

    /// <summary><c>appointment.rescheduled</c>.</summary>
    AppointmentRescheduled,

    /// <summary><c>prescription.issued</c>.</summary>
    PrescriptionIssued,

    /// <summary><c>patient.medical-record-updated</c>.</summary>
    PatientMedicalRecordUpdated,

    /// <summary><c>patient.added-to-sequence</c>.</summary>
    PatientAddedToSequence,

    /// <summary><c>write-to-record.succeeded</c>.</summary>
    WriteToRecordSucceeded,

    /// <summary><c>write-to-record.failed</c>.</summary>
    WriteToRecordFailed,

    /// <summary><c>form-submission.created</c> (seen in Hero's AsyncAPI, not offered for subscriptions).</summary>
    FormSubmissionCreated,
}
