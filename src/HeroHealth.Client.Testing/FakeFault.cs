namespace HeroHealth.Client.Testing;

/// <summary>A fault the fake injects into upcoming requests, for your own resilience tests.</summary>
public sealed record FakeFault
{
    private FakeFault(int? status, TimeSpan? retryAfter, TimeSpan? latency, int times, string? operationId)
    {
        Status = status;
        RetryAfter = retryAfter;
        Latency = latency;
        Times = times;
        OperationId = operationId;
    }

    /// <summary>The status returned instead of the real answer (null for latency only).</summary>
    public int? Status { get; }

    /// <summary>The <c>Retry-After</c> sent with the status.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Delay before answering.</summary>
    public TimeSpan? Latency { get; }

    /// <summary>How many requests it applies to.</summary>
    public int Times { get; }

    /// <summary>Only requests for this operation, when set.</summary>
    public string? OperationId { get; }

    /// <summary>429 Too Many Requests with a Retry-After.</summary>
    /// <param name="retryAfter">The wait Hero asks for.</param>
    /// <param name="times">How many requests.</param>
    /// <param name="operationId">Only this operation, when set.</param>
    /// <returns>The fault.</returns>
    public static FakeFault RateLimited(TimeSpan retryAfter, int times = 1, string? operationId = null) => new(429, retryAfter, null, times, operationId);

    /// <summary>503 Service Unavailable.</summary>
    /// <param name="times">How many requests.</param>
    /// <param name="operationId">Only this operation, when set.</param>
    /// <returns>The fault.</returns>
    public static FakeFault ServiceUnavailable(int times = 1, string? operationId = null) => new(503, null, null, times, operationId);

    /// <summary>Any status (e.g. 500, 502) with an empty JSON error body.</summary>
    /// <param name="status">The status code.</param>
    /// <param name="times">How many requests.</param>
    /// <param name="operationId">Only this operation, when set.</param>
    /// <returns>The fault.</returns>
    public static FakeFault WithStatus(int status, int times = 1, string? operationId = null) => new(status, null, null, times, operationId);

    /// <summary>Answer normally, but only after <paramref name="latency"/> (on the fake's clock).</summary>
    /// <param name="latency">The delay.</param>
    /// <param name="times">How many requests.</param>
    /// <param name="operationId">Only this operation, when set.</param>
    /// <returns>The fault.</returns>
    public static FakeFault Slow(TimeSpan latency, int times = 1, string? operationId = null) => new(null, null, latency, times, operationId);
}
