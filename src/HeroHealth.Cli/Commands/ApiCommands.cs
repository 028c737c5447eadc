using HeroHealth.Client;
using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Cli.Commands;

/// <summary>Everyday commands over the facade. Patient data is printed only where the user asked for it.</summary>
internal static class ApiCommands
{
    private static readonly JsonSerializer Json = JsonSerializer.Create(HeroJson.CreateSettings());

    public static async Task<int> MeAsync(CliTarget target, CliOutput output, CancellationToken ct)
    {
        var me = await target.Client.PracticeGroup.GetPracticeGroupByIdAsync(ct);
        output.Line($"Practice group {target.Client.PracticeGroupId} on {target.Name}");
        output.Line(me?.ToString(Formatting.Indented) ?? "(no details)");
        output.Result(me ?? JValue.CreateNull());
        return 0;
    }

    public static async Task<int> CapabilitiesAsync(CliTarget target, CliOutput output, CancellationToken ct)
    {
        var set = await target.Client.PracticeGroup.GetCapabilitySetAsync(ct);
        output.Line(set.Count == 0 ? "No capabilities enabled." : "Capabilities: " + set);
        output.Result(new JArray(set.Order(StringComparer.Ordinal)));
        return 0;
    }

    public static async Task<int> ConfigurationAsync(CliTarget target, CliOutput output, CancellationToken ct)
    {
        var configuration = await target.Client.PracticeGroup.GetConfigurationAsync(ct);
        output.Line(configuration?.ToString(Formatting.Indented) ?? "(none)");
        output.Result(configuration ?? JValue.CreateNull());
        return 0;
    }

    public static async Task<int> NetworkAsync(CliTarget target, CliOutput output, CancellationToken ct)
    {
        var network = await target.Client.GetNetworkAsync(ct);
        foreach (var practice in network)
        {
            output.Line($"{practice.Id,-8} {practice.Name}");
        }

        output.Result(new JArray(network.Select(p => new JObject { ["id"] = p.Id, ["name"] = p.Name })));
        return 0;
    }

    public static async Task<int> TokenAsync(CliTarget target, CliOutput output, CancellationToken ct)
    {
        var token = await new HeroAccessTokenProvider(target.Client).GetTokenAsync(ct);
        // The token is printed only because the user asked for it (to paste into an element); never logged.
        output.Line(token.Token);
        output.Line($"expires {token.ExpiresAt:u} (practice group {token.PracticeGroupId})");
        output.Result(new JObject { ["access_token"] = token.Token, ["expires_at"] = token.ExpiresAt.ToString("o", CultureInfo.InvariantCulture), ["practice_group_id"] = token.PracticeGroupId });
        return 0;
    }

    public static async Task<int> RegisterPatientAsync(CliTarget target, CliOutput output, string nhsNumber, DateOnly dob, CancellationToken ct)
    {
        var nhs = NhsNumber.TryParse(nhsNumber, out var n, out var error) ? n : throw new CliException("--nhs-number: " + error);
        var result = await target.Client.Patients.RegisterFromPdsAsync(nhs, dob, ct);
        output.Line(result.IsRegistered
            ? $"Registered {nhs.Redacted}: Hero patient id {result.PatientId}"
            : $"Identity verification needed: {result.Message} {result.LoginUrl}");
        output.Result(new JObject { ["patient_id"] = result.PatientId, ["message"] = result.Message, ["login_url"] = result.LoginUrl?.AbsoluteUri });
        return 0;
    }

    public static async Task<int> SendMessageAsync(CliTarget target, CliOutput output, string patient, string text, string channel, string? to, CancellationToken ct)
    {
        var messages = target.Client.Messages;
        var sent = channel switch
        {
            "sms" => await messages.SendSmsAsync(patient, text, new SmsOptions { Recipient = to }, ct),
            "email" => await messages.SendEmailAsync(patient, text, new EmailOptions { Recipient = to }, ct),
            "nhs-app" => await messages.SendNhsAppMessageAsync(patient, text, null, ct),
            "hero" => await messages.SendHeroMessageAsync(patient, text, null, ct),
            _ => throw new CliException($"--channel {channel} is not a channel."), // the parser allows only the four above
        };
        // An empty 2xx still means Hero accepted the message: report it as sent, without the details it did not return.
        output.Line(sent is null ? $"Sent {channel} message to patient {patient} (Hero returned no details)" : $"Sent {channel} message {sent.MessageId} to patient {patient}");
        output.Result(new JObject { ["message_id"] = sent?.MessageId, ["channel"] = channel, ["created_at"] = sent?.CreatedAt });
        return 0;
    }

