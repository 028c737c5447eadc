using System.Net;
using System.Text;
using System.Text.Json.Serialization;

namespace HeroHealth.Client.Benchmarks;

/// <summary>Answers every request with the same bytes: measures the client, not a network or server.</summary>
public sealed class CannedHandler(string json) : HttpMessageHandler
{
    private readonly byte[] _body = Encoding.UTF8.GetBytes(json);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            // Drain the request body as a server would.
            _ = request.Content.ReadAsByteArrayAsync(cancellationToken).GetAwaiter().GetResult();
        }

        var content = new ByteArrayContent(_body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}

/// <summary>Shared payloads and options.</summary>
public static class Payloads
{
    public const string Appointment = """
        {"id":"5002","patient_id":"9001","practitioner_id":"11","location_id":"21","appointment_type_id":"1","duration":15,
         "start_time":"2026-12-01T09:00:00Z","video":false,"in_person":true,"telephone":false,"video_url":null,"link_id":null,
         "reserved_until":"2026-11-24T09:15:00Z","booking_confirmed_at":"2026-11-24T09:03:00Z","can_be_cancelled":true,
         "can_be_rescheduled":true,"cancellation_policy_hours":24,"suppress_mail":false}
        """;

    public const string SentMessage = """
        {"message_id":"5003","content":"Your flu vaccination is booked for Tuesday at 09:00.","created_at":"2026-11-24T09:04:00Z",
         "snomed_code":"185316007","write_to_record":true,"auth_token":null,"confirm_write_to_record_url":null,"submitted_by":"partner","send_at":null}
        """;

    public static readonly Uri Base = new("https://api.staging.htech.app/");

    public static HeroHealthClientOptions Options(Uri? baseAddress = null) => new()
    {
        ApiKey = "benchmark-key",
        PracticeGroupId = "1001",
        BaseAddress = baseAddress ?? Base,
        ApplicationId = "bench",
    };

    internal static HeroRequestContext Context => new("benchmark-key", "1001");

    /// <summary>The generated clients' pipeline with retries and drift reporting off: the row that shows what the facade's policies add.</summary>
    internal static HeroPipeline BarePipeline(HttpMessageHandler handler, Uri? baseAddress = null)
    {
        var options = Options(baseAddress);
        options.Retry.Enabled = false;
        options.ReportSpecDrift = false;
        return new HeroPipeline(options, HeroTransport.Borrowing(handler, nameof(handler)), ownsTransport: true, null, null);
    }

    public static string Appointments(int count)
    {
        var sb = new StringBuilder("{\"data\":[");
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append(Appointment.Replace("\"5002\"", $"\"{10_000 + i}\"", StringComparison.Ordinal));
        }

        return sb.Append("],\"count\":").Append(count).Append('}').ToString();
    }
}

/// <summary>The hand-written baseline's model: what a team would write with System.Text.Json.</summary>
public sealed record AppointmentDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("patient_id")] string? PatientId,
    [property: JsonPropertyName("practitioner_id")] string PractitionerId,
    [property: JsonPropertyName("location_id")] string LocationId,
    [property: JsonPropertyName("appointment_type_id")] string AppointmentTypeId,
    [property: JsonPropertyName("duration")] double Duration,
    [property: JsonPropertyName("start_time")] DateTimeOffset? StartTime,
    [property: JsonPropertyName("video")] bool Video,
    [property: JsonPropertyName("in_person")] bool InPerson,
    [property: JsonPropertyName("telephone")] bool Telephone,
    [property: JsonPropertyName("video_url")] string? VideoUrl,
    [property: JsonPropertyName("link_id")] string? LinkId,
    [property: JsonPropertyName("reserved_until")] DateTimeOffset? ReservedUntil,
    [property: JsonPropertyName("booking_confirmed_at")] DateTimeOffset? BookingConfirmedAt,
    [property: JsonPropertyName("can_be_cancelled")] bool CanBeCancelled,
    [property: JsonPropertyName("can_be_rescheduled")] bool CanBeRescheduled,
    [property: JsonPropertyName("cancellation_policy_hours")] double CancellationPolicyHours,
    [property: JsonPropertyName("suppress_mail")] bool SuppressMail);

/// <summary>Baseline list envelope.</summary>
public sealed record AppointmentListDto([property: JsonPropertyName("data")] List<AppointmentDto> Data, [property: JsonPropertyName("count")] int Count);

/// <summary>Baseline send-message request and response.</summary>
public sealed record SendMessageDto(
    [property: JsonPropertyName("patient_id")] string PatientId,
    [property: JsonPropertyName("message_type")] string MessageType,
    [property: JsonPropertyName("message_string")] string MessageString,
    [property: JsonPropertyName("write_to_record")] bool WriteToRecord);

/// <summary>Baseline response.</summary>
public sealed record SentMessageDto([property: JsonPropertyName("message_id")] string MessageId, [property: JsonPropertyName("content")] string Content);
