using System.Globalization;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Testing.Internal;

// The fake's part for appointment types, slots, reservations, confirmation and cancellation, and booking and attachment links.
internal sealed partial class FakeHeroEngine
{
    private FakeResponse AppointmentTypes()
    {
        var types = new[]
        {
            Shape("AppointmentType", new JObject { ["id"] = "1", ["name"] = "Flu vaccination", ["partner_slot_name"] = "Flu", ["duration"] = 15, ["slot_count"] = 40, ["price"] = 0, ["in_person"] = true }),
            Shape("AppointmentType", new JObject { ["id"] = "2", ["name"] = "GP telephone consultation", ["partner_slot_name"] = "GP phone", ["duration"] = 15, ["slot_count"] = 40, ["price"] = 0, ["telephone"] = true }),
        };
        return FakeResponse.Json(200, new JObject { ["data"] = new JArray(types), ["count"] = types.Length });
    }

    private List<(string Id, string Practitioner, DateTimeOffset Start)> FreeSlots(Dictionary<string, string[]> query)
    {
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        var from = DateOnly.TryParse(First(query, "start_date"), CultureInfo.InvariantCulture, out var f) ? f : today;
        var to = DateOnly.TryParse(First(query, "end_date"), CultureInfo.InvariantCulture, out var t) ? t : from.AddDays(6);
        if (to.DayNumber - from.DayNumber > 31)
        {
            to = from.AddDays(31);
        }

        var result = new List<(string, string, DateTimeOffset)>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            for (var minutes = 9 * 60; minutes < 12 * 60; minutes += 15)
            {
                var start = new DateTimeOffset(day.ToDateTime(new TimeOnly(minutes / 60, minutes % 60)), TimeSpan.Zero);
                foreach (var practitioner in Practitioners)
                {
                    if (start > Now && !IsHeld(practitioner, start))
                    {
                        result.Add((SlotId(practitioner, start), practitioner, start));
                    }
                }
            }
        }

