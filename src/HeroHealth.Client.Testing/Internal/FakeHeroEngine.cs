using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Testing.Internal;

/// <summary>The fake's state and behaviour, one method per stateful operation; everything else answers from the spec.</summary>
internal sealed class FakeHeroEngine
{
    private static readonly string[] Practitioners = ["11", "12"];
    private const string LocationId = "21";

    private readonly object _gate = new();
    private readonly FakeHeroOptions _options;
    private readonly FakeSpec _spec = FakeSpec.Instance;
    private readonly byte[] _tokenKey = RandomNumberGenerator.GetBytes(32);
    private readonly List<FakePatient> _patients = [];
    private readonly List<FakeSentMessage> _messages = [];
    private readonly List<FakeWebhookDelivery> _deliveries = [];
    private readonly List<FakeFault> _faults = [];
    private readonly Dictionary<string, FakeAppointment> _appointments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakeWebhook> _webhooks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakeBatch> _batches = new(StringComparer.Ordinal);
    private readonly HttpMessageInvoker? _delivery;
    private int _nextId = 5000;

    public FakeHeroEngine(FakeHeroOptions options)
    {
        _options = options;
        _delivery = options.DeliveryTransport is null ? null : new HttpMessageInvoker(options.DeliveryTransport, disposeHandler: false);
        _patients.AddRange(FakeHero.SyntheticPatients);
    }

    public DateTimeOffset Now => _options.TimeProvider.GetUtcNow();

    public IReadOnlyList<FakePatient> Patients { get { lock (_gate) { return _patients.ToList(); } } }

    public IReadOnlyList<FakeSentMessage> Messages { get { lock (_gate) { return _messages.ToList(); } } }

    public IReadOnlyList<FakeWebhookDelivery> Deliveries { get { lock (_gate) { return _deliveries.ToList(); } } }

    public void AddPatient(FakePatient patient)
    {
        lock (_gate)
        {
            if (_patients.Any(p => p.NhsNumber == patient.NhsNumber || p.PatientId == patient.PatientId))
            {
                throw new InvalidOperationException("A patient with that NHS number or id already exists in the fake.");
            }

            _patients.Add(patient);
        }
    }

    private readonly List<FakeCustomRoute> _custom = [];

    public void Map(FakeCustomRoute route)
    {
        lock (_custom)
        {
            _custom.Add(route);
        }
    }

    public FakeCustomRoute? MatchCustom(string method, string path, out Dictionary<string, string> parameters)
    {
        var segments = path.Trim('/').Split('/');
        lock (_custom)
        {
            foreach (var route in _custom)
            {
                if (route.Route.Method == method && route.Route.TryMatch(segments, out parameters))
                {
                    return route;
                }
            }
        }

        parameters = [];
        return null;
    }

    public void AddFault(FakeFault fault)
    {
        lock (_gate)
        {
            _faults.Add(fault);
        }
    }

    public FakeFault? TakeFault(string operationId)
    {
        lock (_gate)
        {
            var fault = _faults.FirstOrDefault(f => f.OperationId is null || f.OperationId == operationId);
            if (fault is null)
            {
                return null;
            }

            var index = _faults.IndexOf(fault);
            if (fault.Times <= 1)
            {
                _faults.RemoveAt(index);
            }
            else
            {
                _faults[index] = fault.Times switch
                {
                    _ when fault.Latency is { } l && fault.Status is null => FakeFault.Slow(l, fault.Times - 1, fault.OperationId),
                    _ when fault.RetryAfter is { } r => FakeFault.RateLimited(r, fault.Times - 1, fault.OperationId),
                    _ => FakeFault.WithStatus(fault.Status!.Value, fault.Times - 1, fault.OperationId),
                };
            }

            return fault;
        }
    }

