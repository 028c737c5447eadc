using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Testing.Internal;

/// <summary>The fake's state and behaviour, one method per stateful operation; everything else answers from the spec.</summary>
internal sealed partial class FakeHeroEngine
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
        var reference = new JObject { ["$ref"] = "#/components/schemas/" + component };
        var shaped = (JObject)_spec.Fill(reference, null);
        // Only the fields the description gives this model: the fake is held to the spec ('hero spec verify' finds no drift).
        var known = (_spec.Resolve(reference)["properties"] as JObject)?.Properties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var extra in values.Properties().Where(p => !known.Contains(p.Name)).ToList())
        {
            extra.Remove();
        }

        shaped.Merge(values, new JsonMergeSettings { MergeArrayHandling = MergeArrayHandling.Replace, MergeNullValueHandling = MergeNullValueHandling.Merge });
        return shaped;
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
