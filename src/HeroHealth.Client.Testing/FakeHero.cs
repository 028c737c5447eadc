using HeroHealth.Client.Testing.Internal;
using Microsoft.Extensions.Logging;

namespace HeroHealth.Client.Testing;

/// <summary>
/// An in-process, stateful fake of the Hero Health Public API (like stripe-mock, without a process or socket): plug
/// <see cref="CreateHandler"/> into a <see cref="HeroHealthClient"/>, or call <see cref="CreateClient"/>.
/// </summary>
/// <remarks>
/// Stateful for the main flows: PDS registration over synthetic patients (999-range NHS numbers, never real people),
/// messages (<see cref="SentMessages"/>), appointment types, slots, reservations that expire, confirmation
/// (<see cref="ConfirmAppointmentAsync"/>, standing in for Hero's side), cancellations, webhook subscriptions with
/// signed deliveries (<see cref="Deliveries"/>), Elements access tokens (JWTs with <c>exp</c>), and a network of
/// practice groups. Every other operation answers from its documented example. At the edges it behaves like Hero:
/// 401 without the key, 403 for a practice group outside the network, 404 for unknown ids, 400 with Hero's
/// validation body when a required field is missing, and faults you inject (<see cref="InjectFault"/>).
/// </remarks>
public sealed class FakeHero : IDisposable
{
    /// <summary>The API key a default fake accepts.</summary>
    public const string DefaultApiKey = "fake-hero-key";

    /// <summary>The base address <see cref="CreateClient"/> uses (never resolved: the handler answers in-process).</summary>
    public static readonly Uri BaseAddress = new("https://fake.herohealth.test/");

    private static readonly Lazy<List<FakePatient>> Synthetic = new(CreateSyntheticPatients);

    private readonly FakeHeroEngine _engine;
    private readonly List<HttpMessageHandler> _handlers = [];

    /// <summary>Creates a fake with its built-in synthetic data.</summary>
    /// <param name="options">Key, network, clock, reservation hold, delivery transport.</param>
    public FakeHero(FakeHeroOptions? options = null)
    {
        Options = options ?? new FakeHeroOptions();
        if (Options.PracticeGroupIds.Count == 0)
        {
            throw new ArgumentException("The fake needs at least one practice group.", nameof(options));
        }

        _engine = new FakeHeroEngine(Options);
    }

    /// <summary>The synthetic patients every fake starts with (NHS numbers 999…, valid check digits).</summary>
    public static IReadOnlyList<FakePatient> SyntheticPatients => Synthetic.Value;

    /// <summary>The fake's settings.</summary>
    public FakeHeroOptions Options { get; }

    /// <summary>The key's own practice group (the first of the network).</summary>
    public string PracticeGroupId => Options.PracticeGroupIds[0];

    /// <summary>Patients the fake's PDS knows.</summary>
    public IReadOnlyList<FakePatient> Patients => _engine.Patients;

    /// <summary>Messages sent through <c>sendMessage</c>, in order.</summary>
    public IReadOnlyList<FakeSentMessage> SentMessages => _engine.Messages;

    /// <summary>Webhook deliveries made, in order.</summary>
    public IReadOnlyList<FakeWebhookDelivery> Deliveries => _engine.Deliveries;

    /// <summary>A handler that answers as Hero would; give it to <see cref="HeroHealthClient"/> or an HttpClient.</summary>
    /// <returns>The handler (disposed with the fake).</returns>
    public HttpMessageHandler CreateHandler()
    {
        var handler = new FakeHeroHandler(this, _engine, Options);
        lock (_handlers)
        {
            _handlers.Add(handler);
        }

        return handler;
    }

    /// <summary>A <see cref="HeroHealthClient"/> wired to this fake.</summary>
    /// <param name="practiceGroupId">The practice group to act for; the key's own by default.</param>
    /// <param name="configure">Adjust the client options (retries, timeout…).</param>
    /// <param name="loggerFactory">Optional logging.</param>
    /// <returns>The client; dispose it when done.</returns>
    public HeroHealthClient CreateClient(string? practiceGroupId = null, Action<HeroHealthClientOptions>? configure = null, ILoggerFactory? loggerFactory = null)
    {
        var options = new HeroHealthClientOptions
        {
            ApiKey = Options.ApiKey,
            PracticeGroupId = practiceGroupId ?? PracticeGroupId,
            BaseAddress = BaseAddress,
            ApplicationId = "FakeHero",
        };
        configure?.Invoke(options);
        return new HeroHealthClient(options, CreateHandler(), loggerFactory, Options.TimeProvider);
    }

