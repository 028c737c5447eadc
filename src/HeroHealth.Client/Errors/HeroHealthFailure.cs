
namespace HeroHealth.Client;

/// <summary>What is known about a failed call: the input to <see cref="HeroHealthApiException.FromFailure"/>.</summary>
/// <param name="StatusCode">The HTTP status, or 0 when no response arrived.</param>
/// <param name="Operation">The operation, when known.</param>
/// <param name="ResponseBody">The raw body (may contain patient data).</param>
/// <param name="Headers">The response headers.</param>
/// <param name="RetryAfter">The server's <c>Retry-After</c>, when sent.</param>
public sealed record HeroHealthFailure(
    int StatusCode,
    HeroOperation? Operation,
    string? ResponseBody,
    IReadOnlyDictionary<string, IEnumerable<string>> Headers,
    TimeSpan? RetryAfter)
{
    /// <summary>
    /// Whether the request may have been processed by Hero although the call failed (no answer, or a 5xx after it was
    /// sent). Matters for POST/PATCH: look the result up before sending again.
    /// </summary>
    public bool MayHaveBeenDelivered { get; init; }

    /// <summary>A failure without a body or headers to keep (none arrived, or the SDK did not read them).</summary>
    internal static HeroHealthFailure WithoutBody(int status, HeroOperation? operation, bool mayHaveBeenDelivered) =>
        new(status, operation, null, new Dictionary<string, IEnumerable<string>>(), null) { MayHaveBeenDelivered = mayHaveBeenDelivered };

    /// <summary>Describes the failure without its body.</summary>
    /// <returns>Status and operation.</returns>
    public override string ToString() => $"HeroHealthFailure(StatusCode={StatusCode}, Operation={Operation}, MayHaveBeenDelivered={MayHaveBeenDelivered})";
}
