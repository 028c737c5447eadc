using HeroHealth.Client;
using System.Globalization;
using HeroHealth.Client.Testing;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Cli.Commands;

/// <summary>
/// <c>hero demo</c>: the SDK's whole story, step by step. Against the embedded fake every step runs; against a real
/// environment only reads and the access token run (nothing is sent to real patients from a demo).
/// </summary>
internal static class DemoCommand
{
    public static async Task<int> RunAsync(CliTarget target, CliOutput output, CancellationToken ct)
    {
        var hero = target.Client;
        var steps = new JArray();
        void Step(string title, string detail, JObject data)
        {
            output.Line($"  {output.Good($"{steps.Count + 1,2}.")} {output.Strong(title)}");
            output.Line($"      {detail}");
            data["step"] = title;
            steps.Add(data);
        }

        output.Line($"HeroHealth.Client demo against {target.Name}");
        output.Line($"Practice group {hero.PracticeGroupId}; every call carries x-api-key and x-practice-group-id.");
        output.Line();

        var capabilities = await hero.PracticeGroup.GetCapabilitySetAsync(ct);
        Step("Practice group capabilities", capabilities.Count == 0 ? "none" : capabilities.ToString(), new JObject { ["capabilities"] = new JArray(capabilities) });

        var network = await hero.GetNetworkAsync(ct);
        Step("Network", $"{network.Count} practice group(s) this key may act for: {string.Join(", ", network.Select(n => n.Id))}", new JObject { ["practice_groups"] = new JArray(network.Select(n => n.Id)) });

        var types = Returned(await hero.PracticeGroup.ListAppointmentTypesAsync(cancellationToken: ct), "appointment types");
        Step("Appointment types", string.Join("; ", (types.Data ?? []).Select(t => $"{t.Id} {t.Name} ({t.Duration} min)")), new JObject { ["appointment_types"] = new JArray((types.Data ?? []).Select(t => t.Name)) });

        var day = NextWeekday(DateOnly.FromDateTime(DateTime.UtcNow.Date).AddDays(1));
        var slots = await hero.Booking.FindSlotsAsync(day, day, ct);
        Step("Slots", slots.Count == 0 ? $"none on {day:yyyy-MM-dd}" : $"{slots.Count} free on {day:yyyy-MM-dd}; first at {slots[0].StartTime:HH:mm} with practitioner {slots[0].PractitionerId}",
            new JObject { ["date"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["count"] = slots.Count });

        var tokens = new HeroAccessTokenProvider(hero);
        var token = await tokens.GetTokenAsync(ct);
        Step("Elements access token", $"JWT minted, expires {token.ExpiresAt:u} (value not shown; 'hero token' prints it)", new JObject { ["expires_at"] = token.ExpiresAt.ToString("o", CultureInfo.InvariantCulture) });

        if (HeroSide.For(target) is not { } heroSide)
        {
            output.Line();
            output.Line("Registering patients, booking and sending messages run only against a fake (embedded or served): a demo never writes to a real practice.");
            output.Result(new JObject { ["target"] = target.Name, ["steps"] = steps });
            return 0;
        }

        var signingKey = HeroWebhookSigner.GenerateSigningKey();
        var hook = Returned(await hero.Webhooks.SubscribeAsync(WebhookEventType.AppointmentConfirmed, heroSide.WebhookUrl, signingKey, new WebhookSubscriptionOptions { Description = "demo" }, ct), "webhook");
        Step("Webhook subscription", $"webhook {hook.Id} for {hook.EventType}, signed with a fresh signing key", new JObject { ["webhook_id"] = hook.Id, ["event_type"] = hook.EventType });

        var synthetic = FakeHero.SyntheticPatients[0];
        var registration = await hero.Patients.RegisterFromPdsAsync(synthetic.NhsNumber, synthetic.DateOfBirth, ct);
        Step("Register a patient from PDS", $"NHS number {synthetic.NhsNumber.Redacted} (synthetic, 999 range), born {synthetic.DateOfBirth:yyyy-MM-dd} → Hero patient id {registration.PatientId}",
            new JObject { ["patient_id"] = registration.PatientId });

        var reservation = await hero.Booking.ReserveAsync(slots[0], registration.PatientId, "Flu vaccination", cancellationToken: ct);
        Step("Reserve the slot", $"reservation {reservation.Id}, held until {reservation.ReservedUntil:HH:mm:ss} UTC ({reservation.Remaining?.TotalMinutes:0} min)",
            new JObject { ["reservation_id"] = reservation.Id, ["reserved_until"] = reservation.ReservedUntil?.ToString("o", CultureInfo.InvariantCulture) });

        reservation.ThrowIfExpired();
        await heroSide.ConfirmAsync(reservation.Id, ct);
        var appointment = Returned(await reservation.GetAppointmentAsync(ct), "appointment");
        Step("Confirm the booking", $"confirmed at {appointment.BookingConfirmedAt:HH:mm:ss} UTC (Hero's Book an Appointment call is not in its published description yet, so the fake confirms on Hero's side)",
            new JObject { ["confirmed_at"] = appointment.BookingConfirmedAt?.ToString("o", CultureInfo.InvariantCulture) });

        var sent = Returned(await hero.Messages.SendSmsAsync(registration.PatientId!, $"Your flu vaccination is booked for {appointment.StartTime:dddd d MMMM 'at' HH:mm}.", new SmsOptions
        {
            WriteToRecord = new WriteToRecord { SnomedCode = "185316007", SnomedTerm = "Indirect encounter", AutoWrite = true },
        }, ct), "sent message");
        Step("Send an SMS with write-to-record", $"message {sent.MessageId} queued for patient {registration.PatientId}; written to the record automatically", new JObject { ["message_id"] = sent.MessageId });

        var delivery = await heroSide.DeliveryAsync(Returned(hook.Id, "webhook id"), WebhookEventType.AppointmentConfirmed, ct);
        var verifier = new HeroWebhookVerifier(signingKey);
        var verdict = verifier.Verify(delivery.Timestamp, delivery.Signature, delivery.Body);
        var what = HeroWebhookEvent.TryParse(delivery.Body, out var delivered) ? $"{delivered.ObjectType} {delivered.Id}" : "an unreadable body";
        Step("Verify a signed webhook delivery", $"{delivery.EventName} for {what}: signature {verdict.Status}", new JObject { ["event"] = delivery.EventName, ["verdict"] = verdict.Status.ToString() });

        var tampered = new HeroWebhookVerifier(signingKey).Verify(delivery.Timestamp, delivery.Signature, delivery.Body.Replace(reservation.Id, "0", StringComparison.Ordinal));
        Step("…and reject a tampered one", $"same delivery with a changed id: {tampered.Status}", new JObject { ["verdict"] = tampered.Status.ToString() });

        var replayed = verifier.Verify(delivery.Timestamp, delivery.Signature, delivery.Body);
        Step("…and recognise a replay", $"the same delivery again: {replayed.Status} (acknowledge it, do not act twice)", new JObject { ["verdict"] = replayed.Status.ToString() });

        var expected = verdict.IsValid && !tampered.IsValid && replayed.Status == WebhookVerificationStatus.Replayed;
        output.Line();
        output.Line(expected ? "Demo complete." : "Demo finished with an unexpected verdict.");
        output.Result(new JObject { ["target"] = target.Name, ["steps"] = steps });
        return expected ? 0 : 1;
    }

    private static DateOnly NextWeekday(DateOnly day)
    {
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The demo prints fields of each result; an empty 2xx (success without a body) is reported, not dereferenced.</summary>
    private static T Returned<T>(T? value, string what)
        where T : class =>
        value ?? throw new CliException($"Hero answered 2xx without a body, so the {what} cannot be shown.");
}