    /// <summary>
    /// Answers an endpoint the API description does not have (e.g. the booking confirmation Hero's pages do not show),
    /// so a protocol call (<see cref="HeroHealthClient.SendAsync"/>) to it can be tested. Checked before the spec's
    /// operations, with the same key and practice-group checks; the handler gets the fake for its state.
    /// </summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="pathTemplate">The path template, e.g. <c>v1/appointments/{id}/book</c>.</param>
    /// <param name="handler">Answers the request.</param>
    public void Map(HttpMethod method, string pathTemplate, Func<FakeHeroRequest, Task<FakeHeroResponse>> handler)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(pathTemplate);
        ArgumentNullException.ThrowIfNull(handler);
        _engine.Map(new FakeCustomRoute(method.Method, "/" + pathTemplate.Trim('/'), handler));
    }

    /// <summary>Adds a synthetic patient to the fake's PDS.</summary>
    /// <param name="patient">The patient; its NHS number and id must be new.</param>
    public void AddPatient(FakePatient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        _engine.AddPatient(patient);
    }

    /// <summary>Injects a fault into upcoming requests (429 with Retry-After, 503, any status, latency).</summary>
    /// <param name="fault">The fault.</param>
    public void InjectFault(FakeFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        _engine.AddFault(fault);
    }

    /// <summary>
    /// Confirms a reservation as Hero's side would (Hero's "Book an Appointment" operation is not in the API
    /// description yet) and delivers <c>appointment.confirmed</c> to subscribed webhooks.
    /// </summary>
    /// <param name="appointmentId">The reservation id.</param>
    /// <param name="cancellationToken">Cancels webhook delivery.</param>
    /// <returns>When confirmed and delivered.</returns>
    /// <exception cref="InvalidOperationException">The reservation expired or was cancelled.</exception>
    /// <exception cref="KeyNotFoundException">No such appointment.</exception>
    public Task ConfirmAppointmentAsync(string appointmentId, CancellationToken cancellationToken = default) => _engine.ConfirmAsync(appointmentId, cancellationToken);

    /// <summary>Delivers any event to the practice group's webhooks (e.g. <c>prescription.issued</c>).</summary>
    /// <param name="eventName">The event name.</param>
    /// <param name="objectType">The payload's <c>object</c>, e.g. <c>Prescription</c>.</param>
    /// <param name="id">The resource id.</param>
    /// <param name="cancellationToken">Cancels delivery.</param>
    /// <returns>When delivered.</returns>
    public Task EmitEventAsync(string eventName, string objectType, string id, CancellationToken cancellationToken = default) =>
        EmitEventAsync(eventName, objectType, id, null, cancellationToken);

    /// <summary>Delivers any event to the practice group's webhooks of another practice group of the network.</summary>
    /// <param name="eventName">The event name.</param>
    /// <param name="objectType">The payload's <c>object</c>, e.g. <c>Prescription</c>.</param>
    /// <param name="id">The resource id.</param>
    /// <param name="practiceGroupId">The practice group; the key's own by default.</param>
    /// <param name="cancellationToken">Cancels delivery.</param>
    /// <returns>When delivered.</returns>
    public Task EmitEventAsync(string eventName, string objectType, string id, string? practiceGroupId, CancellationToken cancellationToken = default) =>
        _engine.EmitAsync(practiceGroupId ?? PracticeGroupId, eventName, objectType, id, cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_handlers)
        {
            foreach (var handler in _handlers)
            {
                handler.Dispose();
            }

            _handlers.Clear();
        }
    }

    private static List<FakePatient> CreateSyntheticPatients()
    {
        // NHS numbers beginning 999 are reserved for testing; pick the first ones with a valid check digit.
        (string First, string Last, DateOnly Dob, string Postcode)[] people =
        [
            ("Alex", "Testpatient", new DateOnly(1992, 1, 1), "LS1 4AP"),
            ("Sam", "Fakename", new DateOnly(1985, 6, 15), "M1 1AE"),
            ("Jordan", "Synthetic", new DateOnly(1970, 11, 30), "B33 8TH"),
            ("Riley", "Example", new DateOnly(2001, 3, 9), "CR2 6XH"),
            ("Morgan", "Placeholder", new DateOnly(1958, 8, 21), "DN55 1PT"),
        ];
        var patients = new List<FakePatient>();
        for (long n = 999_000_000_0; patients.Count < people.Length; n++)
        {
            if (NhsNumber.TryParse(n.ToString(System.Globalization.CultureInfo.InvariantCulture), out var nhs))
            {
                var (first, last, dob, postcode) = people[patients.Count];
                patients.Add(new FakePatient((9001 + patients.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), nhs, dob, first, last,
                    "+4477009001" + patients.Count.ToString("00", System.Globalization.CultureInfo.InvariantCulture), first.ToLowerInvariant() + "@example.test")
                { Postcode = postcode });
            }
        }

        return patients;
    }
}
