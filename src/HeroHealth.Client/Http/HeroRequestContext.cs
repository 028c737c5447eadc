using System.Diagnostics;

namespace HeroHealth.Client;

/// <summary>
/// The credentials and practice-group scope that a generated client stamps on every request it creates.
/// </summary>
/// <remarks>
/// Headers are added per request (never to <see cref="HttpClient.DefaultRequestHeaders"/>), so clients for different
/// practice groups can share one <see cref="HttpClient"/> and its connection pool safely.
/// The API key is never exposed by <see cref="ToString"/> or the debugger display.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
internal sealed class HeroRequestContext
{
    /// <summary>Header that carries the partner's API key.</summary>
    public const string ApiKeyHeader = "x-api-key";

    /// <summary>Header that carries the practice group the call acts for.</summary>
    public const string PracticeGroupIdHeader = "x-practice-group-id";

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly string _apiKey;

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly Func<string>? _apiKeySource;

    /// <summary>Creates a context for one API key acting for one practice group.</summary>
    /// <param name="apiKey">The Hero Health API key (sent as <c>x-api-key</c>).</param>
    /// <param name="practiceGroupId">The practice group id, digits only (sent as <c>x-practice-group-id</c>).</param>
    /// <exception cref="ArgumentException">The key is empty, or the practice group id is not a string of digits.</exception>
    public HeroRequestContext(string apiKey, string practiceGroupId)
    {
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            throw new ArgumentException("The API key is required.", nameof(apiKey));
        }

        if (!HeaderText.IsPrintableAscii(apiKey))
        {
            // A control character would let a header be split, anything beyond ASCII is refused at send time as a
            // network error; say so now without echoing the key.
            throw new ArgumentException("The API key contains control characters or characters outside printable ASCII.", nameof(apiKey));
        }

        HeroIds.Validate(practiceGroupId, nameof(practiceGroupId), "practice group id");
        _apiKey = apiKey;
        PracticeGroupId = practiceGroupId;
    }

    private HeroRequestContext(string apiKey, Func<string>? apiKeySource, string practiceGroupId, bool allowNonIdempotentRetries)
        : this(apiKey, practiceGroupId)
    {
        _apiKeySource = apiKeySource;
        AllowsNonIdempotentRetries = allowNonIdempotentRetries;
    }

    /// <summary>
    /// A context that reads the API key from <paramref name="apiKeySource"/> for every request (DI: the options
    /// monitor, so a rotated key is used at once). The source's value is validated by the options validator.
    /// </summary>
    internal static HeroRequestContext FollowingApiKey(Func<string> apiKeySource, string practiceGroupId) =>
        new(apiKeySource(), apiKeySource, practiceGroupId, allowNonIdempotentRetries: false);

    /// <summary>
    /// Whether POST/PATCH requests made with this context may be retried after they may have reached Hero (the caller
    /// accepts that the work could be done twice, e.g. because the operation is safe to repeat for them).
    /// </summary>
    public bool AllowsNonIdempotentRetries { get; }

    /// <summary>The practice group every request made with this context acts for.</summary>
    public string PracticeGroupId { get; }

    /// <summary>Returns a context with the same API key acting for another practice group of the same network.</summary>
    /// <param name="practiceGroupId">The other practice group's id, digits only.</param>
    /// <returns>A new context; this one is unchanged.</returns>
    public HeroRequestContext ForPracticeGroup(string practiceGroupId) => new(_apiKey, _apiKeySource, practiceGroupId, AllowsNonIdempotentRetries) { Clock = Clock };

    /// <summary>Returns a context whose POST/PATCH requests may be retried like idempotent ones.</summary>
    /// <returns>A new context; this one is unchanged.</returns>
    public HeroRequestContext WithNonIdempotentRetries() => new(_apiKey, _apiKeySource, PracticeGroupId, allowNonIdempotentRetries: true) { Clock = Clock };

    /// <summary>
    /// A stable, non-reversible name for the current API key (16 hex characters of its SHA-256), so caches shared
    /// between applications keep one partner's entries apart from another's without storing the key.
    /// </summary>
    internal string KeyFingerprint => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(_apiKeySource?.Invoke() ?? _apiKey)))[..16];

    /// <summary>The client's clock, for the workflow helpers' date checks and reservation expiry (the system clock unless the client was given one).</summary>
    internal TimeProvider Clock { get; private init; } = TimeProvider.System;

    /// <summary>This context with the client's clock.</summary>
    internal HeroRequestContext WithClock(TimeProvider clock) => new(_apiKey, _apiKeySource, PracticeGroupId, AllowsNonIdempotentRetries) { Clock = clock };

    /// <summary>Adds the two authentication headers to <paramref name="request"/>.</summary>
    /// <param name="request">The request about to be sent.</param>
    public void Apply(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Remove(ApiKeyHeader);
        request.Headers.Remove(PracticeGroupIdHeader);
        request.Headers.TryAddWithoutValidation(ApiKeyHeader, _apiKeySource?.Invoke() ?? _apiKey);
        request.Headers.TryAddWithoutValidation(PracticeGroupIdHeader, PracticeGroupId);
    }

    /// <summary>Describes the context without its API key.</summary>
    /// <returns>For example <c>HeroRequestContext(PracticeGroupId=123, ApiKey=***)</c>.</returns>
    public override string ToString() => $"HeroRequestContext(PracticeGroupId={PracticeGroupId}, ApiKey=***)";
}