    public Task<FakeResponse> HandleAsync(FakeRoute route, string practiceGroupId, Dictionary<string, string> path, Dictionary<string, string[]> query, JObject? body, CancellationToken cancellationToken) => route.OperationId switch
    {
        "registerPatientPds" => Task.FromResult(RegisterPds(body!)),
        "getPatientById" => Task.FromResult(GetPatient(path["id"], "Patient")),
        "getPatientByIdV2" => Task.FromResult(GetPatient(path["id"], "PatientRecord")),
        "listPatientsV3" => Task.FromResult(ListPatients(query)),
        "sendMessage" => SendMessageAsync(practiceGroupId, body!, cancellationToken),
        "getMessage" => Task.FromResult(GetMessage(path["id"])),
        "createBatchMessage" => Task.FromResult(CreateBatch(practiceGroupId, body!)),
        "getBatchMessage" => Task.FromResult(GetBatch(path["id"])),
        "sendBatchMessage" => Task.FromResult(SendBatch(path["id"])),
        "listBatchMessageRecipients" => Task.FromResult(BatchRecipients(path["id"])),
        "listAppointmentTypes" => Task.FromResult(AppointmentTypes()),
        "listLocations" => Task.FromResult(FakeResponse.Json(200, new JObject { ["data"] = new JArray(new JObject { ["id"] = LocationId, ["name"] = "Fake Surgery" }), ["count"] = 1 })),
        "listPractitioners" => Task.FromResult(FakeResponse.Json(200, new JObject { ["data"] = new JArray(Practitioners.Select(p => new JObject { ["id"] = p, ["name"] = "Dr Fake " + p })), ["count"] = Practitioners.Length })),
        "listSlots" => Task.FromResult(ListSlots(query)),
        "countSlots" => Task.FromResult(FakeResponse.Json(200, new JObject { ["count"] = FreeSlots(query).Count })),
        "getSlot" => Task.FromResult(GetSlot(path["id"])),
        "createAppointment" => Task.FromResult(CreateAppointment(practiceGroupId, body!)),
        "getAppointment" => Task.FromResult(GetAppointment(path["id"])),
        "editAppointment" => Task.FromResult(EditAppointment(path["id"], body!)),
        "cancelAppointment" => CancelAppointmentAsync(path["id"], cancellationToken),
        "listAppointments" => Task.FromResult(ListAppointments(practiceGroupId)),
        "createWebhook" => Task.FromResult(CreateWebhook(practiceGroupId, body!)),
        "listWebhooks" => Task.FromResult(ListWebhooks(practiceGroupId, query)),
        "deleteWebhook" => Task.FromResult(DeleteWebhook(practiceGroupId, path["id"])),
        "createAccessToken" => Task.FromResult(FakeResponse.Json(200, new JObject { ["access_token"] = MintToken(practiceGroupId) })),
        "getCapabilities" => Task.FromResult(FakeResponse.Json(200, new JObject { ["capabilities"] = new JArray(HeroCapability.SmsMessaging) })),
        "getPracticeGroupById" => Task.FromResult(FakeResponse.Json(200, new JObject { ["id"] = practiceGroupId, ["name"] = "Fake Practice " + practiceGroupId })),
        "getBookingLink" => Task.FromResult(GetBookingLink(practiceGroupId, path["id"])),
        "listNetworkPracticeGroups" => Task.FromResult(FakeResponse.Json(200, new JObject
        {
            ["data"] = new JArray(_options.PracticeGroupIds.Select(id => new JObject { ["id"] = id, ["name"] = "Fake Practice " + id })),
            ["count"] = _options.PracticeGroupIds.Count,
        })),
        "createAttachmentLink" => Task.FromResult(CreateAttachmentLink(body!)),
        _ => Task.FromResult(FromExample(route, query)),
    };