        return result;
    }

    private bool IsHeld(string practitioner, DateTimeOffset start)
    {
        lock (_gate)
        {
            return _appointments.Values.Any(a => a.PractitionerId == practitioner && a.Start == start && a.Holds(Now));
        }
    }

    private static string SlotId(string practitioner, DateTimeOffset start) => start.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture) + practitioner;

    private static JObject SlotJson(string id, string practitioner, DateTimeOffset start) => new()
    {
        ["id"] = id,
        ["practitioner_id"] = practitioner,
        ["appointment_type_id"] = "1",
        ["location_id"] = LocationId,
        ["start_time"] = start.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["finish_time"] = start.AddMinutes(15).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
    };

    private FakeResponse ListSlots(Dictionary<string, string[]> query)
    {
        var slots = FreeSlots(query);
        return FakeResponse.Json(200, new JObject { ["data"] = new JArray(slots.Select(s => SlotJson(s.Id, s.Practitioner, s.Start))), ["count"] = slots.Count });
    }

    private static FakeResponse GetSlot(string id)
    {
        if (id.Length != 14 || !DateTimeOffset.TryParseExact(id[..12], "yyyyMMddHHmm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start) || !Practitioners.Contains(id[12..]))
        {
            return NotFound("slot");
        }

        return FakeResponse.Json(200, SlotJson(id, id[12..], start));
    }

    private FakeResponse CreateAppointment(string practiceGroupId, JObject body)
    {
        if (!DateTimeOffset.TryParse((string?)body["start_time"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start))
        {
            return FakeResponse.ValidationError("start_time", "ISO 8601 date format");
        }

        var practitioner = (string?)body["practitioner_id"] ?? "";
        if (!Practitioners.Contains(practitioner) || start.Minute % 15 != 0 || start.Hour is < 9 or >= 12)
        {
            return NotFound("slot");
        }

        lock (_gate)
        {
            if (IsHeld(practitioner, start) || start <= Now)
            {
                return Conflict("The slot is no longer available.");
            }

            var appointment = new FakeAppointment
            {
                Id = (++_nextId).ToString(CultureInfo.InvariantCulture),
                PracticeGroupId = practiceGroupId,
                AppointmentTypeId = (string?)body["appointment_type_id"] ?? "1",
                LocationId = (string?)body["location_id"] ?? LocationId,
                PractitionerId = practitioner,
                Start = start,
                Duration = (double?)body["duration"] ?? 15,
                PatientId = (string?)body["patient_id"],
                Reason = (string?)body["reason"],
                ReservedUntil = Now + _options.ReservationHold,
            };
            _appointments[appointment.Id] = appointment;
            return FakeResponse.Json(200, new JObject { ["id"] = appointment.Id, ["reserved_until"] = appointment.ReservedUntil.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) });
        }
    }

    private JObject AppointmentJson(FakeAppointment a) => Shape("Appointment", new JObject
    {
        ["id"] = a.Id,
        ["patient_id"] = a.PatientId,
        ["practitioner_id"] = a.PractitionerId,
        ["location_id"] = a.LocationId,
        ["appointment_type_id"] = a.AppointmentTypeId,
        ["duration"] = a.Duration,
        ["start_time"] = a.Start.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["reserved_until"] = a.ReservedUntil.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["booking_confirmed_at"] = a.ConfirmedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["can_be_cancelled"] = a.CancelledAt is null,
        ["can_be_rescheduled"] = a.CancelledAt is null,
        ["link_id"] = null,
        ["video_url"] = null,
    });

    private FakeResponse GetAppointment(string id)
    {
        lock (_gate)
        {
            return _appointments.TryGetValue(id, out var a) ? FakeResponse.Json(200, AppointmentJson(a)) : NotFound("appointment");
        }
    }

    private FakeResponse EditAppointment(string id, JObject body)
    {
        lock (_gate)
        {
            if (!_appointments.TryGetValue(id, out var a))
            {
                return NotFound("appointment");
            }

            if (a.CancelledAt is not null || a.ConfirmedAt is not null)
            {
                return Conflict("Only reserved, unconfirmed appointments can be edited.");
            }

            if (Now >= a.ReservedUntil)
            {
                return Conflict("The reservation has expired.");
            }

            if (DateTimeOffset.TryParse((string?)body["start_time"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start))
            {
                a.Start = start;
            }

            a.Duration = (double?)body["duration"] ?? a.Duration;
            a.PractitionerId = (string?)body["practitioner_id"] ?? a.PractitionerId;
            return FakeResponse.Json(200, AppointmentJson(a));
        }
    }

    private async Task<FakeResponse> CancelAppointmentAsync(string id, CancellationToken cancellationToken)
    {
        FakeAppointment? a;
        lock (_gate)
        {
            if (!_appointments.TryGetValue(id, out a))
            {
                return NotFound("appointment");
            }

            if (a.CancelledAt is not null)
            {
                return Conflict("The appointment is already cancelled.");
            }

            a.CancelledAt = Now;
        }

        await EmitAsync(a.PracticeGroupId, WebhookEventType.AppointmentCancelled.ToString(), "Appointment", id, cancellationToken).ConfigureAwait(false);
        return FakeResponse.Json(200, new JObject());
    }

    private FakeResponse ListAppointments(string practiceGroupId)
    {
        lock (_gate)
        {
            var items = _appointments.Values.Where(a => a.PracticeGroupId == practiceGroupId).Select(AppointmentJson).ToList();
            return FakeResponse.Json(200, new JObject { ["data"] = new JArray(items), ["count"] = items.Count });
        }
    }

    // Every booking link id names an active, unlimited link of the caller's practice group (Hero's own example is an
    // inactive one, which no flow can use); an inactive link is a MockHttp test's business.
    private static FakeResponse GetBookingLink(string practiceGroupId, string id) => FakeResponse.Json(200, new JObject
    {
        ["id"] = id,
        ["practice_group_id"] = practiceGroupId,
        ["short_link"] = "https://fake.herohealth.test/b/" + id,
        ["active"] = true,
        ["unlimited_use"] = true,
        ["number_of_uses"] = 0,
        ["open_count"] = 0,
    });

    // An attachment link the caller can send: Hero's example shows placeholders where the URL and uuid go.
    private FakeResponse CreateAttachmentLink(JObject body)
    {
        var patientId = (string?)body["patient_id"];
        if (!IsKnownPatient(patientId))
        {
            return NotFound("patient");
        }

        var uuid = Guid.NewGuid().ToString();
        return FakeResponse.Json(200, new JObject { ["attachment_link"] = "https://fake.herohealth.test/a/" + uuid, ["attachment_uuid"] = uuid });
    }
}
