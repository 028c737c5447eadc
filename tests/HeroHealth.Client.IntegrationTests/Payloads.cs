namespace HeroHealth.Client.IntegrationTests;

/// <summary>Bodies the fault server answers with; full enough to deserialize into the generated models.</summary>
internal static class Payloads
{
    public const string ApiKey = "integration-secret-key-7f1e";

    public static string Appointment(string id = "5002") => $$"""
        {"id":"{{id}}","patient_id":"9001","practitioner_id":"11","location_id":"21","appointment_type_id":"1","duration":15,
         "start_time":"2026-12-01T09:00:00Z","reserved_until":"2026-11-24T09:15:00Z","booking_confirmed_at":null,
         "can_be_cancelled":true,"can_be_rescheduled":true,"cancellation_policy_hours":24}
        """;

    public static string SentMessage(string id = "5003") => $$"""
        {"message_id":"{{id}}","content":"Your flu vaccination is booked.","created_at":"2026-11-24T09:04:00Z","write_to_record":false}
        """;
}