    // Any other operation answers its documented example. A paged list's example is taken as the whole list and paged
    // by page_index/page_size (count = its length), so an auto-paging walk over it ends as it would on Hero.
    private FakeResponse FromExample(FakeRoute route, Dictionary<string, string[]> query)
    {
        var answer = _spec.Fill(route.SuccessSchema, route.SuccessExample)?.DeepClone();
        if (answer is JObject { } list && list["data"] is JArray items && (query.ContainsKey("page_index") || query.ContainsKey("page_size")))
        {
            var (index, size) = Page(query);
            list["data"] = new JArray(items.Skip(index * size).Take(size));
            list["count"] = items.Count;
        }

        return FakeResponse.Json(route.SuccessStatus, answer);
    }

    // An attachment link the caller can send: Hero's example shows placeholders where the URL and uuid go.
    private FakeResponse CreateAttachmentLink(JObject body)
    {
        var patientId = (string?)body["patient_id"];
        if (Patients.All(p => p.PatientId != patientId))
        {
            return NotFound("patient");
        }

        var uuid = Guid.NewGuid().ToString();
        return FakeResponse.Json(200, new JObject { ["attachment_link"] = "https://fake.herohealth.test/a/" + uuid, ["attachment_uuid"] = uuid });
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

    public async Task ConfirmAsync(string appointmentId, CancellationToken cancellationToken)
    {
        FakeAppointment appointment;
        lock (_gate)
        {
            appointment = _appointments.GetValueOrDefault(appointmentId) ?? throw new KeyNotFoundException($"No appointment {appointmentId} in the fake.");
            if (appointment.CancelledAt is not null)
            {
                throw new InvalidOperationException($"Appointment {appointmentId} was cancelled.");
            }

            if (appointment.ConfirmedAt is null && Now >= appointment.ReservedUntil)
            {
                throw new InvalidOperationException($"Reservation {appointmentId} expired at {appointment.ReservedUntil:u}.");
            }

            appointment.ConfirmedAt ??= Now;
        }

        await EmitAsync(appointment.PracticeGroupId, WebhookEventType.AppointmentConfirmed.ToString(), "Appointment", appointmentId, cancellationToken).ConfigureAwait(false);
    }

    public async Task EmitAsync(string practiceGroupId, string eventName, string objectType, string id, CancellationToken cancellationToken)
    {
        List<FakeWebhook> targets;
        lock (_gate)
        {
            targets = _webhooks.Values.Where(w => w.PracticeGroupId == practiceGroupId && w.EventType == eventName).ToList();
        }

        var body = new JObject { ["object"] = objectType, ["id"] = id, ["practice_group_id"] = practiceGroupId, ["event"] = eventName }.ToString(Formatting.None);
        foreach (var hook in targets)
        {
            string? timestamp = null, signature = null;
            if (hook.SigningKey is { } key)
            {
                timestamp = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                signature = HeroWebhookSigner.Sign(key, timestamp, Encoding.UTF8.GetBytes(body));
            }

            int? status = null;
            if (_delivery is not null)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, hook.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                if (timestamp is not null)
                {
                    request.Headers.TryAddWithoutValidation(HeroWebhookHeaders.Timestamp, timestamp);
                    request.Headers.TryAddWithoutValidation(HeroWebhookHeaders.Signature, signature);
                }

                foreach (var header in hook.Headers ?? [])
                {
                    request.Headers.TryAddWithoutValidation(header.Key, header.Value?.ToString());
                }

                try
                {
                    using var response = await _delivery.SendAsync(request, cancellationToken).ConfigureAwait(false);
                    status = (int)response.StatusCode;
                }
                catch (HttpRequestException)
                {
                    status = 0; // receiver unreachable: recorded, like a failed delivery
                }
            }

            lock (_gate)
            {
                _deliveries.Add(new FakeWebhookDelivery(hook.Id, hook.Url, eventName, timestamp, signature, body, status));
            }
        }
    }

    private static FakeResponse NotFound(string what) => FakeResponse.Json(404, new JObject { ["message"] = $"No {what} found" });

    private static FakeResponse Conflict(string message) => FakeResponse.Json(409, new JObject { ["message"] = message });

