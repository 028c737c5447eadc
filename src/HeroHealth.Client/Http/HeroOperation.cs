using System.Collections.Concurrent;

namespace HeroHealth.Client;

/// <summary>
/// Identifies the API operation a request belongs to. Each generated client holds a static table of its operations and attaches one to every request, so the
/// pipeline can decide about retries, name the operation in errors, logs and traces, and never needs the concrete
/// URL (whose path and query can carry patient identifiers).
/// </summary>
public sealed class HeroOperation
{
    private const string ProtocolClientName = "Protocol";
    private static readonly ConcurrentDictionary<(string OperationId, string Method, string PathTemplate), HeroOperation> ProtocolCache = new();

    private HeroOperation(string operationId, string method, string pathTemplate, string clientName, bool markedIdempotent = false, string documentedStatuses = "", string area = "this endpoint")
    {
        var documented = documentedStatuses.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "default" or a range documents any status; an operation without a list (a protocol call) documents them all.
        _documentedStatuses = documented.Length == 0 || documented.Any(d => !int.TryParse(d, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
            ? null
            : [.. documented.Select(d => int.Parse(d, System.Globalization.CultureInfo.InvariantCulture))];
        HttpMethod = method switch
        {
            "GET" => HttpMethod.Get,
            "POST" => HttpMethod.Post,
            "PUT" => HttpMethod.Put,
            "PATCH" => Compat.Patch,
            "DELETE" => HttpMethod.Delete,
            _ => new HttpMethod(method),
        };
        OperationId = operationId;
        Method = method;
        PathTemplate = pathTemplate;
        ClientName = clientName;
        FunctionalArea = area;
        IsIdempotent = method is "GET" or "PUT" or "DELETE" or "HEAD" or "OPTIONS" || markedIdempotent;
    }

    private readonly int[]? _documentedStatuses;

    /// <summary>Hero's operationId, e.g. <c>sendMessage</c>.</summary>
    public string OperationId { get; }

    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; }

    /// <summary>The HTTP method as sent (one shared instance per method).</summary>
    internal HttpMethod HttpMethod { get; }

    /// <summary>The path template relative to the base address, e.g. <c>v1/appointments/{id}</c>.</summary>
    public string PathTemplate { get; }

    /// <summary>The generated client the operation belongs to, e.g. <c>BookingClient</c>.</summary>
    public string ClientName { get; }

    /// <summary>
    /// The functional area Hero scopes API keys by (messaging, booking, booking links…), used to say what a key
    /// was refused: the description's <c>x-hero-functional-area</c> (<c>this endpoint</c> for a protocol call).
    /// </summary>
    public string FunctionalArea { get; }

    /// <summary>Whether a retry cannot do the work twice: an idempotent method, or an operation the spec marks <c>x-hero-idempotent</c>.</summary>
    public bool IsIdempotent { get; }

    /// <summary>Describes one generated operation (called once per operation by the generated clients' static tables).</summary>
    /// <param name="operationId">Hero's operationId.</param>
    /// <param name="method">The HTTP method, upper case.</param>
    /// <param name="pathTemplate">The path template.</param>
    /// <param name="clientName">The generated client class.</param>
    /// <param name="idempotent">Whether the spec marks a POST/PATCH <c>x-hero-idempotent</c> (harmless to repeat).</param>
    /// <param name="documented">The response statuses the description lists, space-separated (<c>"200 404"</c>).</param>
    /// <param name="area">The description's <c>x-hero-functional-area</c>.</param>
    /// <returns>The operation.</returns>
    internal static HeroOperation Define(string operationId, string method, string pathTemplate, string clientName, bool idempotent, string documented, string area)
    {
        var operation = new HeroOperation(operationId, method, pathTemplate, clientName, idempotent, documented, area);
        Generated[operationId] = operation;
        return operation;
    }

    /// <summary>A generated operation by its operationId, once its client type has been used (its table is initialised).</summary>
    internal static HeroOperation? Find(string operationId) => Generated.TryGetValue(operationId, out var operation) ? operation : null;

    private static readonly ConcurrentDictionary<string, HeroOperation> Generated = new(StringComparer.Ordinal);

    /// <summary>The operation of a protocol call (<see cref="HeroRequest"/>): its own cache, so a name can never pick up a generated operation's template.</summary>
    internal static HeroOperation ForProtocol(string operationId, string method, string pathTemplate) =>
        ProtocolCache.GetOrAdd((operationId, method, pathTemplate), static key => new HeroOperation(key.OperationId, key.Method, key.PathTemplate, ProtocolClientName));

    /// <summary>Whether the description lists <paramref name="status"/> for this operation (always, when it lists no statuses).</summary>
    internal bool Documents(int status) => _documentedStatuses is null || Array.IndexOf(_documentedStatuses, status) >= 0;

    /// <summary>For example <c>sendMessage (POST v1/messages/send)</c>.</summary>
    /// <returns>The operation id, method and template.</returns>
    public override string ToString() => $"{OperationId} ({Method} {PathTemplate})";
}
