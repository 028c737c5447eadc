namespace HeroHealth.Client.Testing
{
    public sealed class FakeFault : System.IEquatable<HeroHealth.Client.Testing.FakeFault>
    {
        public System.TimeSpan? Latency { get; }
        public string? OperationId { get; }
        public System.TimeSpan? RetryAfter { get; }
        public int? Status { get; }
        public int Times { get; }
        public static HeroHealth.Client.Testing.FakeFault RateLimited(System.TimeSpan retryAfter, int times = 1, string? operationId = null) { }
        public static HeroHealth.Client.Testing.FakeFault ServiceUnavailable(int times = 1, string? operationId = null) { }
        public static HeroHealth.Client.Testing.FakeFault Slow(System.TimeSpan latency, int times = 1, string? operationId = null) { }
        public static HeroHealth.Client.Testing.FakeFault WithStatus(int status, int times = 1, string? operationId = null) { }
    }
    public sealed class FakeHero : System.IDisposable
    {
        public const string DefaultApiKey = "fake-hero-key";
        public static readonly System.Uri BaseAddress;
        public FakeHero(HeroHealth.Client.Testing.FakeHeroOptions? options = null) { }
        public System.Collections.Generic.IReadOnlyList<HeroHealth.Client.Testing.FakeWebhookDelivery> Deliveries { get; }
        public HeroHealth.Client.Testing.FakeHeroOptions Options { get; }
        public System.Collections.Generic.IReadOnlyList<HeroHealth.Client.Testing.FakePatient> Patients { get; }
        public string PracticeGroupId { get; }
        public System.Collections.Generic.IReadOnlyList<HeroHealth.Client.Testing.FakeSentMessage> SentMessages { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.Testing.FakePatient> SyntheticPatients { get; }
        public void AddPatient(HeroHealth.Client.Testing.FakePatient patient) { }
        public System.Threading.Tasks.Task ConfirmAppointmentAsync(string appointmentId, System.Threading.CancellationToken cancellationToken = default) { }
        public HeroHealth.Client.HeroHealthClient CreateClient(string? practiceGroupId = null, System.Action<HeroHealth.Client.HeroHealthClientOptions>? configure = null, Microsoft.Extensions.Logging.ILoggerFactory? loggerFactory = null) { }
        public System.Net.Http.HttpMessageHandler CreateHandler() { }
        public void Dispose() { }
        public System.Threading.Tasks.Task EmitEventAsync(string eventName, string objectType, string id, System.Threading.CancellationToken cancellationToken = default) { }
        public System.Threading.Tasks.Task EmitEventAsync(string eventName, string objectType, string id, string? practiceGroupId, System.Threading.CancellationToken cancellationToken = default) { }
        public void InjectFault(HeroHealth.Client.Testing.FakeFault fault) { }
        public void Map(System.Net.Http.HttpMethod method, string pathTemplate, System.Func<HeroHealth.Client.Testing.FakeHeroRequest, System.Threading.Tasks.Task<HeroHealth.Client.Testing.FakeHeroResponse>> handler) { }
    }
    public static class FakeHeroHttpClientBuilderExtensions
    {
        public static HeroHealth.Client.HeroHealthClientBuilder UseFakeHero(this HeroHealth.Client.HeroHealthClientBuilder builder, HeroHealth.Client.Testing.FakeHero fake) { }
    }
    public sealed class FakeHeroOptions
    {
        public FakeHeroOptions() { }
        public System.TimeSpan AccessTokenLifetime { get; set; }
        public string ApiKey { get; set; }
        public System.Net.Http.HttpMessageHandler? DeliveryTransport { get; set; }
        public System.Collections.Generic.IList<string> PracticeGroupIds { get; }
        public System.TimeSpan ReservationHold { get; set; }
        public System.TimeProvider TimeProvider { get; set; }
    }
    public sealed class FakeHeroRequest : System.IEquatable<HeroHealth.Client.Testing.FakeHeroRequest>
    {
        public FakeHeroRequest(HeroHealth.Client.Testing.FakeHero Fake, string Method, string PracticeGroupId, System.Collections.Generic.IReadOnlyDictionary<string, string> PathParameters, System.Collections.Generic.IReadOnlyDictionary<string, string[]> Query, Newtonsoft.Json.Linq.JToken? Body) { }
        public Newtonsoft.Json.Linq.JToken? Body { get; init; }
        public HeroHealth.Client.Testing.FakeHero Fake { get; init; }
        public string Method { get; init; }
        public System.Collections.Generic.IReadOnlyDictionary<string, string> PathParameters { get; init; }
        public string PracticeGroupId { get; init; }
        public System.Collections.Generic.IReadOnlyDictionary<string, string[]> Query { get; init; }
    }
    public sealed class FakeHeroResponse : System.IEquatable<HeroHealth.Client.Testing.FakeHeroResponse>
    {
        public FakeHeroResponse(int Status, Newtonsoft.Json.Linq.JToken? Body = null) { }
        public Newtonsoft.Json.Linq.JToken? Body { get; init; }
        public int Status { get; init; }
        public static HeroHealth.Client.Testing.FakeHeroResponse Error(int status, string message) { }
        public static HeroHealth.Client.Testing.FakeHeroResponse Ok(Newtonsoft.Json.Linq.JToken body) { }
    }
    public sealed class FakePatient : System.IEquatable<HeroHealth.Client.Testing.FakePatient>
    {
        public FakePatient(string PatientId, HeroHealth.Client.NhsNumber NhsNumber, System.DateOnly DateOfBirth, string FirstName, string LastName, string? Mobile, string? Email) { }
        public System.DateOnly DateOfBirth { get; init; }
        public string? Email { get; init; }
        public string FirstName { get; init; }
        public string LastName { get; init; }
        public string? Mobile { get; init; }
        public HeroHealth.Client.NhsNumber NhsNumber { get; init; }
        public string PatientId { get; init; }
        public string? Postcode { get; init; }
        public override string ToString() { }
    }
    public sealed class FakeSentMessage : System.IEquatable<HeroHealth.Client.Testing.FakeSentMessage>
    {
        public FakeSentMessage(string MessageId, string PracticeGroupId, string PatientId, string Channel, string Text, string? Recipient, bool WriteToRecord, Newtonsoft.Json.Linq.JObject Body) { }
        public Newtonsoft.Json.Linq.JObject Body { get; init; }
        public string Channel { get; init; }
        public string MessageId { get; init; }
        public string PatientId { get; init; }
        public string PracticeGroupId { get; init; }
        public string? Recipient { get; init; }
        public string Text { get; init; }
        public bool WriteToRecord { get; init; }
        public override string ToString() { }
    }
    public sealed class FakeWebhookDelivery : System.IEquatable<HeroHealth.Client.Testing.FakeWebhookDelivery>
    {
        public FakeWebhookDelivery(string WebhookId, System.Uri Url, string EventName, string? Timestamp, string? Signature, string Body, int? StatusCode) { }
        public string Body { get; init; }
        public string EventName { get; init; }
        public string? Signature { get; init; }
        public int? StatusCode { get; init; }
        public string? Timestamp { get; init; }
        public System.Uri Url { get; init; }
        public string WebhookId { get; init; }
    }
}