    private string NextId()
    {
        lock (_gate)
        {
            return (++_nextId).ToString(CultureInfo.InvariantCulture);
        }
    }

    private JObject Shape(string component, JObject values)
    {
        var shaped = (JObject)_spec.Fill(new JObject { ["$ref"] = "#/components/schemas/" + component }, null);
        shaped.Merge(values, new JsonMergeSettings { MergeArrayHandling = MergeArrayHandling.Replace, MergeNullValueHandling = MergeNullValueHandling.Merge });
        return shaped;
    }

    // ---- Patients -------------------------------------------------------------------------------------------

    private FakeResponse RegisterPds(JObject body)
    {
        // Hero's two shapes: NHS number + DOB, or forename + surname + DOB + postcode.
        if (!TryDate(body["dob"], out var dob))
        {
            return FakeResponse.ValidationError("dob", "ISO 8601 date format");
        }

        FakePatient? patient;
        if (body["nhs_number"] is not null || body["forename"] is null)
        {
            if (!NhsNumber.TryParse((string?)body["nhs_number"], out var nhs))
            {
                return FakeResponse.ValidationError("nhs_number", "A valid NHS number");
            }

            patient = Patients.FirstOrDefault(p => p.NhsNumber == nhs && p.DateOfBirth == dob);
        }
        else
        {
            foreach (var field in (string[])["forename", "surname", "postcode"])
            {
                if (string.IsNullOrWhiteSpace((string?)body[field]))
                {
                    return FakeResponse.ValidationError(field, "A non-empty string");
                }
            }

            static string Compact(string? s) => string.Concat((s ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
            patient = Patients.FirstOrDefault(p => p.DateOfBirth == dob
                && string.Equals(p.FirstName, ((string?)body["forename"])!.Trim(), StringComparison.OrdinalIgnoreCase)
                && string.Equals(p.LastName, ((string?)body["surname"])!.Trim(), StringComparison.OrdinalIgnoreCase)
                && Compact(p.Postcode) == Compact((string?)body["postcode"]));
        }

        return patient is null ? NotFound("patient") : FakeResponse.Json(200, new JObject { ["patient_id"] = patient.PatientId });
    }

    private FakeResponse GetPatient(string id, string component)
    {
        var patient = Patients.FirstOrDefault(p => p.PatientId == id);
        return patient is null ? NotFound("patient") : FakeResponse.Json(200, PatientJson(patient, component));
    }

    private JObject PatientJson(FakePatient p, string component)
    {
        var json = Shape(component, new JObject
        {
            ["dob"] = p.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["first_name"] = p.FirstName,
            ["last_name"] = p.LastName,
            ["nhs_number"] = p.NhsNumber.Formatted,
            ["email"] = p.Email,
            ["mobile"] = p.Mobile,
            ["title"] = null,
            ["sex"] = "Not specified",
            ["data_source"] = "pds",
        });
        if (json.ContainsKey("id"))
        {
            json["id"] = p.PatientId;
        }

        if (json.ContainsKey("hero_id"))
        {
            json["hero_id"] = p.PatientId;
        }

        return json;
    }

    private FakeResponse ListPatients(Dictionary<string, string[]> query)
    {
        IEnumerable<FakePatient> found = Patients;
        if (First(query, "nhs_number") is { } nhsText)
        {
            found = NhsNumber.TryParse(nhsText, out var nhs) ? found.Where(p => p.NhsNumber == nhs) : [];
        }

        if (First(query, "last_name") is { } last)
        {
            found = found.Where(p => p.LastName.Equals(last, StringComparison.OrdinalIgnoreCase));
        }

        if (First(query, "first_name") is { } firstName)
        {
            found = found.Where(p => p.FirstName.Equals(firstName, StringComparison.OrdinalIgnoreCase));
        }

        var list = found.ToList();
        var (index, size) = Page(query);
        var page = list.Skip(index * size).Take(size).Select(p => PatientJson(p, "PatientSummary"));
        return FakeResponse.Json(200, new JObject { ["data"] = new JArray(page), ["count"] = list.Count });
    }

    // ---- Messages -------------------------------------------------------------------------------------------

    private async Task<FakeResponse> SendMessageAsync(string practiceGroupId, JObject body, CancellationToken cancellationToken)
    {
        var patientId = (string?)body["patient_id"];
        if (Patients.All(p => p.PatientId != patientId))
        {
            return NotFound("patient");
        }

        var id = NextId();
        var writeToRecord = (bool?)body["write_to_record"] == true;
        var message = new FakeSentMessage(id, practiceGroupId, patientId!, (string?)body["message_type"] ?? "", (string?)body["message_string"] ?? "",
            (string?)body["recipient_contact_detail"], writeToRecord, (JObject)body.DeepClone());
        lock (_gate)
        {
            _messages.Add(message);
        }

        if (writeToRecord && (bool?)body["auto_write_to_record"] == true)
        {
            await EmitAsync(practiceGroupId, WebhookEventType.WriteToRecordSucceeded.ToString(), "Message", id, cancellationToken).ConfigureAwait(false);
        }

        return FakeResponse.Json(200, Shape("SentMessage", new JObject
        {
            ["message_id"] = id,
            ["content"] = message.Text,
            ["created_at"] = Now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["write_to_record"] = writeToRecord,
            ["snomed_code"] = body["snomed_code"] ?? JValue.CreateNull(),
            ["send_at"] = body["send_at"] ?? JValue.CreateNull(),
            ["submitted_by"] = "partner",
        }));
    }

    private FakeResponse GetMessage(string id)
    {
        var message = Messages.FirstOrDefault(m => m.MessageId == id);
        return message is null
            ? NotFound("message")
            : FakeResponse.Json(200, Shape("Message", new JObject { ["id"] = id, ["status"] = "sent", ["created_at"] = Now.ToString("o", CultureInfo.InvariantCulture) }));
    }

    private FakeResponse CreateBatch(string practiceGroupId, JObject body)
    {
        if ((string?)body["channel"] == "EMAIL" && string.IsNullOrWhiteSpace((string?)body["subject"]))
        {
            return FakeResponse.ValidationError("subject", "string (required for EMAIL)");
        }

        var batch = new FakeBatch { Id = NextId(), PracticeGroupId = practiceGroupId, Request = (JObject)body.DeepClone() };
        lock (_gate)
        {
            _batches[batch.Id] = batch;
        }

        return FakeResponse.Json(200, BatchJson(batch));
    }

    private static JObject BatchJson(FakeBatch batch) => new()
    {
        ["id"] = batch.Id,
        ["name"] = batch.Request["name"],
        ["status"] = batch.Status,
        ["channel"] = batch.Request["channel"],
        ["subject"] = batch.Request["subject"],
        ["content"] = batch.Request["content"],
    };

    private FakeResponse GetBatch(string id)
    {
        lock (_gate)
        {
            if (!_batches.TryGetValue(id, out var batch))
            {
                return NotFound("batch message");
            }

            var json = BatchJson(batch);
            if (batch.Status == "SENDING")
            {
                batch.Status = "COMPLETED"; // the next read sees it finished
            }

            return FakeResponse.Json(200, json);
        }
    }

    private FakeResponse SendBatch(string id)
    {
        lock (_gate)
        {
            if (!_batches.TryGetValue(id, out var batch))
            {
                return NotFound("batch message");
            }

            if (batch.Status != "CREATED")
            {
                return Conflict("The batch has already been sent.");
            }

            batch.Status = "SENDING";
            return FakeResponse.Json(200, BatchJson(batch));
        }
    }

    private FakeResponse BatchRecipients(string id)
    {
        lock (_gate)
        {
            if (!_batches.TryGetValue(id, out var batch))
            {
                return NotFound("batch message");
            }

            var recipients = (batch.Request["recipients"] as JArray ?? []).Select(r => new JObject
            {
                ["nhs_number"] = r["nhs_number"],
                ["status"] = batch.Status == "CREATED" ? "CREATED" : "SENT",
            });
            return FakeResponse.Json(200, new JObject { ["data"] = new JArray(recipients), ["count"] = (batch.Request["recipients"] as JArray)?.Count ?? 0 });
        }
    }

    // ---- Booking --------------------------------------------------------------------------------------------

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

    // ---- Webhooks and tokens --------------------------------------------------------------------------------

    private FakeResponse CreateWebhook(string practiceGroupId, JObject body)
    {
        if (!Uri.TryCreate((string?)body["url"], UriKind.Absolute, out var url))
        {
            return FakeResponse.ValidationError("url", "uri");
        }

        var hook = new FakeWebhook(NextId(), practiceGroupId, (string)body["event_type"]!, url, (string?)body["signing_key"], (string?)body["description"], body["headers"] as JObject, Now);
        lock (_gate)
        {
            _webhooks[hook.Id] = hook;
        }

        return FakeResponse.Json(200, WebhookJson(hook));
    }

    private static JObject WebhookJson(FakeWebhook hook)
    {
        var json = new JObject
        {
            ["id"] = hook.Id,
            ["event_type"] = hook.EventType,
            ["url"] = hook.Url.AbsoluteUri,
            ["headers"] = hook.Headers ?? new JObject(),
            ["created_at"] = hook.CreatedAt.ToString("o", CultureInfo.InvariantCulture),
            ["updated_at"] = hook.CreatedAt.ToString("o", CultureInfo.InvariantCulture),
        };
        if (hook.SigningKey is not null)
        {
            json["signing_key"] = hook.SigningKey;
        }

        return json;
    }

    private FakeResponse ListWebhooks(string practiceGroupId, Dictionary<string, string[]> query)
    {
        var type = First(query, "event_type");
        lock (_gate)
        {
            var items = _webhooks.Values.Where(w => w.PracticeGroupId == practiceGroupId && (type is null || w.EventType == type)).Select(WebhookJson).ToList();
            return FakeResponse.Json(200, new JObject { ["data"] = new JArray(items), ["count"] = items.Count });
        }
    }

    private FakeResponse DeleteWebhook(string practiceGroupId, string id)
    {
        lock (_gate)
        {
            return _webhooks.TryGetValue(id, out var hook) && hook.PracticeGroupId == practiceGroupId && _webhooks.Remove(id)
                ? FakeResponse.Json(200, new JObject())
                : NotFound("webhook");
        }
    }

    private string MintToken(string practiceGroupId)
    {
        static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var header = B64(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}"""));
        var payload = B64(Encoding.UTF8.GetBytes(new JObject
        {
            ["iss"] = "fake-hero",
            ["sub"] = practiceGroupId,
            ["iat"] = Now.ToUnixTimeSeconds(),
            ["exp"] = (Now + _options.AccessTokenLifetime).ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString("N"),
        }.ToString(Formatting.None)));
        var signature = B64(HMACSHA256.HashData(_tokenKey, Encoding.ASCII.GetBytes(header + "." + payload)));
        return header + "." + payload + "." + signature;
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static string? First(Dictionary<string, string[]> query, string name) =>
        query.TryGetValue(name, out var values) && values.Length > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;

    private static (int Index, int Size) Page(Dictionary<string, string[]> query)
    {
        var index = int.TryParse(First(query, "page_index"), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : 0;
        var size = int.TryParse(First(query, "page_size"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 50;
        return (index, size);
    }

    private static bool TryDate(JToken? token, out DateOnly date)
    {
        date = default;
        return token?.Type == JTokenType.String
            && DateTimeOffset.TryParse((string?)token, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            && (date = DateOnly.FromDateTime(parsed.UtcDateTime)) != default;
    }
}
