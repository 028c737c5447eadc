namespace HeroHealth.Client;

/// <summary>
/// Retry settings. Retries cover 408, 429, 500, 502, 503, 504 and transient network errors, with exponential
/// backoff and jitter, honouring <c>Retry-After</c>. POST and PATCH are retried only when the connection was never
/// established, unless a call opts in with <see cref="HeroHealthClient.WithNonIdempotentRetries"/>.
/// </summary>
public sealed class HeroHealthRetryOptions
{
    /// <summary>Whether to retry at all. Default <see langword="true"/>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Total attempts including the first (1 = no retry). Default 3; at most 10.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Delay before the first retry, doubled for each further one (with jitter). Default 500 ms.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Upper bound on one computed backoff delay. Default 30 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Longest <c>Retry-After</c> the client will wait; a longer one ends the retries and surfaces the 429/503 with
    /// its <see cref="HeroHealthApiException.RetryAfter"/>. Default 60 s.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    internal HeroHealthRetryOptions Clone() => (HeroHealthRetryOptions)MemberwiseClone();
}
