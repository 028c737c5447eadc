using System.Collections.Concurrent;

namespace HeroHealth.Client.Http;

/// <summary>
/// Identifies the API operation a request belongs to. The generated clients attach one to every request, so the
/// pipeline can decide about retries, name the operation in errors, logs and traces, and never needs the concrete
/// URL (whose path and query can carry patient identifiers).
/// </summary>
public sealed class HeroOperation
{
    private static readonly HttpRequestOptionsKey<HeroOperation> OptionsKey = new("HeroHealth.Client.Operation");
    private const string ProtocolClientName = "Protocol";
    private static readonly ConcurrentDictionary<string, HeroOperation> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(string OperationId, string Method, string PathTemplate), HeroOperation> ProtocolCache = new();

    private HeroOperation(string operationId, string method, string pathTemplate, string clientName)
    {
        OperationId = operationId;
        Method = method;
        PathTemplate = pathTemplate;
        ClientName = clientName;
        FunctionalArea = AreaOf(clientName);
        IsIdempotent = method is "GET" or "PUT" or "DELETE" or "HEAD" or "OPTIONS" || SafeToRepeat.Contains(operationId);
    }

    /// <summary>
    /// POST/PATCH operations the spec marks <c>x-hero-idempotent: true</c> (harmless to repeat), retried like GETs.
    /// Kept equal to the spec by a spec test until the generator emits it with each operation.
    /// </summary>
    internal static readonly IReadOnlySet<string> SafeToRepeat = new HashSet<string>(StringComparer.Ordinal) { "createAccessToken" };

    /// <summary>Hero's operationId, e.g. <c>sendMessage</c>.</summary>
    public string OperationId { get; }

    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; }

    /// <summary>The path template relative to the base address, e.g. <c>v1/appointments/{id}</c>.</summary>
    public string PathTemplate { get; }

    /// <summary>The generated client the operation belongs to, e.g. <c>BookingClient</c>.</summary>
    public string ClientName { get; }

    /// <summary>
    /// The functional area Hero scopes API keys by (messaging, booking, booking links…), used to say what a key
    /// was refused.
    /// </summary>
    public string FunctionalArea { get; }

    /// <summary>Whether a retry cannot do the work twice: an idempotent method, or an operation the spec marks <c>x-hero-idempotent</c>.</summary>
    public bool IsIdempotent { get; }

    /// <summary>Attaches the operation to a request (called by the generated clients).</summary>
    /// <param name="request">The request being built.</param>
    /// <param name="operationId">Hero's operationId.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="pathTemplate">The path template.</param>
    /// <param name="clientName">The generated client class.</param>
    public static void Attach(HttpRequestMessage request, string operationId, string method, string pathTemplate, string clientName)
    {
        ArgumentNullException.ThrowIfNull(request);
        var operation = Cache.GetOrAdd(operationId, static (id, s) => new HeroOperation(id, s.method, s.pathTemplate, s.clientName), (method, pathTemplate, clientName));
        request.Options.Set(OptionsKey, operation);
    }

    /// <summary>The operation of a protocol call (<see cref="HeroRequest"/>): its own cache, so a name can never pick up a generated operation's template.</summary>
    internal static HeroOperation ForProtocol(string operationId, string method, string pathTemplate) =>
        ProtocolCache.GetOrAdd((operationId, method, pathTemplate), static key => new HeroOperation(key.OperationId, key.Method, key.PathTemplate, ProtocolClientName));

    /// <summary>Attaches an operation to a request.</summary>
    internal static void Attach(HttpRequestMessage request, HeroOperation operation) => request.Options.Set(OptionsKey, operation);

    /// <summary>Reads the operation attached to <paramref name="request"/>, if any.</summary>
    /// <param name="request">A request made by a generated client.</param>
    /// <param name="operation">The operation.</param>
    /// <returns><see langword="true"/> when the request carries one.</returns>
    public static bool TryGet(HttpRequestMessage request, out HeroOperation? operation)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(OptionsKey, out operation);
    }

    /// <summary>For example <c>sendMessage (POST v1/messages/send)</c>.</summary>
    /// <returns>The operation id, method and template.</returns>
    public override string ToString() => $"{OperationId} ({Method} {PathTemplate})";

    private static string AreaOf(string clientName) => clientName switch
    {
        "MessagesClient" => "messaging",
        "BookingClient" or "BookingHcaClient" => "booking",
        "LinksClient" => "booking links",
        "PracticeGroupClient" => "practice group",
        "PatientsClient" => "patients",
        "WebhooksClient" => "webhooks",
        "EpisodeClient" => "episodes",
        "FormClient" or "FormResponseClient" => "forms",
        "InvoicingClient" => "invoicing",
        "AdminClient" => "admins",
        "PartnersClient" => "partner integrations",
        "PrescriptionClient" => "prescriptions",
        "SubscriptionsClient" => "subscriptions",
        "TaskClient" => "tasks",
        "ShortLinksClient" => "short links",
        ProtocolClientName => "this endpoint",
        _ => clientName.EndsWith("Client", StringComparison.Ordinal) ? clientName[..^"Client".Length].ToLowerInvariant() : clientName,
    };
}