    public static async Task<int> ListSlotsAsync(CliTarget target, CliOutput output, DateOnly? first, DateOnly? last, CancellationToken ct)
    {
        var from = first ?? DateOnly.FromDateTime(DateTime.UtcNow.Date);
        var to = last ?? from.AddDays(6);
        var slots = await target.Client.Booking.FindSlotsAsync(from, to, ct);
        foreach (var slot in slots)
        {
            output.Line($"{slot.Id,-16} {slot.StartTime:yyyy-MM-dd HH:mm}  practitioner {slot.PractitionerId}  location {slot.LocationId}");
        }

        output.Line($"{slots.Count} slot(s) from {from:yyyy-MM-dd} to {to:yyyy-MM-dd}");
        output.Result(JArray.FromObject(slots, Json));
        return 0;
    }

    public static async Task<int> GetAppointmentAsync(CliTarget target, CliOutput output, string id, CancellationToken ct)
    {
        var appointment = await target.Client.Booking.GetAppointmentAsync(id, ct) ?? throw new CliException($"Hero answered 2xx without a body for appointment {id}.");
        output.Line($"Appointment {appointment.Id}: {appointment.StartTime:yyyy-MM-dd HH:mm} for {appointment.Duration} min, practitioner {appointment.PractitionerId}, " +
            (appointment.BookingConfirmedAt is { } at ? $"confirmed {at:u}" : $"reserved until {appointment.ReservedUntil:u}"));
        output.Result(JObject.FromObject(appointment, Json));
        return 0;
    }

    public static async Task<int> ReserveAsync(CliTarget target, CliOutput output, string slotId, DateOnly day, string? patientId, string? reason, CancellationToken ct)
    {
        // Hero's slots are opaque ids within a day's listing, and a reservation takes the slot itself: find it first.
        var slots = await target.Client.Booking.FindSlotsAsync(day, day, ct);
        var slot = slots.FirstOrDefault(s => s.Id == slotId)
            ?? throw new CliException($"No free slot {slotId} on {day:yyyy-MM-dd} ({slots.Count} free that day; 'hero slots list --from {day:yyyy-MM-dd} --to {day:yyyy-MM-dd}' shows them).");
        var reservation = await target.Client.Booking.ReserveAsync(slot, patientId, reason, ct);
        output.Line($"Reserved slot {slot.Id} ({slot.StartTime:yyyy-MM-dd HH:mm}) as {reservation.Id}, held until {reservation.ReservedUntil:u}");
        output.Result(new JObject { ["id"] = reservation.Id, ["slot_id"] = slot.Id, ["reserved_until"] = reservation.ReservedUntil?.ToString("o", CultureInfo.InvariantCulture) });
        return 0;
    }

    public static async Task<int> ListWebhooksAsync(CliTarget target, CliOutput output, string? eventType, CancellationToken ct)
    {
        var hooks = eventType is null
            ? await target.Client.Webhooks.FindWebhooksAsync(ct)
            : await target.Client.Webhooks.FindWebhooksAsync(EventType(eventType), ct);
        foreach (var hook in hooks)
        {
            output.Line($"{hook.Id,-8} {hook.EventType,-32} {hook.Url}");
        }

        output.Line($"{hooks.Count} webhook(s)");
        output.Result(new JArray(hooks.Select(h => new JObject { ["id"] = h.Id, ["event_type"] = h.EventType, ["url"] = h.Url })));
        return 0;
    }

    public static async Task<int> CreateWebhookAsync(CliTarget target, CliOutput output, string eventType, string endpoint, string? signingKey, CancellationToken ct)
    {
        var type = EventType(eventType);
        var url = Uri.TryCreate(endpoint, UriKind.Absolute, out var u) ? u : throw new CliException("--url must be an absolute URL.");
        var key = signingKey ?? HeroWebhookSigner.GenerateSigningKey();
        var hook = await target.Client.Webhooks.SubscribeAsync(type, url, key, ct) ?? throw new CliException("Hero accepted the subscription without returning it; list webhooks to see it.");
        output.Line($"Created webhook {hook.Id} for {hook.EventType} → {hook.Url}");
        if (signingKey is null)
        {
            output.Line($"Signing key (store it now, it verifies deliveries): {key}");
        }

        output.Result(new JObject { ["id"] = hook.Id, ["event_type"] = hook.EventType, ["url"] = hook.Url, ["signing_key"] = signingKey is null ? key : null });
        return 0;
    }

    public static async Task<int> DeleteWebhookAsync(CliTarget target, CliOutput output, string id, CancellationToken ct)
    {
        await target.Client.Webhooks.UnsubscribeAsync(id, ct);
        output.Line($"Deleted webhook {id}");
        output.Result(new JObject { ["deleted"] = id });
        return 0;
    }

    // The CLI refuses names the SDK does not list, to catch typos; the library itself sends any name.
    private static WebhookEventType EventType(string name) => new WebhookEventType(name) is { IsKnown: true } type
        ? type
        : throw new CliException($"Unknown event type '{name}'. Known: {string.Join(", ", WebhookEventType.KnownValues)}.");
}
